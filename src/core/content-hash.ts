import { resolveRoutineItems } from '../data/resolve-routine.js';
import type { Routine } from '../data/routine-schema.js';
import { itemAmount } from './routine-timeline.js';

/**
 * A small, fast, non-cryptographic hash of a string, for telling two versions of a document apart
 * (e.g. whether a saved session still belongs to the routine on the page). It is cyrb53-style: two
 * 32-bit lanes mixed with `Math.imul`, giving 53 bits, written as base-36 text. Pure and synchronous,
 * so it runs the same in Node and in browsers without `crypto.subtle` (which needs a secure context and
 * a promise). Not for anything security related.
 */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The hash of a JSON document and a salt (e.g. the pace): what vouches that a saved session belongs to
 * this routine. It hashes the document as written, never an expansion of it, so its cost is bounded by
 * the document's size (itself bounded by the schema's limits).
 */
export function documentHash(doc: unknown, salt = ''): string {
  let text: string;
  try {
    text = JSON.stringify(doc) ?? '';
  } catch {
    // A cycle or a BigInt in a host-built object: such a document never matches a saved session.
    text = '';
  }
  return contentHash(`${salt}\u0000${text}`);
}

/**
 * What vouches that a saved session belongs to this routine at this pace: a hash of the parts of the
 * document the timeline is built from (its id, each section's kind, each exercise's id and dosage, the
 * rest between exercises), not of the expanded timeline (which grows with sets × sides × exercises) and
 * not of every text (a 39 MB routine at the text limits took 450 ms to hash whole). A fixed typo in a
 * step keeps a saved session; a changed dosage, order or exercise starts afresh.
 */
export function routineHash(routine: Routine, pace = ''): string {
  const shape = resolveRoutineItems(routine).map((item) => {
    // The amount the timeline runs by: the dosage, or what the routine's default or a plank's
    // position gives an exercise without one (an open hold is marked, so a plank that becomes one
    // starts afresh). An exercise with its own amount hashes as it always did.
    const amount = itemAmount(item, routine);
    const entry = [
      item.sectionIndex,
      item.itemIndex,
      item.section.kind,
      item.exercise.id,
      amount.dosage ?? null,
    ];
    return amount.openHold ? [...entry, 'open-hold'] : entry;
  });
  return documentHash([routine.id, routine.restBetweenExercisesSeconds ?? null, shape], pace);
}
