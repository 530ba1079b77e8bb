/**
 * The published JSON Schemas (draft 2020-12), generated from the same Valibot definitions that validate
 * at runtime, so the editor hints an author sees can't drift from what the elements accept.
 * Refinements that JSON Schema can't state (min ≤ max, one video source, refs that resolve) are
 * checked only at runtime.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ExerciseSchema } from './exercise-schema.js';
import { RoutineSchema } from './routine-schema.js';
import { SCHEMA_DESCRIPTIONS } from './schema-descriptions.js';

const BASE = 'https://unpkg.com/exercise-elements/schema/';

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/** The description of the property at `path` (names joined by "."): the longest table key ending it. */
function describe(path: string): string | undefined {
  const names = path.split('.');
  for (let start = 0; start < names.length; start++) {
    const found = SCHEMA_DESCRIPTIONS[names.slice(start).join('.')];
    if (found) return found;
  }
  return undefined;
}

/**
 * Gives every property a description from SCHEMA_DESCRIPTIONS. `path` follows property names only:
 * lists, unions and maps keep their parent's path, and a `$defs` entry starts afresh.
 */
function addDescriptions(node: unknown, path: string): void {
  if (Array.isArray(node)) {
    for (const item of node) addDescriptions(item, path);
    return;
  }
  if (!isJson(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isJson(value)) {
      for (const [name, property] of Object.entries(value)) {
        const at = path ? `${path}.${name}` : name;
        const description = describe(at);
        if (isJson(property) && description && property.description === undefined) {
          property.description = description;
        }
        addDescriptions(property, at);
      }
    } else if (key === '$defs' && isJson(value)) {
      for (const definition of Object.values(value)) addDescriptions(definition, '');
    } else if (key !== 'description') {
      addDescriptions(value, path);
    }
  }
}

export function buildJsonSchemas(): Record<string, object> {
  const schemas = buildBareSchemas();
  for (const schema of Object.values(schemas)) addDescriptions(schema, '');
  return schemas;
}

function buildBareSchemas(): Record<string, Json> {
  const options = { target: 'draft-2020-12', errorMode: 'ignore' } as const;
  const header = (file: string, title: string, description: string) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${file}`,
    title,
    description,
  });
  return {
    'exercise.schema.json': {
      ...header(
        'exercise.schema.json',
        'Exercise',
        'One exercise for exercise-elements: <exercise-card>, <rep-counter> and <routine-player>.',
      ),
      ...toJsonSchema(ExerciseSchema, options),
    },
    'routine.schema.json': {
      ...header(
        'routine.schema.json',
        'Routine',
        'A routine of exercises in sections, for <routine-player>.',
      ),
      ...toJsonSchema(RoutineSchema, { ...options, definitions: { Exercise: ExerciseSchema } }),
    },
  };
}
