/**
 * formatRoutineText: a routine document written as the text format, so that reading it back gives
 * the same document. Written plainly where a plain line says it exactly; each field the plain lines
 * can't say is found by reading the text back and comparing, and is then written as a `JSON key: …`
 * line. That check, not a promise kept by hand, is what holds the writer and the reader together.
 */
import { validateRoutine } from '../../data/validate.js';
import type { Routine, RoutineInput } from '../../data/routine-schema.js';
import { parseRoutineText } from './parse-routine-text.js';
import type { Json } from './state.js';
import { sortedEqual, writeRoutine } from './write-routine-text.js';

/** Rounds of writing and reading back before every field goes out as JSON. */
const MAX_ROUNDS = 4;

/** Writes a routine (its JSON, validated or not) as text. Never throws; a non-object gives "". */
export function formatRoutineText(routine: RoutineInput | Routine): string {
  try {
    if (typeof routine !== 'object' || routine === null) return '';
    const checked = validateRoutine(routine);
    // An invalid routine is written as it is, so the author can fix it in the text.
    if (!checked.ok) return writeRoutine(routine as unknown as Json, new Set());
    const value = checked.value as unknown as Json;
    const asJson = new Set<string>();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const text = writeRoutine(value, asJson);
      const back = validateRoutine(parseRoutineText(text).routine);
      if (!back.ok) break;
      const misses = differences(value, back.value as unknown as Json);
      if (misses.length === 0) return text;
      const before = asJson.size;
      for (const miss of misses) asJson.add(miss);
      if (asJson.size === before) break;
    }
    return writeRoutine(value, asJson, true);
  } catch {
    return '';
  }
}

/** The fields (as `writeRoutine` names them) where `back` differs from `want`. */
function differences(want: Json, back: Json): string[] {
  const misses: string[] = [];
  const compare = (a: Json, b: Json, prefix: string, skip: readonly string[] = []) => {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!skip.includes(key) && !sortedEqual(a[key], b[key])) misses.push(`${prefix}:${key}`);
    }
  };
  compare(want, back, 'routine', ['sections', 'exercises']);
  const wantSections = list(want.sections);
  const backSections = list(back.sections);
  const wantMap = record(want.exercises);
  const backMap = record(back.exercises);
  const sameShape =
    wantSections.length === backSections.length &&
    sortedEqual(Object.keys(wantMap).sort(), Object.keys(backMap).sort()) &&
    (want.exercises === undefined) === (back.exercises === undefined) &&
    wantSections.every((section, s) => {
      const items = list(record(section).items);
      const backItems = list(record(backSections[s]).items);
      return (
        items.length === backItems.length &&
        items.every((item, i) => {
          const a = record(item);
          const b = record(backItems[i]);
          return a.ref === b.ref && (a.exercise === undefined) === (b.exercise === undefined);
        })
      );
    });
  if (!sameShape) return [...misses, 'routine:sections', 'routine:exercises'];
  wantSections.forEach((section, s) => {
    const a = record(section);
    const b = record(backSections[s]);
    compare(a, b, `section:${s}`, ['items']);
    list(a.items).forEach((item, i) => {
      const itemA = record(item);
      const itemB = record(list(b.items)[i]);
      compare(itemA, itemB, `item:${s}:${i}`, ['exercise']);
      if (itemA.exercise !== undefined) {
        compare(record(itemA.exercise), record(itemB.exercise), `exercise:inline:${s}:${i}`);
      }
    });
  });
  for (const id of Object.keys(wantMap))
    compare(record(wantMap[id]), record(backMap[id]), `exercise:map:${id}`);
  return misses;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}
