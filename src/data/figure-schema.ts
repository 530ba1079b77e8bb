/**
 * The `figure` field of an Exercise: how `<exercise-figure>` draws the movement. The model and the
 * base positions live in src/core/figure/; this file only says what an author may write.
 */
import * as v from 'valibot';
import { BASE_POSITIONS, JOINTS, PLANTS, PROP_KINDS, PROP_PLACES } from '../core/figure/figure-names.js';
import { listOf, TextSchema } from './schema-primitives.js';

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

const AngleSchema = v.pipe(
  v.number('must be a number (degrees, or drawing units for "x" and "y")'),
  v.finite('must be a number (degrees, or drawing units for "x" and "y")'),
  v.minValue(-360, 'must be between -360 and 360'),
  v.maxValue(360, 'must be between -360 and 360'),
);

const JOINT_MESSAGE = `must be an object of joint angles such as {"hip-left": -90}; the joints are ${quoted(JOINTS)}`;
const JOINT_NAMES: ReadonlySet<string> = new Set(JOINTS);

// A loose object and a check of its keys, not a strict object: valibot's strict object takes an array and
// reports its index "0" as a key, a path the author never wrote. The check reports at the pose itself.
const PoseChangeSchema = v.pipe(
  v.looseObject(
    Object.fromEntries(JOINTS.map((joint) => [joint, v.optional(AngleSchema)])) as Record<
      (typeof JOINTS)[number],
      v.OptionalSchema<typeof AngleSchema, undefined>
    >,
    JOINT_MESSAGE,
  ),
  v.check(
    (pose) => !Array.isArray(pose) && Object.keys(pose).every((key) => JOINT_NAMES.has(key)),
    JOINT_MESSAGE,
  ),
  v.description(
    'Joints changed from the base position: degrees clockwise, figure facing right; "x", "y" move the hips (a standing figure is 112 tall).',
  ),
);

const SHORTEN_MESSAGE = 'must be limbs and fractions from 0.2 to 1, such as {"thigh-left": 0.6}';
const SHORTENED = ['upper-arm', 'forearm', 'thigh', 'shin'].flatMap((limb) => [
  `${limb}-left`,
  `${limb}-right`,
]);
const FractionSchema = v.pipe(
  v.number(SHORTEN_MESSAGE),
  v.minValue(0.2, SHORTEN_MESSAGE),
  v.maxValue(1, SHORTEN_MESSAGE),
);
// The same shape as a pose (above), and for the same reason: a list is refused at `shorten` itself.
const ShortenSchema = v.pipe(
  v.looseObject(
    Object.fromEntries(SHORTENED.map((limb) => [limb, v.optional(FractionSchema)])) as Record<
      string,
      v.OptionalSchema<typeof FractionSchema, undefined>
    >,
    SHORTEN_MESSAGE,
  ),
  v.check(
    (limbs) => !Array.isArray(limbs) && Object.keys(limbs).every((key) => SHORTENED.includes(key)),
    SHORTEN_MESSAGE,
  ),
);

const PropSchema = v.union(
  [
    v.picklist(PROP_KINDS, `must be one of ${quoted(PROP_KINDS)}`),
    v.looseObject(
      {
        kind: v.picklist(PROP_KINDS, `must be one of ${quoted(PROP_KINDS)}`),
        at: v.optional(v.picklist(PROP_PLACES, `must be one of ${quoted(PROP_PLACES)}`)),
      },
      'must be an object such as {"kind": "band", "at": "knees"}',
    ),
  ],
  `must be one of ${quoted(PROP_KINDS)}, or an object such as {"kind": "band", "at": "knees"}`,
);

export const FigureSchema = v.pipe(
  v.looseObject(
    {
      // The descriptions of position, view, side, props, plant, shorten and movement are in
      // schema-descriptions.ts, which only the JSON Schema build loads: not every card's page.
      position: v.picklist(BASE_POSITIONS, `must be a base position: ${quoted(BASE_POSITIONS)}`),
      view: v.optional(v.picklist(['side', 'front', 'above'], 'must be "side", "front" or "above"')),
      start: v.optional(PoseChangeSchema),
      middle: v.optional(
        v.pipe(PoseChangeSchema, v.description('A position passed through on the way, built on the start.')),
      ),
      end: v.optional(
        v.pipe(PoseChangeSchema, v.description('The end position (held in a hold), built on the start.')),
      ),
      side: v.optional(v.picklist(['left', 'right', 'both'], 'must be "left", "right" or "both"')),
      props: v.optional(listOf(PropSchema, 10, 'must be a list of props such as ["mat"]')),
      plant: v.optional(
        listOf(v.picklist(PLANTS, `must be one of ${quoted(PLANTS)}`), 7, 'must be a list such as ["feet"]'),
      ),
      shorten: v.optional(ShortenSchema),
      movement: v.optional(TextSchema),
    },
    'must be an object such as {"position": "standing", "end": {"hip-left": -40}}',
  ),
  v.description('An animated drawing of the movement (<exercise-figure>).'),
);

export type FigureInput = v.InferInput<typeof FigureSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
