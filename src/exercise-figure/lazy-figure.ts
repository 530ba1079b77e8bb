/**
 * How the card and the player show an exercise's figure without paying for it: they render the
 * `<exercise-figure>` tag, and the element's code (the drawing, the pose library) is fetched with a
 * dynamic `import()` the first time an exercise with a figure is shown. Until it arrives the tag is
 * an empty block; pages whose data has no figure never fetch it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { rangeMin } from '../core/dosage-types.js';
import type { TimelineStep } from '../core/timeline-types.js';
import type { Exercise } from '../data/exercise-schema.js';

let requested = false;

function load(): void {
  // Only in a browser: a server render leaves the tag for the page's script to upgrade.
  if (requested || typeof document === 'undefined' || typeof customElements === 'undefined') return;
  requested = true;
  if (customElements.get('exercise-figure')) return;
  import('./exercise-figure.js').catch((error: unknown) => {
    requested = false;
    console.error('exercise-elements: could not load <exercise-figure>', error);
  });
}

/** The card's figure: the movement at a steady pace, holding for the dosage's hold. */
export function cardFigure(exercise: Exercise, theme: string | undefined): TemplateResult | typeof nothing {
  if (!exercise.figure) return nothing;
  load();
  const hold = exercise.dosage?.holdSeconds;
  return html`<exercise-figure
    class="figure"
    .figure=${exercise.figure}
    hold=${ifDefined(hold === undefined ? undefined : rangeMin(hold))}
    theme=${ifDefined(theme)}
  ></exercise-figure>`;
}

export interface StepFigureOptions {
  repsDone: number;
  paused: boolean;
  /** Whether the patient counts each rep (the figure then moves once per counted rep). */
  counting: boolean;
}

/**
 * The player's figure for a step: still while getting ready or changing sides (at the start
 * position), holding during timed work and holds with no time given (a plank), one movement per counted rep, or moving at the
 * work's pace with its hold.
 */
export function stepFigure(
  exercise: Exercise | undefined,
  step: TimelineStep,
  options: StepFigureOptions,
): TemplateResult | typeof nothing {
  if (!exercise?.figure) return nothing;
  if (step.kind !== 'work' && step.kind !== 'get-ready' && step.kind !== 'switch-sides') return nothing;
  load();
  const work = step.kind === 'work' ? step : undefined;
  const state = !work
    ? 'still'
    : work.mode === 'timed' || work.mode === 'hold-open'
      ? 'hold'
      : options.counting
        ? 'still'
        : 'moving';
  const side = work ? work.side : step.kind === 'switch-sides' ? 'right' : undefined;
  return html`<exercise-figure
    class="figure"
    .figure=${exercise.figure}
    state=${state}
    side=${ifDefined(side ?? undefined)}
    hold=${ifDefined(work?.holdSeconds ?? undefined)}
    .rep=${work && options.counting ? options.repsDone : undefined}
    ?paused=${options.paused}
  ></exercise-figure>`;
}
