/**
 * The routine player keeps its session in progress, its history and the reader's cue choices in
 * `localStorage` under `exercise-elements:*` (see `src/internal/session-store.ts`). Stories that seed
 * or change those keys take a snapshot first and put it back afterwards, so no story leaks a saved
 * session into another and a reader's own data in this Storybook survives. Returns the cleanup for
 * `beforeEach`.
 */
const PREFIX = 'exercise-elements:';

function store(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function preserveLibraryStorage(): () => void {
  const storage = store();
  if (!storage) return () => {};
  const keys = () => Object.keys(storage).filter((key) => key.startsWith(PREFIX));
  const saved = new Map(keys().map((key) => [key, storage.getItem(key)!]));
  return () => {
    try {
      for (const key of keys()) if (!saved.has(key)) storage.removeItem(key);
      for (const [key, value] of saved) storage.setItem(key, value);
    } catch {
      // Storage went away or is full: nothing more to put back.
    }
  };
}
