/**
 * The two lines of words around the timer: the cue for this moment (a coaching tip, the first
 * instruction, what to do in a rest) and "Up next". Author text inside a UI sentence is wrapped in
 * Unicode isolates (FSI … PDI), so an English name keeps its order in an Arabic sentence and the other
 * way round; UI parts are joined the way the language joins them, and a lone set ("Set 1 of 1") is
 * never mentioned.
 */
import { msg, str } from '@lit/localize';
import { currentStep, type PlayerState } from '../core/player-reducer.js';
import type { TimelineStep } from '../core/timeline-types.js';
import type { Exercise } from '../data/exercise-schema.js';
import type { Routine } from '../data/routine-schema.js';
import type { PlayerText } from './player-text.js';

/** Author text isolated inside a UI sentence (first-strong isolate … pop directional isolate). */
export const isolate = (text: string): string => (text ? `\u2068${text}\u2069` : '');

export interface StepContext {
  t: PlayerText;
  routine: Routine;
  exercise: (itemKey: string) => Exercise | undefined;
}

/** The cue for this moment: a coaching tip, the first instruction, or what to do in a rest. */
export function cueFor(step: TimelineStep, c: StepContext): string {
  const { t } = c;
  switch (step.kind) {
    case 'intro': {
      const summary = t.text(c.routine.sections[step.sectionIndex]?.summary);
      return summary || t.sectionExercises(step.exerciseCount);
    }
    case 'get-ready': {
      const exercise = c.exercise(step.itemKey);
      return t.text(exercise?.steps?.[0]) || t.text(exercise?.cues?.[0]);
    }
    case 'work': {
      const cues = c.exercise(step.itemKey)?.cues ?? [];
      const note = c.routine.sections[step.sectionIndex]?.items[step.itemIndex]?.notes;
      const turn = step.set - 1 + (step.side === 'right' ? 1 : 0);
      const tip = cues.length ? t.text(cues[turn % cues.length]) : t.text(note);
      // Open steps show their target in the timer whatever the rep mode; a counter shows only "/ 10".
      const inTimer = step.durationSeconds !== null || step.mode === 'open' || step.mode === 'hold-open';
      const target = inTimer ? '' : t.target(step);
      // Author text alone keeps its own direction (`dir="auto"` on the line); beside UI words it is isolated.
      return target && tip ? `${target} · ${isolate(tip)}` : target || tip;
    }
    case 'switch-sides':
      return msg('Switch to the right side.');
    case 'rest-set':
      return msg('Breathe easy and rest.');
    case 'rest-exercise':
      return t.text(c.exercise(step.next.itemKey)?.steps?.[0]);
    case 'finish':
      return '';
  }
}

/** "Up next: Right side", "Up next: Left side, Set 2 of 3", "Up next: Bridge", "Up next: the end". */
export function upNext(s: PlayerState, t: PlayerText): string {
  const step = currentStep(s);
  const later = s.timeline
    .slice(s.index + 1)
    .find((x) => x.kind === 'work' || x.kind === 'get-ready' || x.kind === 'intro' || x.kind === 'finish');
  if (!step || !later) return '';
  if (later.kind === 'finish') return msg('Up next: the end');
  if (later.kind === 'intro') return msg(str`Up next: ${isolate(t.text(later.sectionTitle))}`);
  const sameExercise = 'itemKey' in step && step.itemKey === later.itemKey;
  if (later.kind === 'work' && sameExercise) {
    const parts = t.parts([
      later.side ? t.side(later.side) : '',
      // Only a real choice of sets is worth saying: never "Set 1 of 1".
      later.sets > 1 ? t.set(later.set, later.sets, later.setsRange) : '',
    ]);
    return msg(str`Up next: ${parts || isolate(t.text(later.exerciseName))}`);
  }
  return msg(str`Up next: ${isolate(t.text(later.exerciseName))}`);
}
