import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Dosage, Range } from '../core/dosage-types.js';
import { rangeMax } from '../core/dosage-types.js';
import { formatRange } from '../core/format-dosage.js';
import { formatDuration } from '../core/format-duration.js';
import { checkCounterInput, type CounterProblem } from '../core/rep-counter-input.js';
import {
  canAddSet,
  canFinish,
  configOf,
  counterAfterReps,
  currentTarget,
  deadlineOf,
  formValueOf,
  initialCounter,
  reduceCounter,
  restoreCounter,
  shownCount,
  snapshotOf,
  timeLeftMs,
  type CounterAction,
  type CounterConfig,
  type CounterEffect,
  type CounterPhase,
  type CounterState,
} from '../core/rep-counter-state.js';
import type { Side } from '../core/side.js';
import { ClockController } from '../internal/clock-controller.js';
import { dosageTextReader } from '../data/dosage-text-reader.js';
import { loadDosageTextReader } from '../data/lazy-dosage-text-reader.js';
import type { ValidationError } from '../data/validate.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import {
  FeedbackController,
  readMuted,
  writeMuted,
  type FeedbackCue,
  type VoiceMode,
} from '../internal/feedback-controller.js';
import { uiLocale } from '../internal/locale-loader.js';
import { themeTokens } from '../internal/theme.styles.js';
import { progressRing, progressRingStyles } from '../internal/progress-ring.js';
import { repCounterStyles } from './rep-counter.styles.js';

/** `dosageToUse()` while the dosage text parser downloads. */
const READING = Symbol('reading');

/** Seconds added by the rest's "+15 s" button. */
export const REST_EXTENSION_SECONDS = 15;

/** Countdowns on screen change once a second. */
const DISPLAY_STEP_MS = 1000;

/** The strongest cue wins when one action causes several (a rep that completes a set plays the set cue). */
const CUE_ORDER: FeedbackCue[] = ['complete', 'set', 'side', 'go', 'tick'];

/**
 * Counts reps, holds, sides and sets for one exercise, by touch or keyboard, alone in any page or inside
 * the routine player. It is a form control: a clinic can put it in a check-in form.
 *
 * **Dosage.** Set `target`, `sets`, `side`, `hold` and `rest` one by one, or all at once with `dosage`
 * (a Dosage object as a property, or a line such as `2-3 sets of 10 reps per side, hold 3 s` as an
 * attribute). An individual attribute overrides the same field of the dosage. Changing the dosage resets
 * the count (without events). Without a target the count is open and the user finishes each set.
 *
 * **Rules.** A range target (10–15) can be finished at its minimum ("Done with this set") and completes
 * by itself at its maximum, so the count never passes it. With `side="each"` the left side comes first;
 * the right side's target is the number of reps the left side actually did (13 of 10–15 on the left
 * means 13 on the right). With `side="alternating"` reps alternate left, right… and a set ends after a
 * right rep. A hold starts on tap and counts when it ends (taps during it are ignored; Escape cancels);
 * a hold or rest range uses its minimum. A sets range plans its minimum ("Set 1 of 2–3"); the complete
 * state then offers "One more set" up to the maximum, which completes again with new totals. Rest
 * follows each set but the last (Skip, +15 s); taps during rest are ignored.
 *
 * **Keys.** Space or Enter on the big button count, ArrowUp counts, ArrowDown or Backspace undoes,
 * Escape cancels a running hold.
 *
 * **Form value.** Empty before the first rep, then `reps=<total>;sets=<completed>` and, with sides,
 * `;left=<reps>;right=<reps>`, e.g. `reps=24;sets=2;left=12;right=12`.
 *
 * **Limits.** Values a person could not be prescribed are refused, not clamped: reps per set up to 100,
 * sets up to 20, holds up to 300 s, rests up to 600 s, all above zero, and a range's first number no
 * larger than its second (the schema's limits, `src/core/limits.ts`). A refused or unreadable setting
 * falls back to the dosage's, then to an open count; the counter fires `ex-warning` naming the
 * attribute, and shows the list in a `part="warnings"` note while `debug` is set (readers never see it).
 *
 * **Pause.** `paused` freezes every clock the counter runs (a hold in progress, a rest countdown) with
 * the time it had left, ignores taps and keys, and shows "Paused"; `paused = false` continues.
 *
 * **Feedback.** A synthesized tick per rep and distinct tones for side change, set done, next set and
 * the end; vibration where supported (not under reduced motion); spoken words with `voice`. `muted`
 * silences the tones and the voice (vibration stays). The Mute button sets `muted` and remembers it
 * (`localStorage` key `exercise-elements:muted`); a host with its own sound control sets `muted` itself
 * and hides the button with `no-mute-button`.
 *
 * **Continuing a count.** `restore(reps)` starts the count again with that many reps already done
 * (after a reload, say), by the same rules as taps and without events or sounds; `count` reads the reps
 * counted so far.
 *
 * **Print.** On paper the counter is a tally line: a box per set and the reps to do, e.g.
 * "☐ ☐ ☐ Reps per side: 10–15 · Hold: 3 sec".
 *
 * @summary Counts reps, holds, sides and sets; a large tap target, keyboard keys, rest timer and form value.
 *
 * @csspart base - The widget's box.
 * @csspart status - The line with the set and the side.
 * @csspart button - The big tap target that counts a rep.
 * @csspart ring - The progress ring around the tap target (hold progress, or share of the target; none for an open count outside a hold).
 * @csspart count - The number of reps done.
 * @csspart rest - The rest countdown.
 * @csspart summary - The summary shown when complete.
 * @csspart controls - The row of secondary buttons (undo, finish, skip, +15 s, mute, do it again).
 * @csspart hint - The words under the count in the tap target ("Tap to count", "Holding 5 sec", "Paused").
 * @csspart tally - The printed tally line (shown only in print).
 * @csspart warnings - The author's list of settings that could not be used (only while `debug` is set).
 *
 * @cssproperty [--ex-accent=#0f6e6e] - Ring and primary button colour.
 * @cssproperty [--ex-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--ex-surface=transparent] - Background of the widget; none by default (#ffffff with `theme="light"`).
 * @cssproperty [--ex-surface-2=color-mix(in srgb, currentColor 6%, transparent)] - Background of the tap target.
 * @cssproperty [--ex-text=inherit] - Text colour.
 * @cssproperty [--ex-muted=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text colour.
 * @cssproperty [--ex-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders and the ring's track.
 * @cssproperty [--ex-radius=12px] - Corner radius.
 * @cssproperty [--ex-font=inherit] - Font family.
 * @cssproperty [--ex-focus=#1a5fb4] - Focus ring colour.
 * @cssproperty [--ex-space=1rem] - Base spacing.
 * @cssproperty [--ex-rep-counter-size=12rem] - Diameter of the tap target (never below 48px).
 * @cssproperty [--ex-rep-counter-ring-width=6px] - Stroke width of the progress ring, on the scale of a ring 100px wide.
 * @cssproperty [--ex-rep-counter-count-size=calc(var(--ex-rep-counter-size) * 0.34)] - Font size of the count (65px by default; a focus mode may ask for 96px, with a larger `--ex-rep-counter-size`).
 * @cssproperty [--ex-rep-counter-label-size=1.25rem] - Font size of the set, side and paused labels, the hold seconds and the rest countdown (20px by default).
 *
 * @event {CustomEvent<ExRepDetail>} ex-rep - A rep was counted: `{ rep, set, side }` (rep number on that side, 1-based set, `left`/`right`/null).
 * @event {CustomEvent<ExSetCompleteDetail>} ex-set-complete - A set was completed: `{ set }`.
 * @event {CustomEvent<ExSideChangeDetail>} ex-side-change - The working side changed (`each` only, also when undo goes back): `{ side }`.
 * @event {CustomEvent<ExCompleteDetail>} ex-complete - All planned sets are done: `{ sets, reps, durationMs }` (time from the first tap, pauses left out).
 * @event {CustomEvent<ExWarningDetail>} ex-warning - A setting or the dosage could not be used: `{ warnings }`, each with the attribute's name (or `dosage`, `dosage.reps`…) as its path.
 */
export class RepCounter extends ExerciseElement {
  /** @internal */
  static formAssociated = true;

  static override styles = [themeTokens, progressRingStyles, repCounterStyles];

  /** @internal */
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  static override properties = {
    target: {},
    sets: {},
    side: {},
    hold: {},
    rest: {},
    // The attribute's line stays a string until the dosage text parser (a chunk of its own) reads it.
    dosage: {},
    name: { reflect: true },
    // Reflected by hand in willUpdate, see there.
    disabled: { type: Boolean },
    paused: { type: Boolean, reflect: true },
    muted: { type: Boolean, reflect: true },
    noMuteButton: { type: Boolean, attribute: 'no-mute-button' },
    required: { type: Boolean, reflect: true },
    voice: {},
    theme: { reflect: true },
    counter: { state: true },
    formDisabled: { state: true },
    announcement: { state: true },
  };

  /** Reps per set (on each side when sided): a number, or a range such as `10-15`. */
  declare target: string | undefined;
  /** Sets: a number, or a range such as `2-3` (the minimum is planned, one more set is offered up to the maximum). */
  declare sets: string | undefined;
  /** `each` (all reps on the left, then the right) or `alternating` (switch every rep). */
  declare side: 'each' | 'alternating' | undefined;
  /** Hold in each rep, in seconds (a range uses its minimum). */
  declare hold: string | undefined;
  /** Rest between sets, in seconds (a range uses its minimum). */
  declare rest: string | undefined;
  /**
   * The whole dosage: a Dosage object, or a line such as `2 sets of 10 reps per side` (the attribute is
   * always a line). A line is read by the dosage text parser, which the page downloads for the first
   * counter that has one; until it arrived (usually within the first frames) the counter is busy and
   * its buttons are disabled.
   */
  declare dosage: Dosage | string | undefined;
  /** Form field name under which the value is submitted. */
  declare name: string | undefined;
  /** Disables counting and every button, like a native control. */
  declare disabled: boolean;
  /** Freezes the hold and rest clocks with the time they had left and ignores taps, until set back to false. */
  declare paused: boolean;
  /** Silences the tones and the voice (not vibration). Starts from the remembered choice; the Mute button toggles and remembers it. */
  declare muted: boolean;
  /** Hides the Mute button, for a host that offers its own sound control and sets `muted`. */
  declare noMuteButton: boolean;
  /** Makes the form invalid (`valueMissing`) until at least one rep is counted. */
  declare required: boolean;
  /** Spoken feedback: `off` (default), `changes` (side, set and end), or `counts` (every count too). */
  declare voice: VoiceMode | undefined;
  /** Colour scheme: `light`, `dark`, or unset to follow the system. */
  declare theme: 'light' | 'dark' | undefined;
  /** @internal */
  declare counter: CounterState;
  /** @internal */
  declare formDisabled: boolean;
  /** @internal */
  declare announcement: string;

  private config: CounterConfig = configOf(checkCounterInput({}).settings);
  private configKey = '';
  /** What the current settings could not use, for the author. */
  private problems: CounterProblem[] = [];
  private problemsKey = '';
  private warnedKey = '';
  private readonly internals: ElementInternals | undefined;
  private readonly clock = new ClockController(this, { onWake: (now) => this.onWake(now) });
  private readonly feedback = new FeedbackController(this);
  private announceFlip = false;
  /** While the dosage text parser downloads for a dosage line: its arrival (or failure). */
  private readingDosage: Promise<unknown> | undefined;
  /** Set when the parser could not be downloaded: the line is then left unread (an open count). */
  private dosageReaderFailed = false;
  /** `restore()` or the form's restored state, called before the line could be read: run once it is. */
  private afterReading: (() => void) | undefined;

  constructor() {
    super();
    this.disabled = false;
    this.paused = false;
    // The remembered choice; an attribute or a host's property set later wins.
    this.muted = readMuted();
    this.noMuteButton = false;
    this.required = false;
    this.formDisabled = false;
    this.announcement = '';
    this.counter = initialCounter(this.config);
    let internals: ElementInternals | undefined;
    try {
      // Required in the constructor for form association; it touches no DOM. Missing: no form participation.
      internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
    } catch {
      internals = undefined;
    }
    this.internals = internals;
  }

  /** The submitted value: empty before the first rep, then e.g. `reps=24;sets=2;left=12;right=12`. */
  get value(): string {
    return formValueOf(this.counter);
  }

  /** Where the counter is: `counting`, `holding`, `rest` or `complete` (also reflected as the `phase` attribute). */
  get phase(): CounterPhase {
    return this.counter.phase;
  }

  /** The form this control belongs to, or null. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The control's validity, as for native controls. */
  get validity(): ValidityState | undefined {
    return this.internals?.validity;
  }

  /** The message shown when the control is invalid. */
  get validationMessage(): string {
    return this.internals?.validationMessage ?? '';
  }

  /** True when the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals?.willValidate ?? false;
  }

  /** Checks validity and fires `invalid` when invalid, like native controls. */
  checkValidity(): boolean {
    return this.internals?.checkValidity() ?? true;
  }

  /** Checks validity and shows the browser's message when invalid. */
  reportValidity(): boolean {
    return this.internals?.reportValidity() ?? true;
  }

  /** Counts a rep (or starts its hold), as a tap does; fires the same events. */
  increment(): void {
    this.dispatch({ type: 'tap', now: this.clock.now() });
  }

  /** Removes the last rep (or cancels a running hold). */
  undo(): void {
    this.dispatch({ type: 'undo' });
  }

  /** The reps counted so far, over every set and side. */
  get count(): number {
    return this.counter.totalReps;
  }

  /**
   * Starts the count again with `reps` already counted, as if they had been tapped (each hold done,
   * sides and sets following the dosage), without events, announcements or sounds: for a page or the
   * routine player continuing a count after a reload. Set the dosage first; changing it later starts
   * the count over. A number that is not a whole number above zero starts from zero.
   */
  restore(reps: number): void {
    this.resolveConfig();
    if (this.readingDosage) {
      this.afterReading = () => this.restore(reps);
      return;
    }
    this.counter = counterAfterReps(this.config, reps, this.clock.now());
    this.announcement = '';
    this.syncPause();
    this.clock.schedule(deadlineOf(this.counter), DISPLAY_STEP_MS);
  }

  /** Back to the start, without events. */
  reset(): void {
    this.dispatch({ type: 'reset' });
    this.announcement = '';
  }

  /** @internal */
  formResetCallback(): void {
    this.resolveConfig();
    this.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state !== 'string') return;
    this.resolveConfig();
    if (this.readingDosage) {
      this.afterReading = () => this.formStateRestoreCallback(state);
      return;
    }
    let saved: unknown;
    try {
      saved = JSON.parse(state);
    } catch {
      return;
    }
    const restored = restoreCounter(this.config, saved);
    if (!restored) return;
    this.counter = restored;
    this.syncPause();
    this.clock.schedule(deadlineOf(this.counter), DISPLAY_STEP_MS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `disabled` is reflected here, before render, not by Lit after it: the attribute makes the browser
    // call formDisabledCallback at once, and a property set during Lit's own reflection is dropped (the
    // update is already ending). Pause → Resume lost `formDisabled = false` that way and left the button
    // disabled.
    if (this.hasAttribute('disabled') !== this.disabled) this.toggleAttribute('disabled', this.disabled);
    // A new line tries the parser's download again after a failed one.
    if (changed.has('dosage')) this.dosageReaderFailed = false;
    this.resolveConfig();
    this.syncPause();
    this.feedback.muted = this.muted;
    if (changed.has('voice')) this.feedback.voice = this.voice ?? 'off';
    // Spoken words are our UI strings, so the voice speaks the catalog's language.
    this.feedback.lang = uiLocale();
  }

  protected override updated(): void {
    this.setAttribute('phase', this.counter.phase);
    if (this.problemsKey !== this.warnedKey) {
      // Once per distinct list, not on every render.
      this.warnedKey = this.problemsKey;
      this.warnAuthor(this.authorWarnings());
    }
    const internals = this.internals;
    if (!internals) return;
    try {
      internals.setFormValue(this.value, JSON.stringify(snapshotOf(this.counter)));
      if (this.required && this.counter.totalReps === 0) {
        internals.setValidity(
          { valueMissing: true },
          msg('Count at least one rep.'),
          this.tapButton ?? undefined,
        );
      } else {
        internals.setValidity({});
      }
    } catch {
      // A partial ElementInternals: the count still works.
    }
  }

  private get tapButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('.tap') ?? null;
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled || this.readingDosage !== undefined;
  }

  /** Numbers and units follow the element's own language (own `lang`, ancestors', the page's…). */
  private get locale(): string {
    return this.contentLocale;
  }

  /** Recomputes the config from the attributes; a different config starts the count over. */
  private resolveConfig(): void {
    const dosage = this.dosageToUse();
    // A line waits for the parser: nothing is counted meanwhile (the buttons are disabled).
    if (dosage === READING) return;
    const { settings, problems } = checkCounterInput({
      dosage,
      target: this.target,
      sets: this.sets,
      side: this.side,
      hold: this.hold,
      rest: this.rest,
    });
    this.problems = problems;
    this.problemsKey = problems.map((p) => `${p.path}:${p.kind}`).join(';');
    const next = configOf(settings);
    const key = JSON.stringify(next);
    if (key === this.configKey) return;
    this.config = next;
    this.configKey = key;
    this.counter = initialCounter(next);
    this.clock.cancel();
  }

  /**
   * The dosage as the count uses it: the object, or the line read by the parser. Without the parser
   * yet, starts its download and answers READING; once it is here (or failed: the line is left unread,
   * which the author hears of as a dosage nothing could be read from), the counter updates.
   */
  private dosageToUse(): unknown {
    const line = this.dosage;
    if (typeof line !== 'string') return line;
    const reader = dosageTextReader();
    if (reader) return reader.readDosage(line).dosage;
    if (this.dosageReaderFailed) return {};
    if (!this.readingDosage) {
      const reading = loadDosageTextReader().then(
        () => undefined,
        () => {
          this.dosageReaderFailed = true;
        },
      );
      this.readingDosage = reading.then(() => {
        this.readingDosage = undefined;
        this.requestUpdate();
        const after = this.afterReading;
        this.afterReading = undefined;
        // Before the next render, so the restored count is what it shows.
        after?.();
      });
    }
    return READING;
  }

  /** Also waits for the dosage text parser of a dosage line, so it resolves with the count set up. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.readingDosage) {
      await this.readingDosage;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Brings the count's clocks in line with `paused`. */
  private syncPause(): void {
    const statePaused = this.counter.pausedAt !== null;
    if (this.paused === statePaused) return;
    this.dispatch({ type: this.paused ? 'pause' : 'resume', now: this.clock.now() });
  }

  /** The problems as the author reads them: the attribute or field, and what to write instead. */
  private authorWarnings(): ValidationError[] {
    return this.problems.map((problem) => ({ path: problem.path, message: this.problemText(problem) }));
  }

  private problemText(problem: CounterProblem): string {
    switch (problem.kind) {
      case 'unreadable':
        return problem.setting === 'side'
          ? msg('Not understood: write each or alternating.')
          : msg('Not understood: write a number, or a range such as 10-15.');
      case 'not-positive':
        return msg('Must be more than 0.');
      case 'reversed':
        return msg('The first number of a range must not be larger than the second.');
      case 'too-large': {
        const max = problem.max ?? 0;
        const shown =
          problem.setting === 'hold' || problem.setting === 'rest' ? this.seconds(max) : this.number(max);
        return msg(str`Must be ${shown} or less.`);
      }
      case 'no-dosage':
        return msg('No reps, sets, hold or rest could be read from this dosage; the count stays open.');
    }
  }

  private dispatch(action: CounterAction): void {
    if (action.type !== 'pause' && action.type !== 'resume') this.resolveConfig();
    const before = this.counter;
    const { state, effects } = reduceCounter(this.config, before, action);
    this.counter = state;
    this.clock.schedule(deadlineOf(state), DISPLAY_STEP_MS);
    if (effects.length > 0) this.apply(effects, before);
  }

  private onWake(now: number): void {
    this.dispatch({ type: 'tick', now });
    // Countdowns on screen follow the clock even when the state did not change.
    this.requestUpdate();
  }

  /** Turns the reducer's effects into events, one cue and one announcement. */
  private apply(effects: CounterEffect[], before: CounterState): void {
    const said: string[] = [];
    const cues = new Set<FeedbackCue>();
    let spoken: string | undefined;
    for (const effect of effects) {
      switch (effect.type) {
        case 'rep': {
          this.emit('ex-rep', { rep: effect.rep, set: effect.set, side: effect.side });
          // Against the target the rep was counted towards, not the next side's.
          said.push(this.repText(effect.rep, effect.side, currentTarget(this.config, before)));
          spoken = this.number(effect.rep);
          cues.add('tick');
          break;
        }
        case 'minimum-reached':
          said.push(msg(str`Minimum reached. Finish the set, or go on up to ${this.number(effect.max)}.`));
          break;
        case 'side-change':
          this.emit('ex-side-change', { side: effect.side });
          said.push(
            effect.side === 'left' ? msg('Back to the left side.') : msg('Switch to the right side.'),
          );
          cues.add('side');
          break;
        case 'set-complete':
          this.emit('ex-set-complete', { set: effect.set });
          said.push(msg(str`Set ${this.number(effect.set)} done.`));
          cues.add('set');
          break;
        case 'rest-start':
          said.push(msg(str`Rest ${this.seconds(this.config.restMs / 1000)}.`));
          break;
        case 'set-start':
          said.push(this.setText(effect.set));
          cues.add('go');
          break;
        case 'complete':
          this.emit('ex-complete', { sets: effect.sets, reps: effect.reps, durationMs: effect.durationMs });
          said.push(msg('Exercise complete.'), this.summaryText(effect.sets, effect.reps, effect.durationMs));
          cues.add('complete');
          break;
        case 'hold-start':
          said.push(msg(str`Hold ${this.seconds(this.config.holdMs / 1000)}.`));
          break;
        case 'hold-cancel':
          said.push(msg('Hold cancelled.'));
          break;
        case 'rest-extend':
          said.push(msg(str`Rest extended to ${this.seconds(this.secondsLeft(effect.endsAt))}.`));
          break;
        case 'undo':
          said.push(msg(str`Undone. ${this.progressText()}`));
          break;
      }
    }
    if (said.length > 0) this.announce(said.join(' '));
    const cue = CUE_ORDER.find((c) => cues.has(c));
    if (cue) this.feedback.cue(cue, cue === 'tick' ? spoken : said.join(' '));
  }

  private announce(text: string): void {
    // A trailing no-break space that flips makes a repeated message a change the live region reports.
    this.announceFlip = !this.announceFlip;
    this.announcement = this.announceFlip ? text : `${text}\u00a0`;
  }

  private number(n: number): string {
    return new Intl.NumberFormat(this.locale).format(n);
  }

  private range(range: Range): string {
    return formatRange(range, this.locale);
  }

  private seconds(s: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(
      s,
    );
  }

  /** A time taken, in the locale's words for durations ("1 min, 5 sec"); timers show clocks instead. */
  private duration(ms: number): string {
    return formatDuration(Math.round(ms / 1000), this.locale);
  }

  private secondsLeft(deadline: number | null): number {
    return Math.ceil(timeLeftMs(this.counter, deadline, this.clock.now()) / 1000);
  }

  private sideName(side: Side): string {
    return side === 'left' ? msg('Left') : msg('Right');
  }

  private setText(set: number): string {
    const sets = this.config.sets;
    return msg(str`Set ${this.number(set)} of ${this.range(sets)}`);
  }

  /** "7 of 10–15", or just "7" for an open count. */
  private progressText(): string {
    const count = this.number(shownCount(this.config, this.counter));
    const target = currentTarget(this.config, this.counter);
    return target === null ? count : msg(str`${count} of ${this.range(target)}`);
  }

  private repText(rep: number, side: Side | null, target: Range | null): string {
    const progress =
      target === null ? this.number(rep) : msg(str`${this.number(rep)} of ${this.range(target)}`);
    return side === null ? progress : msg(str`${this.sideName(side)}: ${progress}`);
  }

  private summaryText(sets: number, reps: number, durationMs: number): string {
    return msg(
      str`Sets: ${this.number(sets)} · Reps: ${this.number(reps)} · Time: ${this.duration(durationMs)}`,
    );
  }

  private readonly onTap = (): void => {
    if (this.isDisabled) return;
    this.feedback.prime();
    this.dispatch({ type: 'tap', now: this.clock.now() });
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (this.isDisabled || this.paused || event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case 'ArrowUp':
        event.preventDefault();
        this.feedback.prime();
        this.dispatch({ type: 'tap', now: this.clock.now() });
        break;
      case 'ArrowDown':
      case 'Backspace':
        event.preventDefault();
        this.dispatch({ type: 'undo' });
        break;
      case 'Escape':
        // Only a running hold takes Escape; otherwise it stays with the page (a dialog may want it).
        if (this.counter.phase === 'holding') {
          event.preventDefault();
          this.dispatch({ type: 'cancelHold' });
        }
        break;
    }
  };

  private readonly onUndo = (): void => {
    if (!this.isDisabled) this.dispatch({ type: 'undo' });
  };

  private readonly onFinish = (): void => {
    if (this.isDisabled) return;
    this.dispatch({ type: 'finish', now: this.clock.now() });
    void this.focusTap();
  };

  private readonly onSkipRest = (): void => {
    if (this.isDisabled) return;
    this.dispatch({ type: 'skipRest', now: this.clock.now() });
    void this.focusTap();
  };

  private readonly onExtendRest = (): void => {
    if (!this.isDisabled) this.dispatch({ type: 'extendRest', seconds: REST_EXTENSION_SECONDS });
  };

  private readonly onExtraSet = (): void => {
    if (this.isDisabled) return;
    this.dispatch({ type: 'extraSet' });
    void this.focusTap();
  };

  private readonly onAgain = (): void => {
    if (this.isDisabled) return;
    this.reset();
    void this.focusTap();
  };

  private readonly onMute = (): void => {
    this.muted = !this.muted;
    writeMuted(this.muted);
    this.feedback.muted = this.muted;
    if (!this.muted) this.feedback.prime();
  };

  /** Keeps keyboard focus in the widget when the button that had it goes away. */
  private async focusTap(): Promise<void> {
    await this.updateComplete;
    const active = this.shadowRoot?.activeElement;
    if (!active || !active.isConnected) this.tapButton?.focus();
  }

  protected override render(): TemplateResult {
    const state = this.counter;
    const config = this.config;
    const disabled = this.isDisabled;
    const target = currentTarget(config, state);
    const showSets = rangeMax(config.sets) > 1 || state.set > 1;
    return html`<div
      part="base"
      class="base"
      dir=${this.contentDirection}
      aria-busy=${this.readingDosage ? 'true' : 'false'}
      @keydown=${this.onKeydown}
    >
      ${this.debug && this.problems.length > 0 ? this.renderWarnings() : nothing}
      <p part="status" class="status">
        ${this.paused ? html`<span class="paused">${msg('Paused')}</span>` : nothing}
        ${
          state.phase === 'complete'
            ? html`<span>${msg('Done')}</span>`
            : showSets
              ? html`<span class="set">${this.setText(state.set)}</span>`
              : nothing
        }
        ${
          state.side !== null && state.phase !== 'complete'
            ? html`<span class="side"
                >${
                  config.side === 'alternating'
                    ? msg(str`Next: ${this.sideName(state.side)}`)
                    : this.sideName(state.side)
                }</span
              >`
            : nothing
        }
      </p>
      ${this.renderTap(target, disabled)} ${state.phase === 'rest' ? this.renderRest() : nothing}
      ${state.phase === 'complete' ? this.renderSummary() : nothing}
      <div part="controls" class="controls">${this.renderControls(disabled)}</div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
      ${this.renderTally()}
    </div>`;
  }

  /** The author's list (only while `debug` is set): each attribute or field, and what to write. */
  private renderWarnings(): TemplateResult {
    return html`<div part="warnings" class="warnings" role="note">
      <p>${msg('Settings this counter could not use:')}</p>
      <ul>
        ${this.authorWarnings().map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * The counter on paper: a box per set to tick, then the work of one set ("☐ ☐ ☐ Reps per side:
   * 10–15"). Labels, not counted phrases, so there is no plural to get wrong and no dosage-word table
   * to load for a line that only prints. Shown only by the print styles.
   */
  private renderTally(): TemplateResult {
    const config = this.config;
    const target = config.target === null ? '____' : this.range(config.target);
    const parts = [config.side === null ? msg(str`Reps: ${target}`) : msg(str`Reps per side: ${target}`)];
    if (config.holdMs > 0) parts.push(msg(str`Hold: ${this.seconds(config.holdMs / 1000)}`));
    const boxes = Array.from({ length: rangeMax(config.sets) }, () => '\u2610').join(' ');
    return html`<p part="tally" class="tally">
      <span class="tally-boxes" aria-hidden="true">${boxes}</span>
      <span>${parts.join(' · ')}</span>
    </p>`;
  }

  private renderTap(target: Range | null, disabled: boolean): TemplateResult {
    const state = this.counter;
    const config = this.config;
    const phase = state.phase;
    const paused = this.paused && phase !== 'complete';
    // The button is named by what it shows ("7 of 10–15, Tap to count"), so speech and sight agree.
    const label = paused
      ? msg('Paused')
      : phase === 'holding'
        ? msg('Holding')
        : phase === 'rest'
          ? msg('Resting')
          : phase === 'complete'
            ? msg('Total reps')
            : config.holdMs > 0
              ? msg('Tap to hold')
              : msg('Tap to count');
    const ring =
      phase === 'holding' && state.holdEndsAt !== null
        ? keyed(
            state.holdEndsAt,
            progressRing({
              kind: 'countdown',
              durationMs: config.holdMs,
              elapsedMs: this.holdElapsedAtStart(state.holdEndsAt),
              paused,
            }),
          )
        : target === null
          ? // An open count has no share to show: a ring there could never move.
            nothing
          : progressRing({
              kind: 'progress',
              fraction: phase === 'complete' ? 1 : shownCount(config, state) / rangeMax(target),
            });
    // The seconds of a hold tick, so they stay out of the button's name.
    const hint =
      phase === 'holding'
        ? html`${label} <span aria-hidden="true">${this.seconds(this.secondsLeft(state.holdEndsAt))}</span>`
        : label;
    // Once complete the count is the whole exercise's, as in the summary below (not the last side's).
    const count = phase === 'complete' ? state.totalReps : shownCount(config, state);
    return html`<button
      part="button"
      class="tap"
      type="button"
      aria-disabled=${phase === 'counting' && !paused ? 'false' : 'true'}
      ?disabled=${disabled}
      @click=${this.onTap}
    >
      ${ring}
      <span class="readout">
        <span part="count" class="count">${this.number(count)}</span>
        ${
          target !== null && phase !== 'complete'
            ? html`<span class="target"
                ><span aria-hidden="true">/</span
                ><span class="visually-hidden">${msg('of')}</span> ${this.range(target)}</span
              >`
            : nothing
        }
      </span>
      <span part="hint" class="hint">${hint}</span>
    </button>`;
  }

  /**
   * How far into the hold its ring started. Fixed per hold: the CSS animation runs on from there, and
   * moving its delay on each re-render would make it jump.
   */
  private holdElapsedAtStart(endsAt: number): number {
    if (this.ringStart?.endsAt !== endsAt) {
      this.ringStart = { endsAt, elapsedMs: this.config.holdMs - (endsAt - this.clock.now()) };
    }
    return this.ringStart.elapsedMs;
  }

  private ringStart: { endsAt: number; elapsedMs: number } | undefined;

  private renderRest(): TemplateResult {
    return html`<p part="rest" class="rest">
      ${msg('Rest')}
      <span class="rest-time" role="timer">${this.seconds(this.secondsLeft(this.counter.restEndsAt))}</span>
    </p>`;
  }

  private renderSummary(): TemplateResult {
    const state = this.counter;
    const durationMs = Math.max(0, (state.completedAt ?? 0) - (state.startedAt ?? state.completedAt ?? 0));
    return html`<p part="summary" class="summary">
      ${this.summaryText(state.setsDone, state.totalReps, durationMs)}
      ${
        state.side !== null
          ? html`<br />${msg(str`Left: ${this.number(state.leftReps)} · Right: ${this.number(state.rightReps)}`)}`
          : nothing
      }
    </p>`;
  }

  private renderControls(disabled: boolean): TemplateResult {
    const state = this.counter;
    const config = this.config;
    const phase = state.phase;
    const canUndo = phase === 'holding' || (phase !== 'complete' && state.previous !== null);
    const muted = this.muted;
    // While paused nothing counts: every button but Mute waits for the resume.
    disabled = disabled || this.paused;
    const finishLabel =
      config.side === 'each' && state.side === 'left'
        ? msg('Done with this side')
        : msg('Done with this set');
    return html`
      ${
        phase === 'rest'
          ? html`<button type="button" class="primary" ?disabled=${disabled} @click=${this.onSkipRest}>
                ${msg('Skip rest')}
              </button>
              <button
                type="button"
                ?disabled=${disabled}
                aria-label=${msg(str`Add ${this.seconds(REST_EXTENSION_SECONDS)} of rest`)}
                @click=${this.onExtendRest}
              >
                +${this.seconds(REST_EXTENSION_SECONDS)}
              </button>`
          : nothing
      }
      ${
        canFinish(config, state)
          ? html`<button type="button" class="primary" ?disabled=${disabled} @click=${this.onFinish}>
              ${finishLabel}
            </button>`
          : nothing
      }
      ${
        phase === 'complete'
          ? html`<button type="button" class="primary" ?disabled=${disabled} @click=${this.onAgain}>
                ${msg('Do it again')}
              </button>
              ${
                canAddSet(config, state)
                  ? html`<button type="button" ?disabled=${disabled} @click=${this.onExtraSet}>
                      ${msg('One more set')}
                    </button>`
                  : nothing
              }`
          : html`<button
              type="button"
              class="undo"
              ?disabled=${disabled}
              aria-disabled=${canUndo ? 'false' : 'true'}
              @click=${this.onUndo}
            >
              ${msg('Undo')}
            </button>`
      }
      ${
        this.noMuteButton
          ? nothing
          : html`<button
              type="button"
              class="mute"
              aria-pressed=${muted ? 'true' : 'false'}
              @click=${this.onMute}
            >
              ${msg('Mute')}
            </button>`
      }
    `;
  }
}
