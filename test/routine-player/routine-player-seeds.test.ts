import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { SessionSummary } from '../../src/core/player-reducer.js';
import { buildTimeline } from '../../src/core/routine-timeline.js';
import type { ExStepChangeDetail } from '../../src/internal/events.js';
import {
  clearLibraryStorage,
  fakeClock,
  part,
  recordEvents,
  runToEnd,
  SEED_IDS,
  seedPlayer,
  shadow,
} from './helpers.js';

/** Facts read off each seed routine by hand, so the run is checked against more than the timeline itself. */
const EXPECTED: Record<(typeof SEED_IDS)[number], { steps: number; contains: string[]; exercises: number }> =
  {
    'ql-butt-walk': {
      steps: 10,
      contains: ['s0-i0-set1-work', 's1-i0-set1-rest', 's1-i0-set2-work'],
      exercises: 2,
    },
    'glutes-lower-back-program': {
      steps: 45,
      contains: ['s3-intro', 's1-i0-set2-work', 's2-i1-set1-switch', 's2-i1-set1-right-work'],
      exercises: 11,
    },
    'gentle-glute-exercises': { steps: 16, contains: ['s0-i4-set1-work'], exercises: 5 },
    'banded-glute-exercises': {
      steps: 28,
      contains: ['s0-i1-set3-left-work', 's0-i1-set3-switch', 's0-i1-set3-right-work'],
      exercises: 3,
    },
    'hip-routine-radiating-pain': {
      steps: 18,
      contains: ['s0-i0-set1-switch', 's1-i0-set1-work'],
      exercises: 4,
    },
  };

describe('<routine-player> runs each seed routine from Start to the summary', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearLibraryStorage();
  });

  for (const id of SEED_IDS) {
    it(`walks every step of ${id} in order and fires ex-routine-complete exactly once`, async () => {
      const el = await seedPlayer(id);
      const expected = EXPECTED[id];
      clock = fakeClock();
      const log = recordEvents(el);
      (part(el, 'start') as HTMLButtonElement).click();
      await el.updateComplete;
      await runToEnd(el, clock);

      const visited = log.of<ExStepChangeDetail>('ex-step-change').map((d) => d.step.id);
      const timeline = buildTimeline(el.data!);
      expect(visited).to.deep.equal(timeline.map((s) => s.id));
      expect(visited.length).to.equal(expected.steps);
      for (const stepId of expected.contains) expect(visited).to.include(stepId);
      expect(visited.at(-1)).to.equal('finish');
      expect(log.of<ExStepChangeDetail>('ex-step-change').map((d) => d.index)).to.deep.equal(
        timeline.map((_, i) => i),
      );

      expect(log.names.filter((n) => n === 'ex-routine-start')).to.have.length(1);
      expect(log.names.filter((n) => n === 'ex-routine-complete')).to.have.length(1);
      const [{ summary }] = log.of<{ summary: SessionSummary }>('ex-routine-complete');
      expect(summary.status).to.equal('complete');
      expect(summary.done).to.have.length(expected.exercises);
      expect(summary.skipped).to.have.length(0);

      // The summary is on screen, and more time or more renders never complete it again.
      expect(part(el, 'summary')).to.not.equal(null);
      expect(shadow(el).querySelector('.summary-title')!.textContent).to.contain('Routine complete');
      await clock.tickAsync(120_000);
      el.requestUpdate();
      await el.updateComplete;
      expect(log.names.filter((n) => n === 'ex-routine-complete')).to.have.length(1);
      expect(clock.countTimers()).to.equal(0);
    });
  }
});
