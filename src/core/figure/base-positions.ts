/**
 * The starting points every exercise figure is built from: one whole pose per base position, with the
 * view it is drawn in. An exercise names one and changes a few joints (figure-spec.ts). Each pose is
 * put on the floor line by figure-poses.ts, so only the angles matter here; base-positions.test.ts
 * checks what rests on the floor (feet standing, hands and knees, a lying back).
 */
import type { FigureView, Pose } from './body-model.js';
import { BASE_POSITIONS } from './figure-names.js';

export { BASE_POSITIONS };

export type BasePosition = (typeof BASE_POSITIONS)[number];

export interface BaseDefinition {
  view: FigureView;
  pose: Pose;
}

const STANDING: Pose = {
  x: 0,
  y: 0,
  pelvis: 0,
  trunk: 180,
  spine: 0,
  neck: 0,
  'shoulder-left': 178,
  'elbow-left': -12,
  'shoulder-right': 184,
  'elbow-right': -10,
  'hip-left': 0,
  'knee-left': 0,
  'ankle-left': -90,
  'hip-right': 0,
  'knee-right': 0,
  'ankle-right': -90,
};

const pose = (changes: Partial<Pose>): Pose => ({ ...STANDING, ...changes });

export const BASES: Readonly<Record<BasePosition, BaseDefinition>> = {
  // Side view, head to the left, knees up, feet flat near the buttocks, arms along the body.
  'lying-back-knees-bent': {
    view: 'side',
    pose: pose({
      pelvis: -90,
      'shoulder-left': 176,
      'elbow-left': 0,
      'shoulder-right': 180,
      'elbow-right': 0,
      'hip-left': -45,
      'knee-left': 103,
      'ankle-left': -58,
      'hip-right': -45,
      'knee-right': 103,
      'ankle-right': -58,
    }),
  },
  // Lying on the right side on the floor, seen from the front and a little above (the floor is the mat
  // behind, as in the view from above): head to the left on the lower arm, shoulders and hips stacked,
  // hips and knees bent so the knees come forward (down the picture) and the feet stay in line with
  // the back, the top leg on the bottom one, the top hand on the floor in front of the chest.
  'lying-side': {
    view: 'above',
    pose: pose({
      pelvis: -90,
      'shoulder-right': 0,
      'elbow-right': 0,
      'shoulder-left': 250,
      'elbow-left': 40,
      'hip-left': 30,
      'knee-left': -60,
      'ankle-left': -60,
      'hip-right': 30,
      'knee-right': -60,
      'ankle-right': 60,
    }),
  },
  // Side view: back level, hands under the shoulders, knees under the hips, shins and feet on the floor.
  'hands-and-knees': {
    view: 'side',
    pose: pose({
      trunk: -105,
      neck: 15,
      'shoulder-left': 105,
      'elbow-left': 0,
      'shoulder-right': 105,
      'elbow-right': 0,
      'knee-left': 90,
      'ankle-left': 0,
      'knee-right': 90,
      'ankle-right': 0,
    }),
  },
  // Side view: sitting tall with straight legs, hands on the floor beside the hips.
  'sitting-floor': {
    view: 'side',
    pose: pose({
      'shoulder-left': 188,
      'elbow-left': 0,
      'shoulder-right': 192,
      'elbow-right': 0,
      'hip-left': -90,
      'ankle-left': -90,
      'hip-right': -90,
      'ankle-right': -90,
    }),
  },
  // Side view: sitting tall on a chair, hands on the thighs, feet flat.
  'sitting-chair': {
    view: 'side',
    pose: pose({
      'shoulder-left': 150,
      'elbow-left': -60,
      'shoulder-right': 154,
      'elbow-right': -60,
      'hip-left': -90,
      'knee-left': 90,
      'ankle-left': -90,
      'hip-right': -90,
      'knee-right': 90,
      'ankle-right': -90,
    }),
  },
  standing: { view: 'side', pose: STANDING },
  // Side view: upright on both knees, shins and feet on the floor behind.
  kneeling: {
    view: 'side',
    pose: pose({ 'knee-left': 90, 'ankle-left': 0, 'knee-right': 90, 'ankle-right': 0 }),
  },
  // Side view: a straight line from head to heels on the forearms and toes, elbows under the shoulders.
  plank: {
    view: 'side',
    pose: pose({
      trunk: -96.5,
      neck: -4,
      'shoulder-left': 96.5,
      'elbow-left': -90,
      'shoulder-right': 96.5,
      'elbow-right': -90,
      'hip-left': 83.5,
      'ankle-left': -92,
      'hip-right': 83.5,
      'ankle-right': -92,
    }),
  },
  // Seen from the front: on the left forearm and the side of the feet, body in a straight slant, top
  // hand on the top hip. The hips are stacked one above the other, so the top leg slants down onto the
  // bottom one and the feet lie one on the other.
  'side-plank': {
    view: 'front',
    pose: pose({
      pelvis: 77,
      trunk: 180,
      neck: 0,
      'shoulder-left': 103,
      'elbow-left': -90,
      'shoulder-right': -153,
      'elbow-right': -58,
      'hip-left': 0,
      'ankle-left': 0,
      'hip-right': -9,
      'ankle-right': 0,
    }),
  },
};

export const isBasePosition = (value: unknown): value is BasePosition =>
  typeof value === 'string' && (BASE_POSITIONS as readonly string[]).includes(value);
