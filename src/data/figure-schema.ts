/**
 * The `figure` field of an Exercise: how `<exercise-figure>` draws the movement. The model and the
 * base positions live in src/core/figure/; this file only says what an author may write.
 */
import * as v from 'valibot';
import { BASE_POSITIONS } from '../core/figure/base-positions.js';
import { JOINTS } from '../core/figure/body-model.js';
import { PLANTS, PROP_KINDS, PROP_PLACES } from '../core/figure/figure-spec.js';
import { listOf, TextSchema } from './schema-primitives.js';

const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');

const AngleSchema = v.pipe(
  v.number('must be a number (degrees, or drawing units for "x" and "y")'),
  v.finite('must be a number (degrees, or drawing units for "x" and "y")'),
  v.minValue(-360, 'must be between -360 and 360'),
  v.maxValue(360, 'must be between -360 and 360'),
);

const PoseChangeSchema = v.pipe(
  v.strictObject(
    Object.fromEntries(JOINTS.map((joint) => [joint, v.optional(AngleSchema)])) as Record<
      (typeof JOINTS)[number],
      v.OptionalSchema<typeof AngleSchema, undefined>
    >,
    `must be an object of joint angles such as {"hip-left": -90}; the joints are ${quoted(JOINTS)}`,
  ),
  v.description(
    'Joint angles that change from the base position, in degrees clockwise as drawn with the figure facing right (0: in line with the parent segment); "x" and "y" move the hips, in drawing units (a standing figure is about 112 tall).',
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
      position: v.pipe(
        v.picklist(BASE_POSITIONS, `must be a base position: ${quoted(BASE_POSITIONS)}`),
        v.description('The base position the figure starts from.'),
      ),
      view: v.optional(
        v.pipe(
          v.picklist(['side', 'front', 'above'], 'must be "side", "front" or "above"'),
          v.description('Draw from the side (profile), the front, or above (from the ceiling), instead of the base position’s own view.'),
        ),
      ),
      start: v.optional(PoseChangeSchema),
      middle: v.optional(
        v.pipe(PoseChangeSchema, v.description('A position the movement passes through, built on the start.')),
      ),
      end: v.optional(
        v.pipe(PoseChangeSchema, v.description('The end position, built on the start: where a hold is held.')),
      ),
      side: v.optional(
        v.pipe(
          v.picklist(['left', 'right', 'both'], 'must be "left", "right" or "both"'),
          v.description('The side whose limbs move in these poses; the figure is mirrored to show the other.'),
        ),
      ),
      props: v.optional(
        v.pipe(listOf(PropSchema, 10, 'must be a list of props such as ["mat"]'), v.description('What is drawn with the figure.')),
      ),
      plant: v.optional(
        v.pipe(
          listOf(v.picklist(PLANTS, `must be one of ${quoted(PLANTS)}`), 7, 'must be a list such as ["feet"]'),
          v.description('Hands, feet or shoulders that stay where they were in the start position.'),
        ),
      ),
      movement: v.optional(
        v.pipe(TextSchema, v.description('The movement in words, read out with the figure: "Both knees sway to one side and back."')),
      ),
    },
    'must be an object such as {"position": "standing", "end": {"hip-left": -40}}',
  ),
  v.description('A drawn, animated figure of the movement (<exercise-figure>).'),
);

export type FigureInput = v.InferInput<typeof FigureSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
