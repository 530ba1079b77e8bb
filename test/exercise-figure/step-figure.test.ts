import { expect } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/exercise-figure/exercise-figure.js';
import type { ExerciseFigure } from '../../src/exercise-figure/exercise-figure.js';
import { stepFigure } from '../../src/exercise-figure/lazy-figure.js';
import { buildTimeline } from '../../src/core/routine-timeline.js';
import { validateRoutine } from '../../src/data/validate.js';
import type { TimelineStep, WorkStep } from '../../src/core/timeline-types.js';
import type { Exercise } from '../../src/data/exercise-schema.js';

const figure = { position: 'standing', side: 'left', end: { 'hip-left': -40 } } as const;

function stepsFor(dosage: unknown, drawn: object = figure): { exercise: Exercise; steps: TimelineStep[] } {
  const result = validateRoutine({
    id: 'r',
    title: 'R',
    sections: [
      {
        title: 'Main',
        kind: 'main',
        items: [{ exercise: { id: 'lift', name: 'Lift', figure: drawn, dosage } }],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const exercise = result.value.sections[0]!.items[0]!.exercise as Exercise;
  return { exercise, steps: buildTimeline(result.value) };
}

async function shown(exercise: Exercise, step: TimelineStep, counting = false, repsDone = 0) {
  const host = document.createElement('div');
  document.body.append(host);
  render(stepFigure(exercise, step, { repsDone, paused: false, counting }), host);
  const el = host.querySelector<ExerciseFigure>('exercise-figure');
  await el?.updateComplete;
  host.remove();
  return el;
}

describe('the player’s figure for each step', () => {
  it('moves at the work’s pace with its hold, on the side of the step', async () => {
    const { exercise, steps } = stepsFor({ reps: 5, holdSeconds: 3, side: 'each' });
    const work = steps.filter((s): s is WorkStep => s.kind === 'work');
    const left = await shown(exercise, work[0]!);
    expect(left!.state).to.equal('moving');
    expect(left!.hold).to.equal(3);
    expect(left!.side).to.equal('left');
    expect((await shown(exercise, work[1]!))!.side).to.equal('right');
  });

  it('moves once per counted rep when the patient counts', async () => {
    const { exercise, steps } = stepsFor({ reps: 5 });
    const el = await shown(
      exercise,
      steps.find((s) => s.kind === 'work')!,
      true,
      2,
    );
    expect(el!.state).to.equal('still');
    expect(el!.rep).to.equal(2);
  });

  it('holds the end position during timed work, and waits at the start while getting ready', async () => {
    const { exercise, steps } = stepsFor({ durationSeconds: 30 });
    expect(
      (await shown(
        exercise,
        steps.find((s) => s.kind === 'work')!,
      ))!.state,
    ).to.equal('hold');
    expect(
      (await shown(
        exercise,
        steps.find((s) => s.kind === 'get-ready')!,
      ))!.state,
    ).to.equal('still');
  });

  it('holds the end position in a plank with no time given (held as long as is comfortable)', async () => {
    const { exercise, steps } = stepsFor(undefined, { position: 'plank' });
    const work = steps.find((s): s is WorkStep => s.kind === 'work')!;
    expect(work.mode).to.equal('hold-open');
    expect((await shown(exercise, work))!.state).to.equal('hold');
  });

  it('shows nothing during rests, and nothing for an exercise without a figure', async () => {
    const { exercise, steps } = stepsFor({ sets: 2, reps: 5 });
    expect(
      await shown(
        exercise,
        steps.find((s) => s.kind === 'rest-set')!,
      ),
    ).to.equal(null);
    const { figure: _figure, ...plain } = exercise;
    expect(
      await shown(
        plain as Exercise,
        steps.find((s) => s.kind === 'work')!,
      ),
    ).to.equal(null);
  });
});
