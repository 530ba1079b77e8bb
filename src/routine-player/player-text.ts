/**
 * The player's words, in one place: what each step is called, what the voice says at it, and how
 * numbers and durations are written. Every sentence goes through `msg()`; every number through Intl,
 * with the element's locale. Functions, not constants, so a locale change re-renders in the new language.
 */
import { msg, str } from '@lit/localize';
import type { Range } from '../core/dosage-types.js';
import { formatRange } from '../core/format-dosage.js';
import type { TimelineStep } from '../core/timeline-types.js';
import { formatDuration } from '../core/format-duration.js';
import { pickText } from '../internal/localized-text.js';
import { pluralMessage } from '../internal/plural-message.js';

export class PlayerText {
  constructor(readonly locale: string) {}

  /** Authored text (plain or a language map) in the reader's language. */
  text(value: Parameters<typeof pickText>[0]): string {
    return pickText(value, this.locale);
  }

  number(n: number): string {
    return this.format({}).format(n);
  }

  range(range: Range): string {
    return formatRange(range, this.locale);
  }

  seconds(s: number): string {
    return this.format({ style: 'unit', unit: 'second', unitDisplay: 'short' }).format(s);
  }

  /** "about 3 minutes" for the overview; at least one minute. */
  aboutMinutes(totalSeconds: number): string {
    const minutes = Math.max(1, Math.round(totalSeconds / 60));
    const phrase = this.format({ style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes);
    return msg(str`About ${phrase}`);
  }

  /** A time taken, in the locale's words for durations: "45 sec", "3 min, 20 sec", "12 min". */
  duration(ms: number): string {
    return formatDuration(Math.max(0, Math.round(ms / 1000)), this.locale);
  }

  side(side: 'left' | 'right'): string {
    return side === 'left' ? msg('Left side') : msg('Right side');
  }

  /** "Set 2 of 3", or "Set 1 of 2–3" when the sets were written as a range. */
  set(set: number, sets: number, written: Range | null): string {
    const of = written !== null && typeof written !== 'number' ? this.range(written) : this.number(sets);
    return msg(str`Set ${this.number(set)} of ${of}`);
  }

  /**
   * UI parts of one line ("Left side", "Set 2 of 3") joined the way the language joins a short list
   * of units: a comma in English and German, "و" in Arabic, nothing in Chinese.
   */
  parts(parts: readonly string[]): string {
    const shown = parts.filter(Boolean);
    try {
      return new Intl.ListFormat(this.locale, { type: 'unit', style: 'short' }).format(shown);
    } catch {
      return shown.join(', ');
    }
  }

  /** Things in a sentence, "a towel, a band and a chair", in the element's language. */
  list(items: readonly string[]): string {
    try {
      return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }

  /** "3 done, 1 skipped": what a session did, with the skipped exercises apart. */
  doneSkipped(done: number, skipped: number): string {
    return msg(str`${this.number(done)} done, ${this.number(skipped)} skipped`);
  }

  /** The short name of a step's phase, shown above the timer; the very first step is "First up". */
  phase(step: TimelineStep, first = false): string {
    switch (step.kind) {
      case 'intro':
        return first ? msg('First up') : msg('Next section');
      case 'get-ready':
        return msg('Get ready');
      case 'work':
        switch (step.mode) {
          case 'timed':
          case 'open':
            return msg('Work');
          case 'hold-open':
            return msg('Hold');
          case 'reps-hold':
            return msg('Reps with hold');
          default:
            return msg('Reps');
        }
      case 'switch-sides':
        return msg('Switch sides');
      case 'rest-set':
      case 'rest-exercise':
        return msg('Rest');
      case 'finish':
        return msg('Finished');
    }
  }

  /** The title of a step: the exercise's name, or the section's title for an intro. */
  title(step: TimelineStep): string {
    switch (step.kind) {
      case 'intro':
        return this.text(step.sectionTitle);
      case 'rest-exercise':
        return msg('Rest');
      case 'finish':
        return msg('Routine complete');
      default:
        return this.text(step.exerciseName);
    }
  }

  /**
   * What is said (by voice) and announced (to screen readers) when a step begins: the exercise
   * name, "switch sides", "rest", "last set".
   */
  spoken(step: TimelineStep): string {
    switch (step.kind) {
      case 'intro':
        return this.text(step.sectionTitle);
      case 'get-ready':
        return msg(str`Get ready: ${this.text(step.exerciseName)}`);
      case 'work': {
        // "Knee wags. 10 to 15 reps. Left side.": the patient hears what to do without looking.
        const parts = [this.text(step.exerciseName), this.spokenTarget(step)].filter(Boolean);
        if (step.side) parts.push(this.side(step.side));
        if (step.sets > 1 && step.set === step.sets) parts.push(msg('Last set'));
        else if (step.sets > 1) parts.push(this.set(step.set, step.sets, step.setsRange));
        return parts.join('. ');
      }
      case 'switch-sides':
        return msg('Switch sides');
      case 'rest-set':
        return msg('Rest');
      case 'rest-exercise':
        return msg(str`Rest. Up next: ${this.text(step.next.exerciseName)}`);
      case 'finish':
        return msg('Routine complete. Well done.');
    }
  }

  /**
   * The target as said aloud: "10 to 15 reps", "10 reps", "30 seconds"; empty for open work. A range
   * is said in words ("10 to 15"), since a dash is read out as nothing or as "minus".
   */
  spokenTarget(step: TimelineStep): string {
    if (step.kind !== 'work') return '';
    if (step.mode === 'timed' && step.durationSeconds !== null) {
      return this.format({ style: 'unit', unit: 'second', unitDisplay: 'long' }).format(step.durationSeconds);
    }
    const range = step.repsRange;
    if (range !== null && typeof range !== 'number' && range.min !== range.max) {
      const min = this.number(range.min);
      const max = this.number(range.max);
      return msg(str`${min} to ${max} reps`);
    }
    if (step.mode === 'hold-open') return this.target(step);
    if (step.reps === null) return '';
    return step.sideMode === 'alternating' ? this.repsPerSide(step.reps / 2) : this.reps(step.reps);
  }

  /** The target of rep-based work: "10 reps", "10 reps, hold 5 sec", or "As many as feel right". */
  target(step: TimelineStep): string {
    if (step.kind !== 'work') return '';
    if (step.mode === 'hold-open') return msg('Hold as long as feels comfortable');
    if (step.reps === null) return msg('Go at your own pace');
    const reps = step.sideMode === 'alternating' ? this.repsPerSide(step.reps / 2) : this.reps(step.reps);
    return step.holdSeconds !== null ? msg(str`${reps}, hold ${this.seconds(step.holdSeconds)} each`) : reps;
  }

  /** "10 reps", in the plural form the UI language uses for the count. */
  reps(count: number): string {
    const n = this.number(count);
    return pluralMessage(count, {
      zero: () => msg(str`${n} reps`, { id: 'player.reps.zero' }),
      one: () => msg(str`${n} rep`, { id: 'player.reps.one' }),
      two: () => msg(str`${n} reps`, { id: 'player.reps.two' }),
      few: () => msg(str`${n} reps`, { id: 'player.reps.few' }),
      many: () => msg(str`${n} reps`, { id: 'player.reps.many' }),
      other: () => msg(str`${n} reps`, { id: 'player.reps.other' }),
    });
  }

  /** "5 reps per side, alternating". */
  repsPerSide(count: number): string {
    const n = this.number(count);
    return pluralMessage(count, {
      zero: () => msg(str`${n} reps per side, alternating`, { id: 'player.repsPerSide.zero' }),
      one: () => msg(str`${n} rep per side, alternating`, { id: 'player.repsPerSide.one' }),
      two: () => msg(str`${n} reps per side, alternating`, { id: 'player.repsPerSide.two' }),
      few: () => msg(str`${n} reps per side, alternating`, { id: 'player.repsPerSide.few' }),
      many: () => msg(str`${n} reps per side, alternating`, { id: 'player.repsPerSide.many' }),
      other: () => msg(str`${n} reps per side, alternating`, { id: 'player.repsPerSide.other' }),
    });
  }

  /** "4 exercises in this section.", shown when a section has no summary of its own. */
  sectionExercises(count: number): string {
    const n = this.number(count);
    return pluralMessage(count, {
      zero: () => msg(str`${n} exercises in this section.`, { id: 'player.sectionExercises.zero' }),
      one: () => msg(str`${n} exercise in this section.`, { id: 'player.sectionExercises.one' }),
      two: () => msg(str`${n} exercises in this section.`, { id: 'player.sectionExercises.two' }),
      few: () => msg(str`${n} exercises in this section.`, { id: 'player.sectionExercises.few' }),
      many: () => msg(str`${n} exercises in this section.`, { id: 'player.sectionExercises.many' }),
      other: () => msg(str`${n} exercises in this section.`, { id: 'player.sectionExercises.other' }),
    });
  }

  private format(options: Intl.NumberFormatOptions): Intl.NumberFormat {
    try {
      return new Intl.NumberFormat(this.locale, options);
    } catch {
      return new Intl.NumberFormat(undefined, options);
    }
  }
}
