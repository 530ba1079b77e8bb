/** The seed routines in examples/, one per article of ../shared/seeds, served by the test server. */
export const SEED_IDS = [
  'ql-butt-walk',
  'glutes-lower-back-program',
  'gentle-glute-exercises',
  'banded-glute-exercises',
  'hip-routine-radiating-pain',
] as const;

/** One of them, as the JSON the test server sends. */
export async function exampleRoutine<T = unknown>(id: string): Promise<T> {
  return (await (await fetch(`/examples/${id}.json`)).json()) as T;
}
