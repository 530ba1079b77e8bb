/**
 * fromFreeExerciseDb: one record of the free-exercise-db library (873 exercises, public domain under
 * the Unlicense) as our Exercise, so the editor can offer the library to authors. Only the editor
 * loads the library; readers' widgets never do.
 *
 * Choices: the library's "expert" level has no match in our three levels, so it becomes "advanced",
 * and the record's own words are kept in `library` (declared in the Exercise schema), with its id,
 * force, mechanic and secondary muscles. Blank instructions are dropped. "body only" is no
 * equipment. Each picture gets alt text from the exercise name and its place in the sequence.
 */
import type { ExerciseInput } from '../data/exercise-schema.js';

/** A record of free-exercise-db's `exercises.json`, as its schema describes it. */
export interface FreeExerciseDbRecord {
  id: string;
  name: string;
  force?: 'static' | 'pull' | 'push' | null;
  level: 'beginner' | 'intermediate' | 'expert';
  mechanic?: 'isolation' | 'compound' | null;
  equipment?: string | null;
  primaryMuscles: string[];
  secondaryMuscles?: string[];
  instructions: string[];
  category: string;
  images: string[];
}

export interface FreeExerciseDbOptions {
  /**
   * Prepended to each image path (`3_4_Sit-Up/0.jpg`). Defaults to the library's own repository;
   * a site that hosts the pictures itself passes its folder.
   */
  imageBase?: string;
}

export const FREE_EXERCISE_DB_IMAGE_BASE =
  'https://raw.githubusercontent.com/yuhonas/free-exercise-db/main/exercises/';

const SOURCE = {
  title: 'Free Exercise DB',
  url: 'https://github.com/yuhonas/free-exercise-db',
  licence: 'Unlicense',
} as const;

const LEVELS: Readonly<Record<string, 'beginner' | 'intermediate' | 'advanced'>> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  expert: 'advanced',
};

const NO_EQUIPMENT = new Set(['body only', '']);
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** Maps a library record to an Exercise; undefined when the record has no usable name. Never throws. */
export function fromFreeExerciseDb(
  record: unknown,
  options: FreeExerciseDbOptions = {},
): ExerciseInput | undefined {
  try {
    return map(record, options);
  } catch {
    return undefined;
  }
}

function map(record: unknown, options: FreeExerciseDbOptions): ExerciseInput | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const r = record as Partial<Record<keyof FreeExerciseDbRecord, unknown>>;
  const name = text(r.name);
  if (!name) return undefined;
  const id = typeof r.id === 'string' && ID.test(r.id) ? r.id : slug(name);
  const exercise: ExerciseInput = { id, name };

  const steps = texts(r.instructions);
  if (steps.length) exercise.steps = steps;
  const primary = texts(r.primaryMuscles);
  if (primary.length) exercise.muscles = primary;
  const equipment = text(r.equipment);
  if (equipment && !NO_EQUIPMENT.has(equipment.toLowerCase())) exercise.equipment = [equipment];
  const level = text(r.level);
  if (level && Object.hasOwn(LEVELS, level)) exercise.difficulty = LEVELS[level];
  const category = text(r.category);
  if (category) exercise.category = category;

  const base = typeof options.imageBase === 'string' ? options.imageBase : FREE_EXERCISE_DB_IMAGE_BASE;
  const paths = texts(r.images).filter((path) => /^[A-Za-z0-9_./-]+$/.test(path) && !path.includes('..'));
  if (paths.length) {
    exercise.media = {
      images: paths.slice(0, 20).map((path, n, all) => ({
        src: `${base}${path}`,
        alt: altText(name, n, all.length),
      })),
    };
  }
  exercise.source = { ...SOURCE };

  const library: NonNullable<ExerciseInput['library']> = { name: 'free-exercise-db' };
  const recordId = text(r.id);
  if (recordId) library.id = recordId.slice(0, 100);
  if (level) library.level = level;
  for (const key of ['force', 'mechanic'] as const) {
    const value = text(r[key]);
    if (value) library[key] = value;
  }
  const secondary = texts(r.secondaryMuscles);
  if (secondary.length) library.secondaryMuscles = secondary;
  exercise.library = library;
  return exercise;
}

/** The library's pictures show the movement's start and end; more are numbered. */
function altText(name: string, n: number, count: number): string {
  if (count === 1) return name;
  if (count === 2) return `${name}: ${n === 0 ? 'starting' : 'finishing'} position`;
  return `${name}: position ${n + 1} of ${count}`;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value.slice(0, 100)) {
    const t = text(item);
    if (t !== undefined) out.push(t);
  }
  return out;
}

function slug(name: string): string {
  const made = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90);
  return made || 'exercise';
}
