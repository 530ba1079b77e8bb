/**
 * The schema.org writer (src/core/exercise-json-ld.ts) loads only for a card with `structured-data`:
 * most cards have none, and their page should not download it. One fixed `import()`, so every bundler
 * splits it out; once it arrived, every card gets it synchronously.
 */
type JsonLdWriter = typeof import('../core/exercise-json-ld.js');

let writer: JsonLdWriter | undefined;
let loading: Promise<JsonLdWriter> | undefined;

/**
 * The writer when it has loaded; otherwise starts loading it, calls `whenLoaded` once it is here, and
 * answers `undefined`. A failed load (offline) leaves the card without JSON-LD and is tried again later.
 */
export function jsonLdWriter(whenLoaded: () => void): JsonLdWriter | undefined {
  if (writer) return writer;
  loading ??= import('../core/exercise-json-ld.js').then(
    (module) => (writer = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  loading.then(whenLoaded, () => undefined);
  return undefined;
}

/** The writer's load while it is under way (so `updateComplete` can wait for it), else `undefined`. */
export function jsonLdWriterLoading(): Promise<unknown> | undefined {
  return writer ? undefined : loading;
}
