import { msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Dosage, Range } from '../core/dosage-types.js';
import { rangeMax } from '../core/dosage-types.js';
import { formatRange } from '../core/format-dosage.js';
import { formatDuration } from '../core/format-duration.js';
import { parseDosage } from '../core/parse-dosage.js';
import {
  canAddSet,
  canFinish,
  counterConfig,
  currentTarget,
  deadlineOf,
  formValueOf,
  initialCounter,
  readRange,
  reduceCounter,
  restoreCounter,
  shownCount,
  snapshotOf,
  type CounterAction,
  type CounterConfig,
  type CounterEffect,
  type CounterPhase,
  type CounterState,
} from '../core/rep-counter-state.js';
import { ClockController } from '../internal/clock-controller.js';
import type { Side } from '../internal/events.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { FeedbackController, type FeedbackCue, type VoiceMode } from '../internal/feedback-controller.js';
import { uiLocale } from '../internal/locale-loader.js';
import { themeTokens } from '../internal/theme.styles.js';
import { progressRing, progressRingStyles } from '../internal/progress-ring.js';
import { repCounterStyles } from './rep-counter.styles.js';

/** Seconds added by the rest's "+15 s" button. */
export const REST_EXTENSION_SECONDS = 15;

/** Countdowns on screen change once a second. */
const DISPLAY_STEP_MS = 1000;

/** The strongest cue wins when one action causes several (a rep that completes a set plays the set cue). */
const CUE_ORDER: FeedbackCue[] = ['complete', 'set', 'side', 'go', 'tick'];

const dosageConverter = {
  fromAttribute: (value: string | null): Dosage | undefined =>
    value === null ? undefined : parseDosage(value),
};

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
 * **Feedback.** A synthesized tick per rep and distinct tones for side change, set done, next set and
 * the end; vibration where supported (not under reduced motion); spoken words with `voice`. The Mute
 * button silences all of it and is remembered (`localStorage` key `exercise-elements:muted`).
 *
 * @summary Counts reps, holds, sides and sets; a large tap target, keyboard keys, rest timer and form value.
 *
 * @csspart base - The widget's box.
 * @csspart status - The line with the set and the side.
 * @csspart button - The big tap target that counts a rep.
 * @csspart ring - The progress ring around the tap target (hold progress, or share of the target).
 * @csspart count - The number of reps done.
 * @csspart rest - The rest countdown.
 * @csspart summary - The summary shown when complete.
 * @csspart controls - The row of secondary buttons (undo, finish, skip, +15 s, mute, do it again).
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
 *
 * @event {CustomEvent<ExRepDetail>} ex-rep - A rep was counted: `{ rep, set, side }` (rep number on that side, 1-based set, `left`/`right`/null).
 * @event {CustomEvent<ExSetCompleteDetail>} ex-set-complete - A set was completed: `{ set }`.
 * @event {CustomEvent<ExSideChangeDetail>} ex-side-change - The working side changed (`each` only, also when undo goes back): `{ side }`.
 * @event {CustomEvent<ExCompleteDetail>} ex-complete - All planned sets are done: `{ sets, reps, durationMs }` (time from the first tap).
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
    dosage: { converter: dosageConverter },
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
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
  /** The whole dosage: a Dosage object, or as an attribute a line read by `parseDosage`. */
  declare dosage: Dosage | undefined;
  /** Form field name under which the value is submitted. */
  declare name: string | undefined;
  /** Disables counting and every button, like a native control. */
  declare disabled: boolean;
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

  private config: CounterConfig = counterConfig();
  private configKey = '';
  private readonly internals: ElementInternals | undefined;
  private readonly clock = new ClockController(this, { onWake: (now) => this.onWake(now) });
  private readonly feedback = new FeedbackController(this);
  private announceFlip = false;

  constructor() {
    super();
    this.disabled = false;
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
    let saved: unknown;
    try {
      saved = JSON.parse(state);
    } catch {
      return;
    }
    const restored = restoreCounter(this.config, saved);
    if (!restored) return;
    this.counter = restored;
    this.clock.schedule(deadlineOf(restored), DISPLAY_STEP_MS);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.resolveConfig();
    if (changed.has('voice')) this.feedback.voice = this.voice ?? 'off';
    // Spoken words are our UI strings, so the voice speaks the catalog's language.
    this.feedback.lang = uiLocale();
  }

  protected override updated(): void {
    this.setAttribute('phase', this.counter.phase);
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
    return this.disabled || this.formDisabled;
  }

  /** Numbers and units follow the element's own language (own `lang`, ancestors', the page's…). */
  private get locale(): string {
    return this.contentLocale;
  }

  /** Recomputes the config from the attributes; a different config starts the count over. */
  private resolveConfig(): void {
    const text = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
    const side = this.side === 'each' || this.side === 'alternating' ? this.side : undefined;
    const next = counterConfig({
      dosage: this.dosage,
      target: readRange(text(this.target)),
      sets: readRange(text(this.sets)),
      side,
      hold: readRange(text(this.hold)),
      rest: readRange(text(this.rest)),
    });
    const key = JSON.stringify(next);
    if (key === this.configKey) return;
    this.config = next;
    this.configKey = key;
    this.counter = initialCounter(next);
    this.clock.cancel();
  }

  private dispatch(action: CounterAction): void {
    this.resolveConfig();
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
    return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - this.clock.now()) / 1000));
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
    if (this.isDisabled || event.altKey || event.ctrlKey || event.metaKey) return;
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
    this.feedback.muted = !this.feedback.muted;
    if (!this.feedback.muted) this.feedback.prime();
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
    return html`<div part="base" class="base" dir=${this.contentDirection} @keydown=${this.onKeydown}>
      <p part="status" class="status">
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
    </div>`;
  }

  private renderTap(target: Range | null, disabled: boolean): TemplateResult {
    const state = this.counter;
    const config = this.config;
    const phase = state.phase;
    // The button is named by what it shows ("7 / 10–15 Count rep"), so speech and sight agree.
    const label =
      phase === 'holding'
        ? msg('Holding')
        : phase === 'rest'
          ? msg('Resting')
          : phase === 'complete'
            ? msg('Complete')
            : msg('Count rep');
    const ring =
      phase === 'holding' && state.holdEndsAt !== null
        ? keyed(
            state.holdEndsAt,
            progressRing({
              kind: 'countdown',
              durationMs: config.holdMs,
              elapsedMs: this.holdElapsedAtStart(state.holdEndsAt),
            }),
          )
        : progressRing({
            kind: 'progress',
            fraction:
              phase === 'complete' ? 1 : target === null ? 0 : shownCount(config, state) / rangeMax(target),
          });
    // The seconds of a hold tick, so they stay out of the button's name.
    const hint =
      phase === 'holding'
        ? html`${label} <span aria-hidden="true">${this.seconds(this.secondsLeft(state.holdEndsAt))}</span>`
        : label;
    return html`<button
      part="button"
      class="tap"
      type="button"
      aria-disabled=${phase === 'counting' ? 'false' : 'true'}
      ?disabled=${disabled}
      @click=${this.onTap}
    >
      ${ring}
      <span class="readout">
        <span part="count" class="count">${this.number(shownCount(config, state))}</span>
        ${
          target !== null && phase !== 'complete'
            ? html`<span class="target">/ ${this.range(target)}</span>`
            : nothing
        }
      </span>
      <span class="hint">${hint}</span>
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
    const muted = this.feedback.muted;
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
      <button type="button" class="mute" aria-pressed=${muted ? 'true' : 'false'} @click=${this.onMute}>
        ${msg('Mute')}
      </button>
    `;
  }
}
