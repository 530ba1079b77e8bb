/**
 * searchLibrary: the exercise library (free-exercise-db, mapped to our Exercise) searched the way an
 * author looks for an exercise: by words of its name, narrowed by target area and equipment.
 *
 * Ranking: how well the name matches comes first (the whole name, then its start, then every query
 * word starting a word of the name, then every word found inside it), then whether the query names
 * a target area of the exercise ("glutes" finds bridges whose names don't say so), then the shorter
 * name, then the alphabet, so the same query always lists the same exercises in the same order. With
 * no words, the filters' matches are listed in alphabetical order.
 * Matching ignores case, accents, punctuation and plurals ("push ups" finds "Push-Up").
 */
import type { ExerciseInput } from '../../data/exercise-schema.js';

export interface LibraryQuery {
  /** Words of the name (or of a target area); empty lists everything the filters keep. */
  query?: string;
  /** Keep only exercises with this target area (one of `libraryFacets().areas`). */
  area?: string;
  /** Keep only exercises needing this equipment; `LIBRARY_NO_EQUIPMENT` keeps those needing none. */
  equipment?: string;
  /** At most this many results (default 50). */
  limit?: number;
}

export interface LibrarySearchResult {
  /** The matching exercises, best first, at most `limit`. */
  exercises: ExerciseInput[];
  /** How many matched in all, before the limit. */
  total: number;
}

/** The equipment filter's value for exercises that need none. */
export const LIBRARY_NO_EQUIPMENT = 'none';

const DEFAULT_LIMIT = 50;

/**
 * Lower case, no accents, words split on anything that isn't a letter or digit, and a plural "s"
 * dropped, so "squats" finds "Bodyweight Squat" and "glute" finds "Glutes".
 */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

function same(a: string, b: string): boolean {
  return words(a).join(' ') === words(b).join(' ');
}

/** 5: the whole name; 4: its start; 3: every query word starts a name word; 2: every one inside; 0: no. */
function nameScore(name: string[], query: string[]): number {
  if (query.length === 0) return 1;
  const whole = name.join(' ');
  const asked = query.join(' ');
  if (whole === asked) return 5;
  if (whole.startsWith(asked)) return 4;
  if (query.every((q) => name.some((w) => w.startsWith(q)))) return 3;
  if (query.every((q) => whole.includes(q))) return 2;
  return 0;
}

/** 1 when every query word starts a word of one of the target areas. */
function areaScore(areas: readonly string[], query: string[]): number {
  if (query.length === 0) return 0;
  return areas.some((area) => {
    const areaWords = words(area);
    return query.every((q) => areaWords.some((w) => w.startsWith(q)));
  })
    ? 1
    : 0;
}

/** Ranked matches of the query among the entries; never throws, whatever the entries hold. */
export function searchLibrary(entries: readonly unknown[], options: LibraryQuery = {}): LibrarySearchResult {
  const query = words(typeof options.query === 'string' ? options.query : '');
  const area = typeof options.area === 'string' && options.area.trim() ? options.area : undefined;
  const equipment =
    typeof options.equipment === 'string' && options.equipment.trim() ? options.equipment : undefined;
  const limit =
    typeof options.limit === 'number' && Number.isFinite(options.limit)
      ? Math.max(0, Math.floor(options.limit))
      : DEFAULT_LIMIT;

  const ranked: { exercise: ExerciseInput; name: number; area: number; key: string }[] = [];
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const exercise = entry as ExerciseInput;
    if (typeof exercise.name !== 'string') continue;
    const areas = listOf(exercise.muscles);
    const needs = listOf(exercise.equipment);
    if (area && !areas.some((a) => same(a, area))) continue;
    if (
      equipment === LIBRARY_NO_EQUIPMENT
        ? needs.length > 0
        : equipment && !needs.some((e) => same(e, equipment))
    )
      continue;
    const name = words(exercise.name);
    const byName = nameScore(name, query);
    const byArea = areaScore(areas, query);
    if (byName === 0 && byArea === 0) continue;
    ranked.push({ exercise, name: byName, area: byArea, key: name.join(' ') });
  }
  ranked.sort(
    (a, b) =>
      b.name - a.name ||
      b.area - a.area ||
      (query.length ? a.key.length - b.key.length : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { exercises: ranked.slice(0, limit).map((r) => r.exercise), total: ranked.length };
}

export interface LibraryFacets {
  /** Every target area named in the library, sorted. */
  areas: string[];
  /** Every piece of equipment named in the library, sorted. */
  equipment: string[];
}

/** The values the area and equipment filters can take. */
export function libraryFacets(entries: readonly unknown[]): LibraryFacets {
  const areas = new Set<string>();
  const equipment = new Set<string>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const exercise = entry as ExerciseInput;
    for (const a of listOf(exercise.muscles)) areas.add(a);
    for (const e of listOf(exercise.equipment)) equipment.add(e);
  }
  const sort = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b, 'en'));
  return { areas: sort(areas), equipment: sort(equipment) };
}
