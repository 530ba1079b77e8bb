/**
 * The names the figure data uses, alone in a module: the schema (which every card loads) imports
 * these lists without pulling in the pose library, which only `<exercise-figure>` needs.
 */

/**
 * The joints an exercise can change; `x`, `y` move the hips and `pelvis` turns the whole body. `trunk`
 * turns the lower back at the hips, `spine` the upper back on it (positive rounds a back facing right).
 */
export const JOINTS = [
  'x',
  'y',
  'pelvis',
  'trunk',
  'spine',
  'neck',
  'shoulder-left',
  'elbow-left',
  'shoulder-right',
  'elbow-right',
  'hip-left',
  'knee-left',
  'ankle-left',
  'hip-right',
  'knee-right',
  'ankle-right',
] as const;

export const BASE_POSITIONS = [
  'lying-back-knees-bent',
  'lying-side',
  'hands-and-knees',
  'sitting-floor',
  'sitting-chair',
  'standing',
  'kneeling',
  'plank',
  'side-plank',
] as const;

export const PROP_KINDS = ['mat', 'chair', 'towel', 'band', 'wall', 'ball'] as const;

/** Where a prop goes; each kind has a default (see figure-props.ts). */
export const PROP_PLACES = [
  'seat',
  'beside',
  'behind',
  'knees',
  'head',
  'feet',
  'shins',
  'thighs',
  'back',
] as const;

export const PLANTS = [
  'feet',
  'hands',
  'foot-left',
  'foot-right',
  'hand-left',
  'hand-right',
  'shoulders',
  'toes-left',
  'toes-right',
  'heel-left',
  'heel-right',
] as const;
