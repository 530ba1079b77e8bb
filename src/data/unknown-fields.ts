/**
 * Fields an author wrote that our schemas don't know, when they look like one we do: "instructions"
 * where we say "steps", "tips" for "cues", "reps" on the exercise instead of inside its "dosage", or
 * a typo ("stpes"). Unknown fields are kept (the schemas are loose, so other tools can add theirs);
 * these become warnings, so an author who misspelled one hears why the card shows no steps. The
 * field names each schema knows are read from the schemas, so they never drift apart. Importing the
 * module turns the warnings on in the lenient validators; `exercise-elements/core` does.
 */
import { ExerciseSchema } from './exercise-schema.js';
import { DosageSchema } from './dosage-schema.js';
import { RoutineSchema } from './routine-schema.js';
import { formatPath, useUnknownFieldWarnings, type ValidationError } from './validate.js';

type Synonyms = Readonly<Record<string, string>>;

// Words authors use for our fields, one table per place; a typo of a known name is found apart from
// these. Separate tables (and the routine's apart from the exercise's) let a page that only shows
// cards leave the routine schema and its words out of its bundle.
const EXERCISE_WORDS: Synonyms = {
  instructions: 'steps',
  instruction: 'steps',
  directions: 'steps',
  howto: 'steps',
  step: 'steps',
  tips: 'cues',
  tip: 'cues',
  cue: 'cues',
  coaching: 'cues',
  reps: 'dosage',
  repetitions: 'dosage',
  sets: 'dosage',
  hold: 'dosage',
  holdseconds: 'dosage',
  duration: 'dosage',
  durationseconds: 'dosage',
  rest: 'dosage',
  restseconds: 'dosage',
  side: 'dosage',
  dose: 'dosage',
  prescription: 'dosage',
  warnings: 'safety',
  warning: 'safety',
  cautions: 'safety',
  caution: 'safety',
  precautions: 'safety',
  contraindications: 'safety',
  description: 'summary',
  about: 'summary',
  title: 'name',
  images: 'media',
  image: 'media',
  pictures: 'media',
  photos: 'media',
  video: 'media',
  videos: 'media',
  level: 'difficulty',
  muscle: 'muscles',
  targets: 'muscles',
  target: 'muscles',
  bodyparts: 'muscles',
  area: 'muscles',
  areas: 'muscles',
  regressions: 'easier',
  regression: 'easier',
  progressions: 'harder',
  progression: 'harder',
  credit: 'source',
  attribution: 'source',
};
const DOSAGE_WORDS: Synonyms = {
  rep: 'reps',
  repetitions: 'reps',
  set: 'sets',
  rounds: 'sets',
  hold: 'holdSeconds',
  holdtime: 'holdSeconds',
  duration: 'durationSeconds',
  time: 'durationSeconds',
  seconds: 'durationSeconds',
  rest: 'restSeconds',
  sides: 'side',
  perside: 'side',
  note: 'text',
};
const ROUTINE_WORDS: Synonyms = {
  name: 'title',
  description: 'summary',
  schedule: 'frequency',
  often: 'frequency',
  duration: 'durationMinutes',
  warnings: 'safety',
  cautions: 'safety',
  parts: 'sections',
  blocks: 'sections',
};
const SECTION_WORDS: Synonyms = { name: 'title', type: 'kind', exercises: 'items', steps: 'items' };
const ITEM_WORDS: Synonyms = {
  id: 'ref',
  exerciseid: 'ref',
  note: 'notes',
  reps: 'dosage',
  sets: 'dosage',
  hold: 'dosage',
};

type Schemaish = {
  entries?: Record<string, unknown>;
  wrapped?: unknown;
  item?: unknown;
  pipe?: readonly unknown[];
  options?: readonly unknown[];
};

/** The object schemas inside a schema: itself, or through optional, pipe, list and union wrappers. */
function objectsIn(schema: unknown, depth = 0): Schemaish[] {
  const s = schema as Schemaish | undefined;
  if (!s || typeof s !== 'object' || depth > 6) return [];
  if (s.entries) return [s];
  const inner = [s.wrapped, s.item, ...(s.pipe ?? []), ...(s.options ?? [])];
  return inner.flatMap((x) => objectsIn(x, depth + 1));
}

/** The field names of a Valibot object schema, through pipes and unions. */
function fieldsOf(schema: unknown): string[] {
  return objectsIn(schema).flatMap((s) => Object.keys(s.entries ?? {}));
}

/** The schema of a field of an object schema. */
function fieldSchema(schema: unknown, key: string): unknown {
  return objectsIn(schema).find((s) => s.entries && key in s.entries)?.entries?.[key];
}

/** A place in a document: the fields our schema knows there, and the words authors use for them. */
interface Place {
  fields: ReadonlySet<string>;
  words: Synonyms;
}

let exercisePlace: Place | undefined;
let dosagePlace: Place | undefined;
const exercise = (): Place =>
  (exercisePlace ??= { fields: new Set(fieldsOf(ExerciseSchema)), words: EXERCISE_WORDS });
const dosage = (): Place =>
  (dosagePlace ??= { fields: new Set(fieldsOf(DosageSchema)), words: DOSAGE_WORDS });

let routinePlaces: { routine: Place; section: Place; item: Place } | undefined;
function routinePlacesOf(): { routine: Place; section: Place; item: Place } {
  const section = fieldSchema(RoutineSchema, 'sections');
  routinePlaces ??= {
    routine: { fields: new Set(fieldsOf(RoutineSchema)), words: ROUTINE_WORDS },
    section: { fields: new Set(fieldsOf(section)), words: SECTION_WORDS },
    item: { fields: new Set(fieldsOf(fieldSchema(section, 'items'))), words: ITEM_WORDS },
  };
  return routinePlaces;
}

/** Edits (insert, delete, change, swap two letters) from a to b, stopping early past `most`. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** The field of ours an unknown `key` most likely means, at this place; undefined when none is close. */
function suggestField(key: string, place: Place): string | undefined {
  const fields = place.fields;
  if (fields.has(key) || key.length > 60) return undefined;
  const plain = key.toLowerCase().replace(/[\s_-]+/g, '');
  const synonym = Object.hasOwn(place.words, plain) ? place.words[plain] : undefined;
  if (synonym && fields.has(synonym)) return synonym;
  for (const field of fields) if (field.toLowerCase() === plain) return field;
  if (plain.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = plain.length >= 7 ? 2 : 1;
  for (const field of fields) {
    const d = distance(plain, field.toLowerCase(), bestDistance);
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = field;
      bestDistance = d;
    }
  }
  return best;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** At most this many: a document full of someone else's fields is not a list of typos. */
const MAX_WARNINGS = 20;

function check(value: unknown, place: Place, keys: (string | number)[], out: ValidationError[]): void {
  if (!isObject(value) || out.length >= MAX_WARNINGS) return;
  for (const key of Object.keys(value).slice(0, 200)) {
    const suggestion = suggestField(key, place);
    if (suggestion && out.length < MAX_WARNINGS && !Object.hasOwn(value, suggestion)) {
      out.push({
        path: formatPath([...keys, key]),
        message: `"${key}" is not a field we know; did you mean "${suggestion}"?`,
        code: 'unknown-field',
        params: { field: key, suggestion },
      });
    }
  }
  if (place.fields.has('dosage')) check(value.dosage, dosage(), [...keys, 'dosage'], out);
}

/** Warnings for the fields of an exercise document that look like ours but aren't. */
export function unknownExerciseFields(doc: unknown): ValidationError[] {
  const out: ValidationError[] = [];
  check(doc, exercise(), [], out);
  return out;
}

/** Warnings for the fields of a routine document, its sections, items and exercises. */
export function unknownRoutineFields(doc: unknown): ValidationError[] {
  const out: ValidationError[] = [];
  if (!isObject(doc)) return out;
  const places = routinePlacesOf();
  check(doc, places.routine, [], out);
  if (Array.isArray(doc.sections)) {
    doc.sections.slice(0, 100).forEach((section, s) => {
      check(section, places.section, ['sections', s], out);
      if (isObject(section) && Array.isArray(section.items)) {
        section.items.slice(0, 200).forEach((item, i) => {
          check(item, places.item, ['sections', s, 'items', i], out);
          if (isObject(item)) check(item.exercise, exercise(), ['sections', s, 'items', i, 'exercise'], out);
        });
      }
    });
  }
  if (isObject(doc.exercises)) {
    for (const [id, entry] of Object.entries(doc.exercises).slice(0, 500))
      check(entry, exercise(), ['exercises', id], out);
  }
  return out;
}

// Loading this module is what turns the warnings on (see `useUnknownFieldWarnings`).
useUnknownFieldWarnings({ exercise: unknownExerciseFields, routine: unknownRoutineFields });
