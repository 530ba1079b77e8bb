import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FigureSpec } from '../src/core/figure/index.js';
import '../src/exercise-figure/exercise-figure.js';
import { seedRoutines, type SeedRoutineKey } from './support/seed-routines.js';

/** Args are named as an author writes the attributes; `figure` is the data's `figure` field. */
interface FigureArgs {
  figure: FigureSpec;
  side?: '' | 'left' | 'right';
  state?: 'moving' | 'hold' | 'still';
  tempo?: number;
  hold?: number;
  paused?: boolean;
  theme?: '' | 'light' | 'dark';
  rep?: never;
}

const meta = {
  title: 'Elements/Exercise figure',
  component: 'exercise-figure',
  render: (args) =>
    html`<exercise-figure
      .figure=${args.figure}
      side=${ifDefined(args.side || undefined)}
      state=${ifDefined(args.state)}
      tempo=${ifDefined(args.tempo)}
      hold=${ifDefined(args.hold)}
      ?paused=${args.paused}
      theme=${ifDefined(args.theme || undefined)}
    ></exercise-figure>`,
  args: {
    figure: { position: 'standing' },
    side: '',
    state: 'moving',
    tempo: 3,
    hold: 0,
    paused: false,
    theme: '',
  },
  argTypes: {
    figure: { control: 'object' },
    side: { control: 'inline-radio', options: ['', 'left', 'right'] },
    state: { control: 'inline-radio', options: ['moving', 'hold', 'still'] },
    tempo: { control: { type: 'number', min: 0.5, step: 0.5 } },
    hold: { control: { type: 'number', min: 0, step: 1 } },
    paused: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    rep: { control: false },
  },
  parameters: {
    docs: { subtitle: 'A line drawing of the movement, from the `figure` field of the exercise data.' },
  },
} satisfies Meta<FigureArgs>;
export default meta;

type Story = StoryObj<FigureArgs>;

/** A base position as it is, before an exercise changes any joint. */
const base = (position: FigureSpec['position']): Story => ({
  args: { figure: { position }, state: 'still' },
});

/** An example exercise's figure, straight from `examples/`, at its dosage's hold. */
function seed(routine: SeedRoutineKey, id: string): Story {
  const exercise = (
    seedRoutines[routine].doc.exercises as Record<string, { figure?: FigureSpec; name: unknown }>
  )[id]!;
  return { name: String(exercise.name), args: { figure: exercise.figure!, hold: 1 } };
}

export const LyingOnTheBack = base('lying-back-knees-bent');
export const LyingOnTheSide = base('lying-side');
export const HandsAndKnees = base('hands-and-knees');
export const SittingOnTheFloor = base('sitting-floor');
export const SittingOnAChair = {
  ...base('sitting-chair'),
  args: { figure: { position: 'sitting-chair', props: ['chair'] }, state: 'still' },
} satisfies Story;
export const Standing = base('standing');
export const Kneeling = base('kneeling');
export const Plank = base('plank');
export const SidePlank = base('side-plank');

/** `state="hold"`: stays at the end position (the player, during a timed hold). */
export const Holding: Story = { args: { ...seed('gentle', 'glute-bridge').args, state: 'hold' } };
/** `side="right"` on a figure drawn for the left: mirrored. */
export const OtherSide: Story = {
  name: 'Other side (mirrored)',
  args: { ...seed('gentle', 'clamshell').args, side: 'right' },
};
/** The dark theme: body in the text colour, moving limbs in the accent. */
export const Dark: Story = { args: { ...seed('gentle', 'bird-dog').args, theme: 'dark' } };

export const KneeWags = seed('hip', 'knee-wags');
export const AdductorSqueeze = seed('hip', 'lying-adductor-squeeze');
export const PsoasMarch = seed('hip', 'lying-psoas-march');
export const SpinalFlexionDrill = seed('hip', 'spinal-flexion-drill');
export const SeatedSideStretch = seed('ql', 'seated-dynamic-side-stretch');
export const ButtWalk = seed('ql', 'butt-walk');
export const GluteBridge = seed('gentle', 'glute-bridge');
export const Clamshell = seed('gentle', 'clamshell');
export const BirdDog = seed('gentle', 'bird-dog');
export const StandingLegLift = seed('gentle', 'standing-leg-lift');
export const GentleSquat = seed('gentle', 'gentle-squat');
export const BandSquat = seed('banded', 'band-squat');
export const BandSideStep = seed('banded', 'band-side-step');
export const BandFrontStep = seed('banded', 'band-front-step');
export const WalkingLunge = seed('program', 'walking-lunge');
export const LegSwing = seed('program', 'leg-swing');
export const Squat = seed('program', 'squat');
export const MultiDirectionLunge = seed('program', 'multi-direction-lunge');
export const SingleLegSquatBall = seed('program', 'single-leg-squat-stability-ball');
export const WeightedGluteBridge = seed('program', 'glute-bridge');
export const PlankExercise = seed('program', 'plank');
export const SidePlankExercise = seed('program', 'side-plank');
export const RussianTwist = seed('program', 'russian-twist');
export const BicycleCrunch = seed('program', 'bicycle-crunch');
export const NeutralPelvis = seed('program', 'neutral-pelvis');
