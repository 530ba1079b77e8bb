import { msg, str } from '@lit/localize';
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { routineHash } from '../core/content-hash.js';
import {
  canGoBack,
  countsTowardHistory,
  currentStep,
  diffEvents,
  elapsedInStep,
  initialState,
  reduce,
  summarize,
  timeLeftInStep,
  totalTimeLeft,
  type PlayerAction,
  type PlayerEvent,
  type PlayerState,
  type SessionSummary,
  type StopReason,
} from '../core/player-reducer.js';
import { buildTimeline, estimateSteps, sameTimeline } from '../core/routine-timeline.js';
import type { Pace, TimelineStep } from '../core/timeline-types.js';
import type { Exercise, Variation } from '../data/exercise-schema.js';
import { resolveRoutineItems, type ResolvedItem } from '../data/resolve-routine.js';
import type { Routine, RoutineInput } from '../data/routine-schema.js';
import { loadDosageTextReaderFor } from '../data/lazy-dosage-text-reader.js';
import { validateRoutineLenient } from '../data/validate-routine.js';
import { renderAuthorWarnings } from '../internal/author-warnings.js';
import { ClockController } from '../internal/clock-controller.js';
import { DocumentLoader } from '../internal/document-loader.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { readMuted, writeMuted } from '../internal/feedback-controller.js';
import { localeReady, uiLocale } from '../internal/locale-loader.js';
import { resolveLocale } from '../internal/localized-text.js';
import {
  claimPlayback,
  registerPlayer,
  unregisterPlayer,
  type CoordinatedPlayer,
} from '../internal/player-coordinator.js';
import { progressRing, progressRingStyles } from '../internal/progress-ring.js';
import {
  addCheckinToHistory,
  clearHistory,
  readCuePrefs,
  readHistory,
  writeCuePref,
  type CueName,
  type HistoryEntry,
  type SavedSession,
} from '../internal/session-store.js';
import { themeTokens } from '../internal/theme.styles.js';
import { WakeLockController } from '../internal/wake-lock-controller.js';
import type { RepCounter } from '../rep-counter/rep-counter.component.js';
import { REST_EXTENSION_SECONDS } from '../rep-counter/rep-counter.component.js';
import { renderCueSettings } from './cue-settings-view.js';
import { FocusModeController } from './focus-mode.js';
import { renderHowTo } from './how-to-view.js';
import { routineMessages, storageNoteText } from './loader-messages.js';
import { renderPainDialog } from './pain-dialog.js';
import { exerciseAt, skipRestOfExercise } from './pain-flow.js';
import { countsDown, PlayerCueController, type CueSettings } from './player-cues.js';
import { renderOverview } from './player-overview.js';
import { renderRunning } from './player-running-view.js';
import { RECENT_SESSIONS, renderSummary, type CheckinValue } from './player-summary.js';
import { PlayerText } from './player-text.js';
import { routinePlayerStyles } from './routine-player.styles.js';
import {
  forgetSession,
  persistChange,
  recordInHistory,
  resumeOfferFor,
  saveFrozen,
  type SessionKey,
} from './session-persistence.js';
import { historyText, recentSessions } from './history-text.js';
import { keyIntent } from './player-keys.js';
import { renderError, renderLoading } from './status-views.js';
import { displayUrl } from '../core/safe-url.js';
import { cueFor, isolate, upNext } from './step-words.js';
import { ROUTINE_JSON_LD_MARKER, StructuredDataSync } from './structured-data.js';

export { ROUTINE_JSON_LD_MARKER };

/** The screen follows a countdown once a second; the ring moves in CSS in between. */
const DISPLAY_STEP_MS = 1000;

/** The cues a user can switch, and their defaults when neither the author nor the user chose. */
export const CUE_DEFAULTS: Readonly<Record<CueName, boolean>> = Object.freeze({
  beeps: true,
  voice: true,
  voiceCounts: false,
  vibrate: true,
  flash: false,
});

/** `beeps="off"` (also `false`, `0`, `no`) turns a cue off; any other value, or the bare attribute, on. */
const cueConverter = {
  fromAttribute(value: string | null): boolean | undefined {
    if (value === null) return undefined;
    return !['off', 'false', '0', 'no'].includes(value.trim().toLowerCase());
  },
  toAttribute(value: boolean | undefined): string | null {
    return value === undefined ? null : value ? 'on' : 'off';
  },
};

/** Everything derived from the routine and the pace, rebuilt when either changes. */
interface Built {
  routine: Routine;
  pace: Pace;
  timeline: TimelineStep[];
  hash: string;
  items: Map<string, ResolvedItem>;
  estimateSeconds: number;
}

/** What the element shows: `loading`, `error`, `overview`, a step kind while running, `complete` or `stopped`. */
export type PlayerPhase = 'loading' | 'error' | 'overview' | TimelineStep['kind'] | 'complete' | 'stopped';

const isPace = (value: unknown): value is Pace => value === 'min' || value === 'mid' || value === 'max';

/**
 * A guided follow-along for a whole routine: an overview, then each step with a big timer or rep
 * count, cues by sound, voice and vibration, and a summary with an optional check-in.
 *
 * **Data** comes in as the `routine` property, the `src` attribute or an inline child
 * `<script type="application/json">`, through the library's shared loader (same precedence, errors
 * and `ex-error` as `<exercise-card>`), or as a child `<script type="text/x-exercise-routine">` in the
 * authoring text format, with `&` and `<` written `&amp;` and `&lt;` (its parser loads only then).
 *
 * **Timing** uses timestamps, never counted ticks: the pure reducer (`src/core/player-reducer.ts`)
 * gets `now` with every action, and the element wakes only when the whole seconds shown change, so it
 * renders about once a second while counting; the ring moves by CSS. No timer runs while paused, in a
 * rep-based step (it waits for the user), or after the element is removed. When the tab was hidden or
 * throttled, the next wake (or the tab becoming visible) catches up at once: steps that ended while
 * away are skipped, each starting when the one before it ended, and the player lands in the step that
 * is current now. We chose skipping over pausing because the player only ever runs fixed-length steps
 * by itself (countdowns, rests, timed work); every rep-based step is a gate that waits, so catching up
 * can never skip work the user did not do.
 *
 * **Starting from a card.** `autostart` (the card's follow-along sets it) starts the session as soon as
 * the routine is ready, straight into the exercise's get-ready countdown (no overview, no section
 * intro); `start()` does the same from code.
 *
 * **Keys** (while focus is in the player): Space pauses or resumes (on a focused button Space presses
 * that button, as everywhere), ← goes to the previous step, → to the next (mirrored in right-to-left
 * languages, where the next step lies to the left), Esc leaves focus mode.
 *
 * **Cues.** `beeps` (Web Audio: 3-2-1 before the end of countdowns, timed work and rests, a high start
 * tone for work and a falling end tone after it), `voice` (speechSynthesis in the UI language, with an
 * installed voice of that language, silent when there is none: exercise name, "switch sides", "rest",
 * "last set"), `voice-counts` (also says "3, 2, 1"), `vibrate`
 * and `flash` (a screen flash at each transition, a calm colour change under reduced motion). The
 * user switches them in the "Sound and cues" panel. Precedence: an attribute or a property set by code
 * wins; otherwise the user's last choice, remembered in `localStorage`
 * (`exercise-elements:player-cues`); otherwise the default (all on but counts and flash). Write
 * `beeps="off"` to turn a cue off by attribute.
 *
 * **Persistence.** While a session runs, its progress is saved in `localStorage` under the routine's
 * id, together with a hash of its timeline; a reload offers "Resume where you left off" (the first,
 * main action), which lands on the same step with the time that was left and the reps already counted
 * in it. A session that reached the end with at least one exercise done goes to a private history on
 * the device, shown against the routine's frequency ("2 of 3–4 this week", weeks starting on Monday)
 * with its latest sessions ("3 done, 1 skipped"); one where every exercise was skipped does not count. `no-persist`
 * turns both off. Unreadable, foreign or blocked storage is ignored. When a save is refused (blocked
 * storage, a full quota), the session runs on without persistence and the player says so once, in a
 * visible note that is also announced politely.
 *
 * **Structured data.** With `structured-data`, the player writes the routine as a schema.org `HowTo`
 * with `HowToSection`s into its light DOM (`<script type="application/ld+json" data-routine-player>`),
 * through the same Trusted Types policy as the card.
 *
 * **Print.** The overview prints as a handout: title, frequency, each exercise with a small image,
 * its dosage and a tick box per set, the safety notes, the source and the page's address; no controls.
 *
 * **Testing and stories.** Set `state` to any `PlayerState` (e.g. built with `reduce` from the core)
 * to show that phase at once; setting it fires no events. Time comes from `now()`, which tests may
 * replace (or fake `Date`).
 *
 * Changing `routine`, `src` or `pace` rebuilds the timeline and returns to the overview, without events.
 * A session under way is saved first, so bringing the same routine back offers to resume it where it
 * was. Other attributes (`lang`, the cue switches, `theme`) apply at once and leave the session running.
 * Several players on one page: starting or resuming one pauses any other that is playing.
 * The embedded `<rep-counter>` (with `rep-mode="count"`) keeps its own events inside the player; it is
 * `paused` whenever the player is paused or "This hurts" is open (its hold clock freezes too).
 *
 * **Readable at a distance.** The big number is at least 64 px on a 390 px phone (96 px in focus mode)
 * and scales with the viewport; side, phase and hold seconds at least 20 px (28 px in focus mode).
 * Work, rest and switch sides each have their own colour, word and shape; paused changes the timer
 * itself (dimmed digits and the word across it).
 *
 * **Clinic advice.** The routine's `painAdvice`, or the `pain-advice` slot, is shown in the "This
 * hurts" dialog and in the summary after a stop.
 *
 * @summary A guided, timed follow-along for a whole routine with cues, "This hurts", persistence and a check-in.
 *
 * @slot pain-advice - The clinic's own advice and contact, shown in the "This hurts" dialog and in the summary after a stop; replaces the routine's `painAdvice`.
 *
 * @csspart base - The player's box, in every phase.
 * @csspart overview - The overview before starting.
 * @csspart title - The routine title in the overview.
 * @csspart start - The Start button (also "Start again" in the summary).
 * @csspart resume - The "Resume where you left off" button.
 * @csspart progress - The overall progress bar while running.
 * @csspart phase - The phase word with its shape (get ready, work, rest, switch sides, paused).
 * @csspart step-title - The current exercise's name while running.
 * @csspart badges - The side and set while running.
 * @csspart how-to - The "How to do it" disclosure while running.
 * @csspart media - The exercise's first image while running.
 * @csspart cue - The cue for this moment.
 * @csspart timer - The big timer, rep target or rep counter.
 * @csspart ring - The progress ring around the timer.
 * @csspart done - The big Done button of rep-based work (`rep-mode="done"`).
 * @csspart controls - The row of controls (previous, play/pause, next, +15 s, restart, mute, focus mode).
 * @csspart hurt - The "This hurts" button.
 * @csspart summary - The summary after the session.
 * @csspart checkin - The check-in form in the summary.
 *
 * @cssproperty [--ex-accent=#0f6e6e] - Accent: buttons, ring, progress.
 * @cssproperty [--ex-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--ex-surface=#ffffff] - Background.
 * @cssproperty [--ex-surface-2=#f3f6f6] - Background of panels and the rest phase.
 * @cssproperty [--ex-text=inherit] - Text colour.
 * @cssproperty [--ex-muted=#4a5757] - Secondary text.
 * @cssproperty [--ex-border=#cfd8d8] - Borders and the ring's track.
 * @cssproperty [--ex-danger=#a3261a] - "This hurts" and safety accents.
 * @cssproperty [--ex-danger-surface=#fdf0ee] - Safety callout background.
 * @cssproperty [--ex-radius=12px] - Corner radius.
 * @cssproperty [--ex-font=inherit] - Font family.
 * @cssproperty [--ex-focus=#1a5fb4] - Focus ring.
 * @cssproperty [--ex-space=1rem] - Base spacing.
 * @cssproperty [--ex-player-timer-size=14rem] - Diameter of the timer ring (larger in focus mode).
 * @cssproperty [--ex-phase-work=var(--ex-accent)] - Colour of work.
 * @cssproperty [--ex-phase-rest=#2f62b8] - Colour of rests.
 * @cssproperty [--ex-phase-switch=#9a5b00] - Colour of switching sides.
 * @cssproperty [--ex-phase-ready=#6a4aa8] - Colour of get ready and section intros.
 * @cssproperty [--ex-player-min-height=20rem] - Space reserved before the routine arrives.
 *
 * @event {CustomEvent<ExLoadDetail>} ex-load - The routine loaded and passed validation.
 * @event {CustomEvent<ExErrorDetail>} ex-error - Loading or validation failed; `detail` holds the message, its kind and the errors.
 * @event {CustomEvent<ExRoutineStartDetail>} ex-routine-start - A session started (Start, Start again, Restart, or Resume after a reload): `{ id }`.
 * @event {CustomEvent<ExStepChangeDetail>} ex-step-change - The current step changed (by time, a control or a key): `{ index, step }`; also for the final `finish` step.
 * @event {CustomEvent<ExPauseDetail>} ex-pause - The session was paused (by the user, "This hurts", or another player starting): `{ index }`.
 * @event {CustomEvent<ExPauseDetail>} ex-resume - The session was resumed: `{ index }`.
 * @event {CustomEvent<ExStopDetail>} ex-stop - The session was ended before its end: `{ reason, exerciseId }` (`pain` from "This hurts").
 * @event {CustomEvent<ExRoutineCompleteDetail>} ex-routine-complete - The last step was reached, exactly once per session: `{ summary }`.
 * @event {CustomEvent<ExCheckinDetail>} ex-checkin - The user saved the check-in: `{ pain, feeling, note, routineId }`.
 */
export class RoutinePlayer extends ExerciseElement implements CoordinatedPlayer {
  static override styles = [themeTokens, progressRingStyles, routinePlayerStyles];

  static override properties = {
    routine: { attribute: false },
    src: { reflect: true },
    repMode: { attribute: 'rep-mode' },
    pace: {},
    noPersist: { attribute: 'no-persist', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { attribute: 'structured-data', type: Boolean },
    autostart: { type: Boolean },
    theme: { reflect: true },
    beeps: { converter: cueConverter },
    voice: { converter: cueConverter },
    voiceCounts: { attribute: 'voice-counts', converter: cueConverter },
    vibrate: { converter: cueConverter },
    flash: { converter: cueConverter },
    muted: { converter: cueConverter },
    state: { attribute: false },
    _hurt: { state: true },
    _announcement: { state: true },
    _resumeOffer: { state: true },
    _easier: { state: true },
    _checkin: { state: true },
    _pain: { state: true },
    _history: { state: true },
    _confirmClear: { state: true },
    _wakeLockNote: { state: true },
    _storageNote: { state: true },
  };

  /** The routine as an object; takes precedence over `src` and inline JSON. */
  declare routine: RoutineInput | Routine | undefined;
  /** URL of a routine JSON file. */
  declare src: string | undefined;
  /** Rep-based work: `done` (default) shows a large Done button; `count` embeds `<rep-counter>`. */
  declare repMode: 'count' | 'done';
  /** Which value of each range is used: `min` (default), `mid` or `max`; ranges are still shown. */
  declare pace: Pace;
  /** Keeps nothing in `localStorage`: no resume offer and no history. */
  declare noPersist: boolean;
  /** Level of the routine title's heading, 1–6, to fit the page's outline. Default 2. */
  declare headingLevel: number;
  /** Writes the routine as a schema.org HowTo (with sections) `<script type="application/ld+json">` into the light DOM. */
  declare structuredData: boolean;
  /** Starts as soon as the routine is ready, straight into the first get-ready countdown (no overview); the card's follow-along sets it. */
  declare autostart: boolean;
  /** `light` or `dark` forces a colour scheme; unset follows the page's `color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** Beeps (3-2-1, start and end tones); unset: the user's remembered choice, else on. */
  declare beeps: boolean | undefined;
  /** Spoken cues (exercise name and target, switch sides, rest, last set); unset: remembered, else on. */
  declare voice: boolean | undefined;
  /** Also speak the 3-2-1 count (with `voice`); unset: remembered, else off. */
  declare voiceCounts: boolean | undefined;
  /** Vibration at transitions where supported; unset: remembered, else on. */
  declare vibrate: boolean | undefined;
  /** Screen flash at transitions (a calm colour change under reduced motion); unset: remembered, else off. */
  declare flash: boolean | undefined;
  /** Silences beeps, voice and the embedded counter (not vibration); unset: the remembered Mute choice (`exercise-elements:muted`). */
  declare muted: boolean | undefined;
  /** The player's state (a core `PlayerState`); set it to show a phase at once, without events. */
  declare state: PlayerState;
  /** @internal Whether the "This hurts" dialog is open. */
  declare _hurt: boolean;
  /** @internal The live region's text. */
  declare _announcement: string;
  /** @internal A saved session this page may resume. */
  declare _resumeOffer: SavedSession | undefined;
  /** @internal Easier variations chosen in this session, by item key. */
  declare _easier: ReadonlyMap<string, Variation>;
  /** @internal The check-in's state in the summary. */
  declare _checkin: 'open' | 'sent';
  /** @internal The pain chosen on the check-in's slider, or `null` before it is touched. */
  declare _pain: number | null;
  /** @internal The history shown in the summary. */
  declare _history: HistoryEntry[];
  /** @internal Whether "Clear history" waits for its confirmation. */
  declare _confirmClear: boolean;
  /** @internal Whether to say that the screen cannot be kept awake. */
  declare _wakeLockNote: boolean;
  /** @internal Whether to say that progress cannot be saved (storage refused the last save). */
  declare _storageNote: boolean;

  /** @internal */
  readonly #loader = new DocumentLoader<Routine>(this, {
    // After the property, a routine read from a child text script ranks with inline JSON: below `src`.
    value: () => this.routine ?? (this.src ? undefined : this.#textRoutine),
    src: () => this.src,
    // An invalid optional field or item is left out rather than refusing the routine (issue 17).
    validate: validateRoutineLenient,
    // Items with a dosage written as text ("10–15 reps per side") need the parser: fetched only then.
    prepare: loadDosageTextReaderFor,
    messages: routineMessages,
    onSettle: (loader) => {
      if (loader.status === 'ready' && loader.value) {
        this.warnAuthor(loader.warnings);
        this.emit('ex-load', { id: loader.value.id });
      } else if (loader.status === 'error' && loader.error) this.emit('ex-error', loader.error);
    },
  });
  /** @internal */
  readonly #clock = new ClockController(this, { onWake: (now) => this.#onWake(now), now: () => this.now() });
  /** @internal */
  readonly #wakeLock = new WakeLockController(this, { onUnsupported: () => (this._wakeLockNote = true) });
  /** @internal */
  readonly #cues = new PlayerCueController(this, () => this.#cueSettings());
  /** @internal */
  readonly #focus = new FocusModeController(this);
  /** @internal */
  readonly #structuredData = new StructuredDataSync(this, () => this.requestUpdate());
  /** @internal */
  #built: Built | undefined;
  /** @internal The routine of a child text script, once its reader (routine-text-script.ts) loaded. */
  #textRoutine: RoutineInput | undefined;
  /** @internal The state the clock was last scheduled for. */
  #scheduled: PlayerState | undefined;
  /** @internal The latest 3-2-1 second cued, so each is cued once. */
  #countKey = '';
  /** @internal Flips so a repeated announcement is still a change. */
  #announceFlip = false;
  /** @internal The ring's animation start, fixed per running stretch so a re-render does not jump it. */
  #ring: { key: string; elapsedMs: number } | undefined;
  /** @internal Whether the storage note was announced (it is said once per element). */
  #storageNoteAnnounced = false;
  /** @internal The routine `autostart` already started, so it starts once per routine. */
  #autostarted: Routine | undefined;
  /** @internal The embedded counter already brought up to the step's counted reps. */
  #counterSynced: Element | undefined;

  constructor() {
    super();
    this.repMode = 'done';
    this.pace = 'min';
    this.noPersist = false;
    this.headingLevel = 2;
    this.structuredData = false;
    this.autostart = false;
    this.state = initialState([]);
    this._hurt = false;
    this._announcement = '';
    this._easier = new Map();
    this._checkin = 'open';
    this._pain = null;
    this._history = [];
    this._confirmClear = false;
    this._wakeLockNote = false;
    this._storageNote = false;
  }

  /* ------------------------------------------------------------------ public API */

  /** The loading state of the routine data: `idle`, `loading`, `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#loader.status;
  }

  /** The validated routine once loaded, otherwise `undefined`. */
  get data(): Routine | undefined {
    return this.#loader.value;
  }

  /** What is on screen (also reflected as the `phase` attribute, for styling). */
  get phase(): PlayerPhase {
    if (this.#loader.status === 'error') return 'error';
    if (!this.#built) return 'loading';
    const s = this.state;
    if (s.status === 'idle') return 'overview';
    if (s.status === 'complete' || s.status === 'stopped') return s.status;
    return currentStep(s)?.kind ?? 'overview';
  }

  /** The summary of the current or last session (time taken, exercises done, skipped, not reached). */
  get summary(): SessionSummary {
    return summarize(this.state, this.now());
  }

  /**
   * Starts a session (from the overview), or starts again after one ended. From the overview it goes
   * straight into the first exercise's get-ready countdown when the routine is a single exercise (as
   * a card's follow-along is): its section intro would only repeat the name.
   */
  start(): void {
    const s = this.state;
    if (s.status === 'running' || s.status === 'paused') return;
    this.#cues.prime();
    if (s.status === 'idle') this.#discardResumeOffer();
    const now = this.now();
    let next = reduce(s, { type: s.status === 'idle' ? 'start' : 'restart', now });
    if (this.#built && this.#built.items.size === 1 && currentStep(next)?.kind === 'intro')
      next = reduce(next, { type: 'next', now });
    if (next !== s) this.#commit(s, next, now);
  }

  /** Pauses a running session. */
  pause(): void {
    this.#dispatch({ type: 'pause', now: this.now() });
  }

  /** Resumes a paused session. */
  resume(): void {
    this.#cues.prime();
    this.#dispatch({ type: 'resume', now: this.now() });
  }

  /** Goes to the next step (work left early counts as skipped). */
  next(): void {
    this.#dispatch({ type: 'next', now: this.now() });
  }

  /** Goes back to the previous exercise step (passing over rests and side switches). */
  previous(): void {
    this.#dispatch({ type: 'previous', now: this.now() });
  }

  /** Starts the session over from its first step. */
  restart(): void {
    this.#cues.prime();
    this.#dispatch({ type: 'restart', now: this.now() });
  }

  /** Ends the session before its end; fires `ex-stop` with `reason`. */
  stop(reason: StopReason = 'user'): void {
    this.#dispatch({ type: 'stop', reason, now: this.now() });
  }

  /**
   * @internal The clock every action reads (ms since the epoch). Tests and stories may replace it.
   */
  now(): number {
    return Date.now();
  }

  /** @internal Called by the coordinator when another player starts. */
  pauseForOtherPlayer(): void {
    if (this.state.status === 'running') this.pause();
  }

  /* ------------------------------------------------------------------ lifecycle */

  override connectedCallback(): void {
    super.connectedCallback();
    registerPlayer(this);
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#readTextScript();
  }

  /**
   * @internal Only a routine written in the text format downloads the text parser. If it can't be
   * downloaded, the player says so (and "Try again" tries again), as for a routine that failed to load.
   */
  #readTextScript(): void {
    const script = this.querySelector(':scope > script[type="text/x-exercise-routine"]');
    if (!script || this.#textRoutine) return;
    // The names it gives what the author left unnamed are in the page's language: its catalog first.
    Promise.all([import('./routine-text-script.js'), localeReady()]).then(
      ([m]) => {
        const read = m.readRoutineTextScript(script.textContent ?? '', {
          untitledRoutine: msg('Untitled routine'),
          exercises: msg('Exercises'),
        });
        this.#textRoutine = read.routine;
        this.warnAuthor(read.warnings);
        this.requestUpdate();
      },
      (error: unknown) => {
        // The browser's message names the module it could not fetch; that address is what to check.
        const url = /\bhttps?:\/\/\S+?\.js\b/.exec(String(error))?.[0] ?? 'routine-text-script.js';
        this.#loader.failedToLoad(displayUrl(url));
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterPlayer(this);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#saveNow();
  }

  /** Also waits for a large document that renders in a task after the one that validated it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await this.#loader.shown(() => super.getUpdateComplete());
    // With `structured-data`, also the JSON-LD writer's arrival (it updates the player, which writes it).
    const writer = this.structuredData ? this.#structuredData.loading : undefined;
    if (writer) {
      await writer.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // On the server (@lit-labs/ssr) no controller runs and \`update\` is not ours: take the \`routine\`
    // property and build the overview here, so the server renders what the browser will.
    if (isServer) {
      this.#loader.prerender();
      this.#syncTimeline();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // The loader reads its input in `hostUpdate`, after `willUpdate`: derive the timeline here, before render.
    this.#syncTimeline();
    this.#autostart();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const phase = this.phase;
    if (this.getAttribute('phase') !== phase) this.setAttribute('phase', phase);
    this.toggleAttribute('paused', this.state.status === 'paused');
    this.toggleAttribute('focus-mode', this.#focus.on);
    if (this.state !== this.#scheduled) {
      this.#scheduled = this.state;
      this.#schedule();
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.pain-dialog');
    if (dialog && this._hurt && !dialog.open) {
      try {
        dialog.showModal();
      } catch {
        dialog.setAttribute('open', '');
      }
    }
    this.#syncCounter();
    this.#structuredData.sync(this.structuredData ? this.#built : undefined, resolveLocale(this));
    this.#syncPrintFooter();
  }

  /* ------------------------------------------------------------------ state and time */

  #syncTimeline(): void {
    const routine = this.#loader.status === 'ready' ? this.#loader.value : undefined;
    const pace = isPace(this.pace) ? this.pace : 'min';
    if (this.#built?.routine === routine && this.#built?.pace === pace) return;
    const active = this.state.status === 'running' || this.state.status === 'paused';
    if (this.#built && active) {
      // The routine or pace is being replaced mid-session: keep the session where it is for later.
      this.#saveNow();
      this.#focus.exit();
    }
    if (!routine) {
      this.#built = undefined;
      return;
    }
    const timeline = buildTimeline(routine, { pace });
    // What the timeline is built from and the pace, not the expanded timeline (core/content-hash.ts).
    const hash = routineHash(routine, pace);
    const items = new Map(
      resolveRoutineItems(routine).map((item) => [`s${item.sectionIndex}-i${item.itemIndex}`, item]),
    );
    this.#built = { routine, pace, timeline, hash, items, estimateSeconds: estimateSteps(timeline) };
    // A state set by code for this very timeline stays (stories, tests); anything else starts fresh.
    if (!sameTimeline(this.state.timeline, timeline)) this.state = initialState(timeline);
    const key = this.#sessionKey();
    this._resumeOffer =
      this.state.status === 'idle' && !this.noPersist && key ? resumeOfferFor(key) : undefined;
    this._history = this.noPersist ? [] : readHistory(routine.id);
  }

  /** `autostart`: the first time a routine is ready and idle, start it (once per routine). */
  #autostart(): void {
    const built = this.#built;
    if (!this.autostart || isServer || !built || this.#autostarted === built.routine) return;
    this.#autostarted = built.routine;
    if (this.state.status === 'idle') this.start();
  }

  #sessionKey(): SessionKey | undefined {
    const built = this.#built;
    return built ? { routineId: built.routine.id, hash: built.hash, timeline: built.timeline } : undefined;
  }

  #dispatch(action: PlayerAction): void {
    if (!this.#built) return;
    const prev = this.state;
    const next = reduce(prev, action);
    if (next !== prev) this.#commit(prev, next, action.now);
  }

  /** Takes a new state from a user or timer action: events, cues, announcements, persistence. */
  #commit(prev: PlayerState, next: PlayerState, now: number): void {
    const hadFocus = this.#hasFocus();
    this.state = next;
    for (const event of diffEvents(prev, next)) this.#onPlayerEvent(event, next, now);
    const key = this.#sessionKey();
    if (key && !this.noPersist) this.#saved(persistChange(key, prev, next, now));
    if (hadFocus) void this.#keepFocus();
    // Starting makes the player a different height: on a phone the page stays where the Start button
    // was, and the phase and the time could sit above the screen's top edge. Bring them back.
    const active = (state: PlayerState) => state.status === 'running' || state.status === 'paused';
    if (!active(prev) && active(next)) void this.updateComplete.then(() => this.#showTop());
  }

  /** Scrolls the player's top edge into view when it is above the viewport (focus mode has no need). */
  #showTop(): void {
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    if (base && !this.hasAttribute('focus-mode') && base.getBoundingClientRect().top < 0)
      base.scrollIntoView({ block: 'start' });
  }

  #onPlayerEvent(event: PlayerEvent, state: PlayerState, now: number): void {
    const routine = this.#built?.routine;
    if (!routine) return;
    const t = this.#text();
    switch (event.type) {
      case 'start':
        this._checkin = 'open';
        this._pain = null;
        this._confirmClear = false;
        this._easier = new Map();
        this._hurt = false;
        this.#countKey = '';
        claimPlayback(this);
        this.emit('ex-routine-start', { id: routine.id });
        break;
      case 'step-change': {
        this.emit('ex-step-change', { index: event.index, step: event.step });
        if (event.step.kind === 'finish') break;
        const words = t.spoken(event.step);
        this.#announce(words);
        this.#cues.step(event.step, words, this.#speechLocale());
        break;
      }
      case 'pause':
        this.emit('ex-pause', { index: state.index });
        this.#announce(msg('Paused'));
        break;
      case 'resume':
        claimPlayback(this);
        this.emit('ex-resume', { index: state.index });
        this.#announce(msg(str`Resumed: ${t.title(currentStep(state) ?? state.timeline[0]!)}`));
        break;
      case 'stop': {
        this._hurt = false;
        this.emit('ex-stop', {
          reason: event.reason,
          exerciseId: exerciseAt(state)?.exerciseId ?? null,
        });
        this.#announce(msg('Session ended.'));
        this.#focus.exit();
        break;
      }
      case 'complete': {
        const summary = summarize(state, now);
        this.emit('ex-routine-complete', { summary });
        const words = t.spoken({ kind: 'finish', id: 'finish', durationSeconds: 0, estimateSeconds: 0 });
        this.#announce(words);
        this.#cues.complete(words, this.#speechLocale());
        if (!this.noPersist) {
          const history = recordInHistory(routine.id, summary, state.completedAt);
          if (history) this._history = history;
        }
        this.#focus.exit();
        break;
      }
    }
  }

  #onWake(now: number): void {
    this.#dispatch({ type: 'tick', now });
    this.#countdown(now);
    // The seconds on screen follow the clock even when the state did not change.
    this.requestUpdate();
    // A count-up has no deadline that a state change would re-arm: it asks for its next second here.
    const step = currentStep(this.state);
    if (step?.kind === 'work' && step.mode === 'hold-open') this.#schedule();
  }

  /** Beeps (and says) 3, 2, 1 in the last seconds of a countdown, once each. */
  #countdown(now: number): void {
    const s = this.state;
    const step = currentStep(s);
    if (s.status !== 'running' || !countsDown(step)) return;
    const left = timeLeftInStep(s, now);
    if (left === null || left <= 0) return;
    const seconds = Math.ceil(left / 1000);
    if (seconds > 3) return;
    const key = `${s.session}:${s.index}:${s.extraMs}:${seconds}`;
    if (key === this.#countKey) return;
    this.#countKey = key;
    this.#cues.count(this.#text().number(seconds), this.#speechLocale());
  }

  /** Wakes at the next whole second of a running countdown; nothing at all otherwise. */
  #schedule(): void {
    const s = this.state;
    const now = this.now();
    const left = s.status === 'running' ? timeLeftInStep(s, now) : null;
    const step = currentStep(s);
    if (left === null && s.status === 'running' && step?.kind === 'work' && step.mode === 'hold-open') {
      // A hold with no time counts up: wake at its next whole second, and again from there.
      this.#clock.schedule(now + DISPLAY_STEP_MS - (elapsedInStep(s, now) % DISPLAY_STEP_MS));
    } else {
      this.#clock.schedule(left === null ? null : now + left, DISPLAY_STEP_MS);
    }
    this.#wakeLock.want(s.status === 'running');
  }

  /**
   * A counter created for a step that already holds counted reps (after "Resume where you left off")
   * continues from them, once per counter element, through its public `restore()`.
   */
  #syncCounter(): void {
    const counter = this.renderRoot.querySelector<RepCounter>('rep-counter');
    if (!counter || counter === this.#counterSynced) return;
    this.#counterSynced = counter;
    const step = currentStep(this.state);
    const reps = this.state.repsDone;
    if (step?.kind !== 'work' || reps <= 0) return;
    if (counter.count === 0) counter.restore(reps);
  }

  /* ------------------------------------------------------------------ persistence */

  /** Follows what a save answered: storage refused (blocked, a full quota) is said once. */
  #saved(result: boolean | null): void {
    if (result === null || result === !this._storageNote) return;
    this._storageNote = !result;
    if (!result && !this.#storageNoteAnnounced) {
      this.#storageNoteAnnounced = true;
      // Said with the step just announced, which it must not replace.
      const current = this._announcement.replace(/\u00a0$/, '').trim();
      const lead = current && !/[.!?。؟]$/.test(current) ? `${current}.` : current;
      this.#announce([lead, storageNoteText()].filter(Boolean).join(' '));
    }
  }

  #saveNow(): void {
    const key = this.#sessionKey();
    if (this.noPersist || !key) return;
    this.#saved(saveFrozen(key, this.state, this.now()));
  }

  #discardResumeOffer(): void {
    if (this._resumeOffer && this.#built) forgetSession(this.#built.routine.id);
    this._resumeOffer = undefined;
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.#saveNow();
  };

  /**
   * Writes the page's address into the printed handout. The server renders the same empty paragraph
   * (it does not know the address), so hydration matches; the text comes after each update.
   */
  #syncPrintFooter(): void {
    const footer = this.renderRoot?.querySelector?.('.print-footer');
    if (!footer) return;
    const page = typeof location !== 'undefined' ? location.href : '';
    const text = page ? msg(str`Printed from ${page}`) : '';
    if (footer.textContent !== text) footer.textContent = text;
  }

  /* ------------------------------------------------------------------ user actions */

  readonly #onStart = (): void => this.start();

  readonly #onResumeSaved = (): void => {
    const offer = this._resumeOffer;
    if (!offer) return;
    this._resumeOffer = undefined;
    this.#cues.prime();
    const now = this.now();
    this.#commit(this.state, reduce(offer.state, { type: 'resume', now }), now);
  };

  readonly #onToggle = (): void => {
    if (this.state.status === 'paused') this.resume();
    else this.pause();
  };

  readonly #onPrevious = (): void => this.previous();
  readonly #onNext = (): void => this.next();
  readonly #onRestart = (): void => this.restart();
  readonly #onDone = (): void => this.#dispatch({ type: 'done', now: this.now() });
  readonly #onExtend = (): void =>
    this.#dispatch({ type: 'extendRest', seconds: REST_EXTENSION_SECONDS, now: this.now() });

  readonly #onCounterRep = (event: Event): void => {
    event.stopPropagation();
    this.#dispatch({ type: 'rep', now: this.now() });
  };

  readonly #onCounterDone = (event: Event): void => {
    event.stopPropagation();
    this.#dispatch({ type: 'done', now: this.now() });
  };

  readonly #onCounterOther = (event: Event): void => event.stopPropagation();

  readonly #onSound = (): void => {
    const muted = !this.#isMuted();
    this.muted = muted;
    writeMuted(muted);
    if (!muted) this.#cues.prime();
  };

  readonly #onHurt = (): void => {
    if (this.state.status === 'running') this.pause();
    this._hurt = true;
  };

  readonly #onHurtClose = (): void => {
    if (!this._hurt) return;
    this._hurt = false;
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.pain-dialog')?.close();
    void this.updateComplete.then(() => this.#focusPrimary());
  };

  /** Skips every remaining step of the exercise concerned, then carries on. */
  readonly #onHurtSkip = (): void => {
    const ref = exerciseAt(this.state);
    if (!ref) return;
    const now = this.now();
    const prev = this.state;
    this._hurt = false;
    this.#commit(prev, skipRestOfExercise(prev, ref.itemKey, now), now);
  };

  readonly #onHurtEasier = (): void => {
    const ref = exerciseAt(this.state);
    const variation = ref ? this.#exercise(ref.itemKey)?.easier?.[0] : undefined;
    if (!ref || !variation) return;
    this._easier = new Map(this._easier).set(ref.itemKey, variation);
    this._hurt = false;
    this.resume();
    void this.updateComplete.then(() => this.#focusPrimary());
  };

  readonly #onHurtEnd = (): void => {
    this._hurt = false;
    this.stop('pain');
  };

  readonly #onCheckin = (value: CheckinValue): void => {
    const routine = this.#built?.routine;
    if (!routine) return;
    this.emit('ex-checkin', { ...value, routineId: routine.id });
    if (!this.noPersist && this.state.completedAt !== null) {
      this._history = addCheckinToHistory(routine.id, this.state.completedAt, {
        pain: value.pain,
        feeling: value.feeling,
      });
    }
    this._checkin = 'sent';
    this.#announce(msg('Thank you. Your check-in was saved.'));
  };

  readonly #onAskClearHistory = (): void => {
    this._confirmClear = true;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.confirm .keep-history')?.focus(),
    );
  };

  readonly #onKeepHistory = (): void => {
    this._confirmClear = false;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.clear-history')?.focus(),
    );
  };

  readonly #onClearHistory = (): void => {
    const routine = this.#built?.routine;
    if (!routine) return;
    clearHistory(routine.id);
    this._history = [];
    this._confirmClear = false;
    this.#announce(msg('History cleared.'));
    void this.updateComplete.then(() => this.#focusPrimary());
  };

  readonly #onCueChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.name as CueName;
    if (!(name in CUE_DEFAULTS)) return;
    this[name] = input.checked;
    writeCuePref(name, input.checked);
    if (name === 'beeps' && input.checked) this.#cues.prime();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const status = this.state.status;
    if (this._hurt || (status !== 'running' && status !== 'paused')) return;
    const intent = keyIntent(event, this.contentDirection);
    if (!intent || (intent === 'escape' && !this.#focus.ownsEscape)) return;
    event.preventDefault();
    if (intent === 'toggle') this.#onToggle();
    else if (intent === 'next') this.next();
    else if (intent === 'previous') this.previous();
    else this.#focus.exit();
  };

  /* ------------------------------------------------------------------ helpers */

  /** The cue switches as chosen (attribute or property, else remembered, else the default). */
  #cueChoices(): Record<CueName, boolean> {
    const prefs = readCuePrefs();
    const pick = (name: CueName): boolean => this[name] ?? prefs[name] ?? CUE_DEFAULTS[name];
    return {
      beeps: pick('beeps'),
      voice: pick('voice'),
      voiceCounts: pick('voiceCounts'),
      vibrate: pick('vibrate'),
      flash: pick('flash'),
    };
  }

  /** The cues as they play: the choices, with beeps and voice silenced while muted. */
  #cueSettings(): CueSettings & { flash: boolean } {
    const choices = this.#cueChoices();
    const muted = this.#isMuted();
    return { ...choices, beeps: choices.beeps && !muted, voice: choices.voice && !muted };
  }

  #isMuted(): boolean {
    return this.muted ?? readMuted();
  }

  #text(): PlayerText {
    return new PlayerText(resolveLocale(this));
  }

  /**
   * The language the voice speaks: the words are UI strings, so the catalog's language, written as
   * the element's own tag when that is the same language (`es-MX` rather than `es`), which lets the
   * voice match the reader's region first.
   */
  #speechLocale(): string {
    const ui = uiLocale();
    const own = this.contentLocale;
    const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
    return language(own) === language(ui) ? own : ui;
  }

  #announce(text: string): void {
    // A trailing no-break space that flips makes a repeated message a change the live region reports.
    this.#announceFlip = !this.#announceFlip;
    this._announcement = this.#announceFlip ? text : `${text}\u00a0`;
  }

  #exercise(itemKey: string): Exercise | undefined {
    return this.#built?.items.get(itemKey)?.exercise;
  }

  #hasFocus(): boolean {
    return Boolean(this.shadowRoot?.activeElement);
  }

  /** Keeps keyboard focus in the player when the control that had it went away (or was disabled). */
  async #keepFocus(): Promise<void> {
    await this.updateComplete;
    const active = this.shadowRoot?.activeElement as HTMLButtonElement | null | undefined;
    if (active && active.isConnected && !active.disabled) return;
    this.#focusPrimary();
  }

  #focusPrimary(): void {
    const root = this.renderRoot;
    const status = this.state.status;
    const target =
      status === 'complete' || status === 'stopped'
        ? root.querySelector<HTMLElement>('.summary-title')
        : status === 'idle'
          ? root.querySelector<HTMLElement>('[part~="resume"], [part~="start"]')
          : root.querySelector<HTMLElement>('.controls .play');
    target?.focus();
  }

  /** The clinic's advice: the `pain-advice` slot, falling back to the routine's `painAdvice`. */
  #renderAdvice(t: PlayerText): TemplateResult | typeof nothing {
    const text = t.text(this.#built?.routine.painAdvice);
    const slotted = Array.from(this.children).some((child) => child.getAttribute('slot') === 'pain-advice');
    if (!text && !slotted) return nothing;
    return html`<div class="clinic-advice">
      <slot name="pain-advice">${text ? html`<p dir="auto">${text}</p>` : nothing}</slot>
    </div>`;
  }

  /* ------------------------------------------------------------------ render */

  protected override render(): TemplateResult {
    const loader = this.#loader;
    const built = this.#built;
    let body: TemplateResult;
    if (loader.status === 'error' && loader.error)
      body = renderError(loader.error, () => {
        loader.reload();
        this.#readTextScript();
      });
    else if (!built) body = renderLoading(loader.status === 'loading');
    else if (this.state.status === 'idle') body = this.#renderOverview(built);
    else if (this.state.status === 'complete' || this.state.status === 'stopped')
      body = this.#renderSummary(built);
    else body = this.#renderRunning(built);
    const flash = this.#cueSettings().flash;
    return html`<div
      part="base"
      class="base ${flash ? 'flash-on' : ''}"
      dir=${this.contentDirection}
      @keydown=${this.#onKeydown}
    >
      ${renderAuthorWarnings(this.debug, loader.warnings)} ${body}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this._announcement}
      </div>
    </div>`;
  }

  #renderOverview(built: Built): TemplateResult {
    const t = this.#text();
    const offer = this._resumeOffer;
    let resume = null;
    if (offer) {
      const step = currentStep(offer.state);
      const count = offer.state.timeline.length - 1;
      resume = {
        where: step
          ? `${msg(str`Step ${t.number(offer.state.index + 1)} of ${t.number(count)}`)} · ${isolate(t.title(step))}`
          : '',
      };
    }
    return renderOverview({
      t,
      routine: built.routine,
      items: [...built.items.values()],
      estimateSeconds: built.estimateSeconds,
      headingLevel: this.headingLevel,
      resume,
      cueSettings: renderCueSettings(this.#cueChoices(), this.#onCueChange),
      onStart: this.#onStart,
      onResume: this.#onResumeSaved,
    });
  }

  #renderRunning(built: Built): TemplateResult {
    const t = this.#text();
    const s = this.state;
    const now = this.now();
    const step = currentStep(s) ?? s.timeline[0]!;
    const paused = s.status === 'paused';
    const itemKey = 'itemKey' in step ? step.itemKey : undefined;
    const exercise = itemKey ? this.#exercise(itemKey) : undefined;
    const stepKey = `${s.session}:${s.index}`;
    const settings = this.#cueSettings();
    const ref = exerciseAt(s);
    const context = { t, routine: built.routine, exercise: (key: string) => this.#exercise(key) };
    return html`${renderRunning({
      t,
      step,
      index: s.index,
      count: Math.max(1, s.timeline.length - 1),
      paused,
      hurt: this._hurt,
      muted: this.#isMuted(),
      canGoBack: canGoBack(s),
      first: s.index === 0,
      stepKey,
      headingLevel: this.headingLevel,
      exercise,
      easier: itemKey ? this._easier.get(itemKey) : undefined,
      cue: cueFor(step, context),
      upNext: upNext(s, t),
      repMode: this.repMode === 'count' ? 'count' : 'done',
      repsDone: s.repsDone,
      timeLeftMs: timeLeftInStep(s, now),
      elapsedMs: elapsedInStep(s, now),
      totalLeftMs: totalTimeLeft(s, now),
      ring: this.#renderRing(s, step, now, paused),
      howTo: step.kind === 'work' || step.kind === 'get-ready' ? renderHowTo(t, exercise) : nothing,
      focusMode: this.#focus.on,
      dir: this.contentDirection,
      wakeLockNote: this._wakeLockNote,
      storageNote: this._storageNote ? storageNoteText() : '',
      flash: settings.flash ? keyed(stepKey, html`<div class="flash" aria-hidden="true"></div>`) : nothing,
      cueSettings: renderCueSettings(this.#cueChoices(), this.#onCueChange),
      onToggle: this.#onToggle,
      onSound: this.#onSound,
      onPrevious: this.#onPrevious,
      onNext: this.#onNext,
      onRestart: this.#onRestart,
      onExtend: this.#onExtend,
      onDone: this.#onDone,
      onHurt: this.#onHurt,
      onFocusMode: () => void this.#focus.toggle(),
      onCounterRep: this.#onCounterRep,
      onCounterDone: this.#onCounterDone,
      onCounterOther: this.#onCounterOther,
    })}
    ${
      this._hurt
        ? renderPainDialog({
            t,
            exerciseName: ref ? isolate(t.text(this.#exercise(ref.itemKey)?.name)) : null,
            safety: [...(built.routine.safety ?? []), ...((ref && this.#exercise(ref.itemKey)?.safety) || [])]
              .map((line) => t.text(line))
              .filter(Boolean),
            advice: this.#renderAdvice(t),
            easier: ref ? this.#exercise(ref.itemKey)?.easier?.[0] : undefined,
            onSkip: this.#onHurtSkip,
            onEasier: this.#onHurtEasier,
            onEnd: this.#onHurtEnd,
            onClose: this.#onHurtClose,
          })
        : nothing
    }`;
  }

  /**
   * The ring around a countdown. A step that waits for the user gets none: with `rep-mode="done"`
   * nothing is counted, so a ring there could never move (the counter of `rep-mode="count"` draws its own).
   */
  #renderRing(s: PlayerState, step: TimelineStep, now: number, paused: boolean): unknown {
    if (step.durationSeconds === null) return nothing;
    // One animation per running stretch: its start is fixed when the stretch is first drawn.
    const key = `${s.session}:${s.index}:${s.extraMs}:${s.stepStartedAt ?? 'paused'}`;
    if (this.#ring?.key !== key) this.#ring = { key, elapsedMs: elapsedInStep(s, now) };
    return keyed(
      key,
      progressRing({
        kind: 'countdown',
        durationMs: step.durationSeconds * 1000 + s.extraMs,
        elapsedMs: this.#ring.elapsedMs,
        paused,
      }),
    );
  }

  #renderSummary(built: Built): TemplateResult {
    const t = this.#text();
    const s = this.state;
    const summary = summarize(s, this.now());
    return renderSummary({
      t,
      headingLevel: this.headingLevel,
      summary,
      counts: countsTowardHistory(summary),
      advice: this.#renderAdvice(t),
      nameOf: (itemKey) => isolate(t.text(this.#exercise(itemKey)?.name)),
      checkin: this._checkin,
      pain: this._pain,
      history: this.noPersist ? null : historyText(built.routine, this._history, t, this.now()),
      recent: this.noPersist ? [] : recentSessions(this._history, RECENT_SESSIONS),
      hasHistory: this._history.length > 0,
      confirmingClear: this._confirmClear,
      onPain: (pain) => (this._pain = pain),
      onCheckin: this.#onCheckin,
      onAskClearHistory: this.#onAskClearHistory,
      onClearHistory: this.#onClearHistory,
      onKeepHistory: this.#onKeepHistory,
      onAgain: this.#onStart,
    });
  }
}
