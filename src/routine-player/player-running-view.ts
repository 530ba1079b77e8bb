/**
 * The running screen: exercise name and first image, the cue for this moment, a big timer or rep count
 * inside the progress ring, the side and "Set 2 of 3", up next, overall progress and time left, the
 * controls, the "This hurts" button and the keyboard shortcuts. State comes in as props; intent goes
 * out through the callbacks. The ticking timer is a `role="timer"` (not announced); phase changes are
 * announced by the element's own live region.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { formatClock } from '../core/format-clock.js';
import type { TimelineStep, WorkStep } from '../core/timeline-types.js';
import type { Exercise, Variation } from '../data/exercise-schema.js';
import { stepFigure } from '../exercise-figure/lazy-figure.js';
import { heading } from './player-heading.js';
import type { PlayerText } from './player-text.js';
import { REST_EXTENSION_SECONDS } from '../rep-counter/rep-counter.component.js';
// The player embeds `<rep-counter>`: registering it here (guarded) keeps the class usable under any
// tag name, as Shoelace does with a component's dependencies. The player itself is never registered here.
import '../rep-counter/rep-counter.js';

export interface RunningProps {
  t: PlayerText;
  step: TimelineStep;
  /** Position in the session: 0-based index and number of steps before `finish`. */
  index: number;
  count: number;
  paused: boolean;
  /** Whether the "This hurts" dialog is open: the embedded counter is paused with the player. */
  hurt: boolean;
  /** The one sound control: beeps, voice and the counter's ticks and tones (vibration is apart). */
  muted: boolean;
  /** Whether Previous can go anywhere (not on the first step). */
  canGoBack: boolean;
  /** Whether this is the session's first step (its intro reads "First up", not "Next section"). */
  first: boolean;
  /** Key of this step in this session; the embedded counter is re-created per key. */
  stepKey: string;
  headingLevel: number;
  exercise: Exercise | undefined;
  /** The easier variation chosen for this exercise in the "This hurts" dialog, if any. */
  easier: Variation | undefined;
  cue: string;
  upNext: string;
  repMode: 'count' | 'done';
  repsDone: number;
  timeLeftMs: number | null;
  /** Time spent in this step so far (pauses left out): the count-up of a hold with no time given. */
  elapsedMs: number;
  totalLeftMs: number;
  /** The progress ring (a template, keyed per running stretch), or `nothing` where it cannot move. */
  ring: unknown;
  /** The "How to do it" disclosure for this step's exercise, or `nothing`. */
  howTo: unknown;
  focusMode: boolean;
  /** The element's writing direction: the arrow keys and their legend follow it. */
  dir: 'ltr' | 'rtl';
  wakeLockNote: boolean;
  /** Said once when storage refuses the session: it runs on, but a reload starts over. Empty: none. */
  storageNote: string;
  /** The transition flash overlay, when the flash cue is on. */
  flash: unknown;
  cueSettings: TemplateResult;
  onToggle: () => void;
  onSound: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onRestart: () => void;
  onExtend: () => void;
  onDone: () => void;
  onHurt: () => void;
  onFocusMode: () => void;
  onCounterRep: (event: Event) => void;
  onCounterDone: (event: Event) => void;
  onCounterOther: (event: Event) => void;
}

/** The phases a patient tells apart at a glance, each with its own colour, word and shape. */
export type PhaseLook = 'ready' | 'work' | 'rest' | 'switch' | 'paused';

export function phaseLook(step: TimelineStep, paused: boolean): PhaseLook {
  if (paused) return 'paused';
  switch (step.kind) {
    case 'work':
      return 'work';
    case 'rest-set':
    case 'rest-exercise':
      return 'rest';
    case 'switch-sides':
      return 'switch';
    default:
      return 'ready';
  }
}

/**
 * The shape beside the phase word, so the phase never rests on colour alone: a triangle (get ready), a
 * filled circle (work), a crescent (rest), two arrows (switch sides), two bars (paused).
 */
const SHAPES: Record<PhaseLook, string> = {
  ready: 'M5 4l15 8-15 8z',
  work: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  rest: 'M15 3a9 9 0 1 0 6 15.6A7.5 7.5 0 0 1 15 3z',
  switch: 'M4 8h13l-4-4M20 16H7l4 4',
  paused: 'M6 4h4v16H6zM14 4h4v16h-4z',
};

const phaseShape = (look: PhaseLook): TemplateResult =>
  html`<svg class="phase-shape" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${
      look === 'switch'
        ? svg`<path d=${SHAPES[look]} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"></path>`
        : svg`<path d=${SHAPES[look]} fill="currentColor"></path>`
    }
  </svg>`;

/** The loudspeaker of the sound control, struck through while muted. */
const speaker = (muted: boolean): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor"></path>`}
    ${
      muted
        ? svg`<path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>`
        : svg`<path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>`
    }
  </svg>`;

/**
 * The previous/next chevrons point the way the steps run: drawn for left-to-right, mirrored by the
 * stylesheet (`.base[dir='rtl'] .icon-dir`) in right-to-left languages.
 */
const chevron = (towards: 'back' | 'forward'): TemplateResult =>
  html`<svg class="icon icon-dir ${towards}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${svg`<path d=${towards === 'back' ? 'M15 5 8 12l7 7' : 'M9 5l7 7-7 7'} fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"></path>`}
  </svg>`;

/** One arrow key in the shortcuts legend, with its spoken name. */
const arrowKey = (key: 'left' | 'right'): TemplateResult =>
  key === 'left'
    ? html`<kbd
        ><span aria-hidden="true">←</span><span class="visually-hidden">${msg('Left arrow')}</span></kbd
      >`
    : html`<kbd
        ><span aria-hidden="true">→</span><span class="visually-hidden">${msg('Right arrow')}</span></kbd
      >`;

export function renderRunning(p: RunningProps): TemplateResult {
  const { t, step } = p;
  const isRest = step.kind === 'rest-set' || step.kind === 'rest-exercise';
  const percent = p.count > 0 ? Math.round((100 * p.index) / p.count) : 0;
  const look = phaseLook(step, p.paused);
  return html`<section
    class="running"
    data-kind=${step.kind}
    data-phase=${look}
    aria-labelledby="step-title"
    aria-describedby="step-phase"
  >
    ${p.flash}
    <div class="progress-row">
      <span class="position">${msg(str`Step ${t.number(p.index + 1)} of ${t.number(p.count)}`)}</span>
      <progress
        part="progress"
        class="progress"
        max="100"
        value=${percent}
        aria-label=${msg('Routine progress')}
      ></progress>
      <span class="time-left">${msg(str`${formatClock(p.totalLeftMs, t.locale)} left`)}</span>
    </div>
    <p id="step-phase" part="phase" class="phase">
      ${phaseShape(look)}<span>${p.paused ? msg('Paused') : t.phase(step, p.first)}</span>
    </p>
    ${heading(p.headingLevel, t.title(step), {
      part: 'step-title',
      id: 'step-title',
      className: 'step-title',
      dir: 'auto',
    })}
    ${renderBadges(p)} ${renderMedia(p)}
    ${
      p.easier
        ? html`<p class="easier">
            <strong>${msg(str`Easier variation: ${t.text(p.easier.name)}`)}</strong>
            ${p.easier.summary ? html`<span dir="auto">${t.text(p.easier.summary)}</span>` : nothing}
          </p>`
        : nothing
    }
    ${p.cue ? html`<p part="cue" class="cue" dir="auto">${p.cue}</p>` : nothing} ${renderTimer(p)}
    ${p.upNext ? html`<p class="up-next">${p.upNext}</p>` : nothing} ${p.howTo}
    <div part="controls" class="controls" role="group" aria-label=${msg('Player controls')}>
      <button type="button" class="control previous" ?disabled=${!p.canGoBack} @click=${p.onPrevious}>
        ${chevron('back')}<span>${msg('Previous')}</span>
      </button>
      <button type="button" class="control primary play" aria-keyshortcuts="Space" @click=${p.onToggle}>
        ${p.paused ? msg('Resume') : msg('Pause')}
      </button>
      <button type="button" class="control next" @click=${p.onNext}>
        <span>${msg('Next')}</span>${chevron('forward')}
      </button>
      ${
        isRest
          ? html`<button
              type="button"
              class="control"
              aria-label=${msg(str`Add ${t.seconds(REST_EXTENSION_SECONDS)} of rest`)}
              @click=${p.onExtend}
            >
              +${t.seconds(REST_EXTENSION_SECONDS)}
            </button>`
          : nothing
      }
      <button type="button" class="control" @click=${p.onRestart}>${msg('Restart')}</button>
      <button
        type="button"
        class="control sound"
        aria-pressed=${p.muted ? 'true' : 'false'}
        @click=${p.onSound}
      >
        ${speaker(p.muted)}<span>${msg('Mute')}</span>
      </button>
      <button
        type="button"
        class="control"
        aria-pressed=${p.focusMode ? 'true' : 'false'}
        @click=${p.onFocusMode}
      >
        ${msg('Focus mode')}
      </button>
    </div>
    <button type="button" part="hurt" class="hurt" @click=${p.onHurt}>${msg('This hurts')}</button>
    ${
      p.wakeLockNote
        ? html`<p class="note">${msg('This browser cannot keep the screen on: tap it now and then.')}</p>`
        : nothing
    }
    ${p.storageNote ? html`<p class="note storage-note">${p.storageNote}</p>` : nothing}
    <div class="extras">
      <details class="shortcuts">
        <summary>${msg('Keyboard shortcuts')}</summary>
        <dl>
          <dt><kbd>${msg('Space')}</kbd></dt>
          <dd>${msg('Pause or resume')}</dd>
          <dt>${arrowKey(p.dir === 'rtl' ? 'right' : 'left')}</dt>
          <dd>${msg('Previous step')}</dd>
          <dt>${arrowKey(p.dir === 'rtl' ? 'left' : 'right')}</dt>
          <dd>${msg('Next step')}</dd>
          <dt><kbd>${msg('Esc')}</kbd></dt>
          <dd>${msg('Leave focus mode')}</dd>
        </dl>
      </details>
      ${p.cueSettings}
    </div>
  </section>`;
}

function renderBadges(p: RunningProps): TemplateResult | typeof nothing {
  const { t, step } = p;
  const badges: string[] = [];
  if (step.kind === 'work') {
    if (step.side) badges.push(t.side(step.side));
    if (step.sets > 1) badges.push(t.set(step.set, step.sets, step.setsRange));
  } else if (step.kind === 'switch-sides') {
    badges.push(t.side('right'));
  } else if (step.kind === 'rest-set') {
    badges.push(t.set(step.afterSet + 1, step.sets, null));
  }
  if (!badges.length) return nothing;
  return html`<ul part="badges" class="badges" aria-label=${msg('Where you are')}>
    ${badges.map((badge) => html`<li>${badge}</li>`)}
  </ul>`;
}

function renderMedia(p: RunningProps): TemplateResult | typeof nothing {
  // The drawn figure (issue 22) follows the step: its code loads only for an exercise that has one.
  const figure = stepFigure(p.exercise, p.step, {
    repsDone: p.repsDone,
    paused: p.paused,
    counting: p.repMode === 'count',
  });
  const image = p.exercise?.media?.images?.[0];
  if (!image || p.step.kind === 'rest-exercise' || p.step.kind === 'intro') return figure;
  return html`<figure part="media" class="media">
    ${figure}
    <img
      src=${image.src}
      alt=${p.t.text(image.alt)}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      decoding="async"
    />
  </figure>`;
}

function renderTimer(p: RunningProps): TemplateResult {
  const { t, step } = p;
  if (step.kind === 'work' && step.durationSeconds === null) return renderGate(p, step);
  return html`<div part="timer" class="timer ${p.paused ? 'is-paused' : ''}">
    ${p.ring}
    <span class="readout clock" role="timer" aria-label=${msg('Time left in this step')}>
      ${formatClock(p.timeLeftMs ?? 0, t.locale)}
    </span>
    ${pausedMark(p)}
  </div>`;
}

/** What the player gives the counter for a step (the strings it sets as properties). */
export interface CounterSetup {
  target: string | undefined;
  hold: string | undefined;
  side: 'alternating' | undefined;
}

/** What the embedded counter is given for a work step (per side when alternating). */
export function counterSetup(step: WorkStep): CounterSetup {
  const target = step.reps === null ? undefined : step.sideMode === 'alternating' ? step.reps / 2 : step.reps;
  return {
    target: target === undefined ? undefined : String(target),
    hold: step.holdSeconds === null ? undefined : String(step.holdSeconds),
    side: step.sideMode === 'alternating' ? 'alternating' : undefined,
  };
}

/** Inside the timer while paused: the word in big letters over the frozen time, so nobody misses it. */
function pausedMark(p: RunningProps): TemplateResult | typeof nothing {
  return p.paused ? html`<span class="paused-mark" aria-hidden="true">${msg('Paused')}</span>` : nothing;
}

function renderGate(p: RunningProps, step: WorkStep): TemplateResult {
  const { t } = p;
  // A step with nothing to count gets no counter, even in `rep-mode="count"`: its ring could never move.
  if (p.repMode === 'count' && step.mode !== 'open' && step.mode !== 'hold-open') {
    const setup = counterSetup(step);
    // Paused (by Pause or the "This hurts" dialog) freezes every clock the counter runs, its hold
    // included, and it ignores taps; it continues with the time it had left. The counter says so
    // itself (its count dims, "Paused" above it and with the hold's seconds under it), so no stamp
    // of ours lies over those seconds. Its sound follows the
    // player's one sound control, so its own Mute button is hidden.
    return html`<div part="timer" class="timer counter ${p.paused ? 'is-paused' : ''}">
      ${keyed(
        p.stepKey,
        html`<rep-counter
          .target=${setup.target}
          .hold=${setup.hold}
          .side=${setup.side}
          .sets=${'1'}
          .paused=${p.paused || p.hurt}
          .muted=${p.muted}
          no-mute-button
          data-step=${p.stepKey}
          lang=${t.locale}
          @ex-rep=${p.onCounterRep}
          @ex-complete=${p.onCounterDone}
          @ex-set-complete=${p.onCounterOther}
          @ex-side-change=${p.onCounterOther}
        ></rep-counter>`,
      )}
    </div>`;
  }
  // A hold with no time given counts the time held up, so the patient sees it grow; no ring, no end.
  // Paused lies across the time held, not across the words under it.
  const openHold = step.mode === 'hold-open';
  const held = openHold
    ? html`<span class="held-box">
        <span class="held clock" role="timer" aria-label=${msg('Time held so far')}>
          ${formatClock(p.elapsedMs, t.locale)}
        </span>
        ${pausedMark(p)}
      </span>`
    : nothing;
  return html`<div part="timer" class="timer gate ${p.paused ? 'is-paused' : ''}" data-mode=${step.mode}>
    ${p.ring} ${openHold ? nothing : pausedMark(p)}
    <span class="readout">
      ${held}
      <span class="target">${t.target(step)}</span>
      <button type="button" part="done" class="done big" ?disabled=${p.paused} @click=${p.onDone}>
        ${msg('Done')}
      </button>
    </span>
  </div>`;
}
