/**
 * The library file the editor loads (dist/library/free-exercise-db.json, or a clinic's own): a list
 * of exercises, or an object with `exercises` and its attribution. Entries that aren't valid
 * exercises are left out and counted, so one bad record never hides the other 872. An exercise
 * picked from it has its relative pictures made absolute, since the routine it joins is read on
 * another page than the library's.
 */
import type { ExerciseInput } from '../../data/exercise-schema.js';
import { validateExercise, type ValidationResult } from '../../data/validate.js';

export interface ExerciseLibrary {
  /** The library's name, for the credit line, e.g. "Free Exercise DB". */
  title?: string;
  /** Where the library can be read. */
  url?: string;
  /** Licence name or SPDX id. */
  licence?: string;
  exercises: ExerciseInput[];
}

/** More entries than this are not an exercise library the editor can list. */
const MAX_ENTRIES = 20_000;

const line = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() && value.length <= 500 ? value.trim() : undefined;

/** Reads a fetched library document; never throws. Warnings name each entry left out. */
export function readLibrary(doc: unknown): ValidationResult<ExerciseLibrary> {
  const holder =
    typeof doc === 'object' && doc !== null && !Array.isArray(doc)
      ? (doc as Record<string, unknown>)
      : undefined;
  const list = Array.isArray(doc) ? doc : holder?.exercises;
  if (!Array.isArray(list)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'must be a list of exercises, or an object with "exercises"' }],
    };
  }
  const exercises: ExerciseInput[] = [];
  const warnings: { path: string; message: string }[] = [];
  for (const [n, entry] of list.slice(0, MAX_ENTRIES).entries()) {
    if (validateExercise(entry).ok) exercises.push(entry as ExerciseInput);
    else if (warnings.length < 50)
      warnings.push({ path: `exercises[${n}]`, message: 'left out: not a valid exercise' });
  }
  const library: ExerciseLibrary = { exercises };
  for (const key of ['title', 'url', 'licence'] as const) {
    const value = line(holder?.[key]);
    if (value) library[key] = value;
  }
  return warnings.length ? { ok: true, value: library, warnings } : { ok: true, value: library };
}

/** A copy of the exercise whose relative picture and video addresses point where the library is. */
export function withAbsoluteMedia(exercise: ExerciseInput, libraryUrl: string): ExerciseInput {
  const absolute = (src: string): string => {
    try {
      return new URL(src, libraryUrl).href;
    } catch {
      return src;
    }
  };
  const media = exercise.media;
  if (!media) return { ...exercise };
  const copy: ExerciseInput = { ...exercise, media: { ...media } };
  if (media.images)
    copy.media!.images = media.images.map((image) => ({ ...image, src: absolute(image.src) }));
  if (media.video) {
    const video = { ...media.video };
    if (video.src) video.src = absolute(video.src);
    if (video.poster) video.poster = absolute(video.poster);
    copy.media!.video = video;
  }
  return copy;
}
