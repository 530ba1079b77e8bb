/**
 * Drafts in the browser's localStorage, so an author's work survives a reload or a crash. Storage may be
 * missing (private mode, a sandboxed frame), full, or hold something that is not our draft; each of
 * these is an answer here, never an exception, and the editor says so once and goes on.
 */
import type { RoutineInput } from '../data/routine-schema.js';

export interface Draft {
  routine: RoutineInput;
  /** When it was saved, in ms since 1970. */
  savedAt: number;
}

export type LoadedDraft = { status: 'none' } | { status: 'ok'; draft: Draft } | { status: 'corrupt' };
export type SaveResult = 'saved' | 'full' | 'unavailable';

const PREFIX = 'exercise-elements:routine-editor:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Reading localStorage itself throws where the page may not use it.
    return undefined;
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const { routine, savedAt } = value as Partial<Draft>;
  return (
    typeof savedAt === 'number' && typeof routine === 'object' && routine !== null && !Array.isArray(routine)
  );
}

export function loadDraft(key: string): LoadedDraft {
  let text: string | null;
  try {
    text = storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (text === null) return { status: 'none' };
  try {
    const value: unknown = JSON.parse(text);
    return isDraft(value) ? { status: 'ok', draft: value } : { status: 'corrupt' };
  } catch {
    return { status: 'corrupt' };
  }
}

export function saveDraft(key: string, routine: RoutineInput, now: number): SaveResult {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(PREFIX + key, JSON.stringify({ routine, savedAt: now } satisfies Draft));
    return 'saved';
  } catch (error) {
    return error instanceof DOMException && /quota/i.test(error.name) ? 'full' : 'unavailable';
  }
}

export function removeDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to remove where storage cannot be used.
  }
}
