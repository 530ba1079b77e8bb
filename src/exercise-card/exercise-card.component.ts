import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { rangeMax, type Dosage } from '../core/dosage-types.js';
import { formatDosage } from '../core/format-dosage.js';
import { wordsSayDosage } from '../core/dosage-redundancy.js';
import { listFormat, numberFormat, supportedLocale } from '../core/intl-cache.js';
import { textDirection } from '../core/text-direction.js';
import type { Exercise, ExerciseInput, Variation } from '../data/exercise-schema.js';
import { findExerciseInDocument, singleExerciseRoutine } from '../data/resolve-routine.js';
import type {} from '../routine-player/routine-player.js';
import { validateExerciseLenient, formatValidationError } from '../data/validate-exercise.js';
import { renderAuthorWarnings } from '../internal/author-warnings.js';
import { DocumentLoader, type ElementLoaderMessages } from '../internal/document-loader.js';
import { ensureDosageWords } from '../internal/dosage-words-loader.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { jsonLdScriptText } from '../internal/trusted-json-ld.js';
import { uiLocale } from '../internal/locale-loader.js';
import { pickText, resolveLocale, type LocalizedText } from '../internal/localized-text.js';
import { pluralMessage } from '../internal/plural-message.js';
import { exerciseCardStyles } from './exercise-card.styles.js';
import { renderImages } from './exercise-media.js';
import { loadDosageTextReaderFor } from '../data/lazy-dosage-text-reader.js';
import { jsonLdWriter, jsonLdWriterLoading } from './lazy-json-ld.js';
import { loadVideoFor, videoRenderer } from './lazy-video.js';
import { cardFigure } from '../exercise-figure/lazy-figure.js';

const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Validation errors listed in the card; the event carries all of them. */
const SHOWN_ERRORS = 5;
/** Tick boxes printed for a dosage with an absurd number of sets stop here. */
const MAX_TICK_BOXES = 12;
/** Marks the JSON-LD script this card owns in its light DOM. */
const JSON_LD_MARKER = 'data-exercise-card';

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_TEXT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** A count inside a UI sentence, in the digits of the sentence's language. */
const uiNumber = (n: number): string => numberFormat(uiLocale()).format(n);

const exerciseMessages: ElementLoaderMessages = {
  httpError: (where, status, statusText) => {
    const answer = statusText ? `${status} ${statusText}` : `${status}`;
    return msg(str`Could not load exercise data from ${where}: the server answered ${answer}.`);
  },
  networkError: (where) => msg(str`Could not load exercise data from ${where}: the network request failed.`),
  timeout: (where, seconds) => {
    const n = uiNumber(seconds);
    return pluralMessage(seconds, {
      zero: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} seconds.`, {
          id: 'card.timeout.zero',
        }),
      one: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} second.`, {
          id: 'card.timeout.one',
        }),
      two: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} seconds.`, {
          id: 'card.timeout.two',
        }),
      few: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} seconds.`, {
          id: 'card.timeout.few',
        }),
      many: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} seconds.`, {
          id: 'card.timeout.many',
        }),
      other: () =>
        msg(str`Could not load exercise data from ${where}: no answer after ${n} seconds.`, {
          id: 'card.timeout.other',
        }),
    });
  },
  notJson: (where) => msg(str`The data at ${where} is not valid JSON.`),
  inlineNotJson: () => msg('The inline exercise JSON is not valid JSON.'),
  notFound: (id, where) => msg(str`No exercise with id "${id}" was found in ${where}.`),
  invalid: (count) => {
    const n = uiNumber(count);
    return pluralMessage(count, {
      zero: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.zero' }),
      one: () => msg(str`This exercise data has ${n} problem:`, { id: 'card.problems.one' }),
      two: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.two' }),
      few: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.few' }),
      many: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.many' }),
      other: () => msg(str`This exercise data has ${n} problems:`, { id: 'card.problems.other' }),
    });
  },
};

/**
 * One exercise, shown from JSON: name, dosage, media, steps, cues, equipment, target areas, safety,
 * variations and source. It prints as a handout with tick boxes, and can describe itself to search
 * engines as schema.org HowTo.
 *
 * Data comes in three ways (the first present wins): the `exercise` property, the `src` attribute
 * (`#id` picks one exercise out of a routine or library file), or an inline child
 * `<script type="application/json">`. While a `src` loads, a skeleton of the card's size holds the space;
 * a fetch that takes longer than 15 seconds counts as failed. Invalid data, a failed fetch or a missing
 * `#id` shows a readable message in the card (`role="alert"`) and fires `ex-error`; the card never throws
 * and never goes blank.
 *
 * @summary A printable, accessible card for one exercise, from JSON.
 *
 * @csspart base - The card's outer box (also in the loading and error states).
 * @csspart media - The images or video.
 * @csspart title - The heading with the exercise name.
 * @csspart dosage - The dosage line.
 * @csspart steps - The ordered list of steps.
 * @csspart safety - The safety callout.
 * @csspart controls - The row of buttons (start, details). Hidden in print.
 * @csspart start-button - The Start button.
 * @csspart expand-button - The Details button of the compact layout.
 * @csspart play-button - The play button of a YouTube or Vimeo facade.
 * @csspart follow-along - The box holding the follow-along player opened by Start.
 *
 * @cssproperty [--ex-accent=#0f6e6e] - Accent colour: buttons, step numbers.
 * @cssproperty [--ex-on-accent=#ffffff] - Text on the accent colour.
 * @cssproperty [--ex-radius=12px] - Corner radius.
 * @cssproperty [--ex-font=inherit] - Font family; the page's by default.
 * @cssproperty [--ex-text=inherit] - Text colour; the page's by default.
 * @cssproperty [--ex-surface=transparent] - Background of the card; none by default, so the page shows through (#ffffff with `theme="light"`).
 * @cssproperty [--ex-surface-2=color-mix(in srgb, currentColor 6%, transparent)] - Background of placeholders and media boxes.
 * @cssproperty [--ex-muted=color-mix(in srgb, currentColor 80%, transparent)] - Secondary text.
 * @cssproperty [--ex-border=color-mix(in srgb, currentColor 28%, transparent)] - Borders.
 * @cssproperty [--ex-danger=#a3261a] - Safety callout and error accent.
 * @cssproperty [--ex-danger-surface=color-mix(in srgb, #a3261a 8%, transparent)] - Safety callout and error background.
 * @cssproperty [--ex-focus=#1a5fb4] - Focus ring.
 * @cssproperty [--ex-space=1rem] - Base spacing.
 * @cssproperty [--ex-card-surface=var(--ex-surface)] - Background of this card only.
 * @cssproperty [--ex-card-padding=var(--ex-space)] - Padding inside the card.
 * @cssproperty [--ex-card-min-height=12rem] - Space reserved before data arrives (3.5rem when compact).
 * @cssproperty [--ex-card-media-aspect-ratio=16 / 9] - Box reserved for a video.
 *
 * @event {CustomEvent<ExStartDetail>} ex-start - The reader pressed Start; `detail.id` is the exercise id. Cancelable: unless a listener calls `preventDefault()`, the card opens a follow-along for this exercise when `<routine-player>` is registered on the page.
 * @event {CustomEvent<ExLoadDetail>} ex-load - The exercise data loaded and passed validation.
 * @event {CustomEvent<ExErrorDetail>} ex-error - Loading or validation failed; `detail` holds the message, its kind and the validation errors with their paths.
 */
export class ExerciseCard extends ExerciseElement {
  static override styles = exerciseCardStyles;

  static override properties = {
    exercise: { attribute: false },
    src: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    layout: { reflect: true },
    startable: { type: Boolean },
    structuredData: { attribute: 'structured-data', type: Boolean },
    theme: { reflect: true },
    _expanded: { state: true },
    _playing: { state: true },
    _following: { state: true },
  };

  /** The exercise as an object; takes precedence over `src` and inline JSON. */
  declare exercise: ExerciseInput | Exercise | undefined;
  /** URL of a JSON file; `#id` picks one exercise out of a routine or a list. */
  declare src: string | undefined;
  /** Level of the name heading, 1–6, to fit the page's outline. Default 3. */
  declare headingLevel: number;
  /** `full` (default) or `compact`: a one-line row for lists that expands on demand. */
  declare layout: 'full' | 'compact';
  /**
   * Shows a Start button. It fires `ex-start`, then opens a guided follow-along (`<routine-player>`) for this
   * one exercise below the card, when the page has registered the player (the drop-in file does).
   */
  declare startable: boolean;
  /** Writes a schema.org HowTo `<script type="application/ld+json">` into the light DOM. */
  declare structuredData: boolean;
  /** `light` or `dark` forces a colour scheme; unset follows the page's `color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;
  /** @internal Whether the compact layout is expanded. */
  declare _expanded: boolean;
  /** @internal Whether the follow-along player is open. */
  declare _following: boolean;
  /** @internal The exercise whose video facade was pressed. */
  declare _playing: Exercise | undefined;

  /** @internal */
  readonly #loader = new DocumentLoader<Exercise>(this, {
    value: () => this.exercise,
    src: () => this.src,
    // An invalid optional field is left out rather than hiding the card; the author hears of it.
    validate: validateExerciseLenient,
    // A dosage written as text needs the parser, and a video its player: each fetched only for such data.
    prepare: (input) => {
      const waits = [loadDosageTextReaderFor(input), loadVideoFor(input)].filter(
        (wait) => wait !== undefined,
      );
      return waits.length ? Promise.allSettled(waits) : undefined;
    },
    select: findExerciseInDocument,
    messages: exerciseMessages,
    onSettle: (loader) => {
      if (loader.status === 'ready' && loader.value) {
        this.warnAuthor(loader.warnings);
        this.emit('ex-load', { id: loader.value.id });
      } else if (loader.status === 'error' && loader.error) this.emit('ex-error', loader.error);
    },
  });

  /** @internal */
  #jsonLd: HTMLScriptElement | undefined;
  /** @internal What the JSON-LD text was last built from (`words`: the language's dosage words were in). */
  #jsonLdSource:
    { exercise: Exercise; locale: string; words: boolean; base: string; json: string } | undefined;

  /**
   * @internal The card's language for the current update, resolved once in `willUpdate`: the author's
   * text (`text`, as `lang` says), numbers and lists (`intl`, a tag Intl accepts) and the layout
   * direction. Every string of a render needs it, and walking the ancestors' `lang` for each one was a
   * measurable share of a card's render.
   */
  #language: { text: string; intl: string; dir: 'ltr' | 'rtl' } = { text: 'en', intl: 'en', dir: 'ltr' };

  constructor() {
    super();
    this.headingLevel = 3;
    this.layout = 'full';
    this.startable = false;
    this.structuredData = false;
    this._expanded = false;
    this._following = false;
    // `src`, `exercise` and `theme` stay unset: a reflected default would add attributes to the page.
  }

  /** The loading state: `idle`, `loading`, `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    return this.#loader.status;
  }

  /** The validated exercise once loaded (dosage text parsed), otherwise `undefined`. */
  get data(): Exercise | undefined {
    return this.#loader.value;
  }

  /**
   * Also waits for data that waited for the dosage text parser, and for the JSON-LD writer of a card
   * with `structured-data`, so it resolves with the content shown and its JSON-LD in the page.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await this.#loader.shown(() => super.getUpdateComplete());
    const writer = this.structuredData ? jsonLdWriterLoading() : undefined;
    if (writer) {
      // Its arrival asks for an update (see #jsonLdText); a failed load leaves the card without JSON-LD.
      await writer.catch(() => undefined);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // As `contentLocale` and `contentDirection` would answer, from a single walk up the ancestors.
    const text = resolveLocale(this);
    const intl = supportedLocale(text);
    this.#language = { text, intl, dir: textDirection(intl) };
    // On the server no controller runs: let the loader take the `exercise` property here.
    this.#loader.prerender();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncStructuredData();
    this.#syncPrintFooter();
  }

  protected override render(): TemplateResult {
    const loader = this.#loader;
    if (loader.status === 'error' && loader.error) return this.#renderError();
    if (loader.status === 'ready' && loader.value) return this.#renderExercise(loader.value);
    return this.#renderSkeleton(loader.status === 'loading');
  }

  // ---- states -------------------------------------------------------------------------------------

  #renderSkeleton(loading: boolean): TemplateResult {
    const compact = this.layout === 'compact';
    return html`<div
      part="base"
      class="card skeleton ${compact ? 'compact' : ''}"
      dir=${this.#language.dir}
      aria-busy="true"
    >
      <span class="visually-hidden" role="status"
        >${loading ? msg('Loading exercise…') : msg('Waiting for exercise data…')}</span
      >
      <div class="bone bone-title"></div>
      ${
        compact
          ? nothing
          : html`<div class="bone bone-media"></div>
              <div class="bone bone-line"></div>
              <div class="bone bone-line short"></div>`
      }
    </div>`;
  }

  #renderError(): TemplateResult {
    const error = this.#loader.error!;
    const shown = error.errors.slice(0, SHOWN_ERRORS);
    const more = error.errors.length - shown.length;
    return html`<div part="base" class="card error" dir=${this.#language.dir}>
      <div class="alert" role="alert">
        <p class="alert-title">${msg('This exercise could not be shown.')}</p>
        <p class="alert-message">${error.message}</p>
        ${
          shown.length
            ? html`<ul class="alert-errors">
                ${shown.map((e) => {
                  const [path, ...rest] = formatValidationError(e).split(': ');
                  return html`<li><code>${path}</code>: ${rest.join(': ')}</li>`;
                })}
              </ul>`
            : nothing
        }
        ${more > 0 ? html`<p>${this.#moreText(more)}</p>` : nothing}
      </div>
      ${
        error.kind === 'load'
          ? html`<div part="controls" class="controls">
              <button type="button" class="action secondary" @click=${() => this.#loader.reload()}>
                ${msg('Try again')}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderExercise(exercise: Exercise): TemplateResult {
    const name = this.#text(exercise.name);
    const h = this.#headingTag(this.#level());
    // The heading is written into the article's own template rather than nested as a template of its
    // own: one template instance less per card. The name is the author's text: `dir="auto"` keeps an
    // Arabic name whole in an English page.
    if (this.layout !== 'compact') {
      return staticHtml`<article part="base" class="card full" dir=${this.#language.dir} aria-labelledby="title">
        <${h} part="title" class="title" id="title" dir="auto">${name}</${h}>
        ${renderAuthorWarnings(this.debug, this.#loader.warnings)} ${this.#renderMeta(exercise)} ${this.#renderMedia(exercise, name)}
        ${this.#renderSummary(exercise)} ${this.#renderDosage(exercise)} ${this.#renderBody(exercise)}
        ${this.startable ? html`<div part="controls" class="controls">${this.#renderStart(exercise, name)}</div>` : nothing}
        ${this.#renderFollowAlong(exercise)}
      </article>`;
    }
    return staticHtml`<article part="base" class="card compact" dir=${this.#language.dir} aria-labelledby="title">
      <div class="row">
        <${h} part="title" class="title" id="title" dir="auto">${name}</${h}>
        ${this.#renderDosage(exercise)}
        <div part="controls" class="controls">
          <button
            type="button"
            part="expand-button"
            class="action secondary expand"
            aria-expanded=${this._expanded ? 'true' : 'false'}
            aria-controls="details"
            aria-label=${msg(str`Details: ${name}`)}
            @click=${this.#toggle}
          >
            ${msg('Details')}<span class="chevron" aria-hidden="true">▾</span>
          </button>
          ${this.startable ? this.#renderStart(exercise, name) : nothing}
        </div>
      </div>
      ${renderAuthorWarnings(this.debug, this.#loader.warnings)}
      <div id="details" class="details" ?hidden=${!this._expanded}>
        ${this.#renderMeta(exercise)} ${this.#renderMedia(exercise, name)} ${this.#renderSummary(exercise)}
        ${this.#renderBody(exercise)}
      </div>
      ${this.#renderFollowAlong(exercise)}
    </article>`;
  }

  // ---- pieces -------------------------------------------------------------------------------------

  #renderMeta(exercise: Exercise): TemplateResult | typeof nothing {
    const items: string[] = [];
    if (exercise.difficulty) items.push(this.#difficulty(exercise.difficulty));
    if (exercise.category) items.push(exercise.category);
    if (!items.length) return nothing;
    return html`<ul class="meta" aria-label=${msg('About this exercise')}>
      ${items.map((item) => html`<li dir="auto">${item}</li>`)}
    </ul>`;
  }

  #renderMedia(exercise: Exercise, name: string): TemplateResult | typeof nothing {
    const images = exercise.media?.images ?? [];
    const video = exercise.media?.video;
    // Loaded before data with a video was validated (`prepare`); after a failed load, no video.
    const renderVideo = videoRenderer();
    // The drawn figure (issue 22), when the data has one: its code loads only then.
    const figure = cardFigure(exercise, this.theme);
    if (!images.length && !video) return figure;
    const text = (value: LocalizedText | undefined) => this.#text(value);
    return html`<div part="media" class="media">
      ${figure}
      ${
        video && renderVideo
          ? renderVideo(video, {
              name,
              text,
              playing: this._playing === exercise,
              onPlay: () => this.#play(exercise),
            })
          : nothing
      }
      ${images.length ? renderImages(images, text) : nothing}
    </div>`;
  }

  #renderSummary(exercise: Exercise): TemplateResult | typeof nothing {
    const summary = this.#text(exercise.summary);
    return summary ? html`<p class="summary" dir="auto">${summary}</p>` : nothing;
  }

  #renderDosage(exercise: Exercise): TemplateResult | typeof nothing {
    const dosage = exercise.dosage;
    if (!dosage) return nothing;
    // English words until the card's language has its table; its arrival re-renders the card.
    ensureDosageWords(this.#language.intl);
    // The author's words are shown once. Our formatted line (in the card's language) stands alone when
    // there are no words, and joins them only where it adds something: numbers the words leave out
    // ("A few slow sets" beside sets: 2, reps: 10), or a card in a language the exercise is not
    // written in. "10–15 reps, 3–5 second squeeze" already says all of "10–15 reps · hold 3–5 sec".
    const own = dosage.text?.trim() ?? '';
    const intl = this.#language.intl;
    const line = formatDosage(dosage, intl);
    if (!line && !own) return nothing;
    const both =
      Boolean(own && line && line !== own) &&
      (this.#lacksLanguage(exercise) || !wordsSayDosage(own, dosage, intl === 'en' ? line : undefined));
    const shown = both || !own ? line : own;
    return html`<p
      part="dosage"
      class="dosage"
      title=${ifDefined(this.layout === 'compact' ? (both ? `${line} · ${own}` : shown) : undefined)}
    >
      <span class="dosage-label">${msg('Dosage')}</span>
      <span class="dosage-line" dir=${ifDefined(shown === own ? 'auto' : undefined)}>${shown}</span>
      ${both ? html`<span class="dosage-note" dir="auto">(${own})</span>` : nothing}
    </p>`;
  }

  #renderBody(exercise: Exercise): TemplateResult {
    // Sub-headings sit one level below the name; like the name, each is written into its section's
    // template (static tag) instead of being a template of its own.
    const h = this.#headingTag(this.#level() + 1);
    const steps = (exercise.steps ?? []).map((s) => this.#text(s)).filter(Boolean);
    const cues = (exercise.cues ?? []).map((s) => this.#text(s)).filter(Boolean);
    const equipment = (exercise.equipment ?? []).map((s) => this.#text(s)).filter(Boolean);
    const muscles = (exercise.muscles ?? []).map((s) => this.#text(s)).filter(Boolean);
    const safety = (exercise.safety ?? []).map((s) => this.#text(s)).filter(Boolean);
    const easier = exercise.easier ?? [];
    const harder = exercise.harder ?? [];
    const ticks = this.#tickBoxes(exercise.dosage);
    return html`
      ${
        ticks
          ? html`<p class="print-only ticks-row">
              ${msg('Sets done:')}
              <span class="ticks">${Array.from({ length: ticks }, () => '☐').join(' ')}</span>
            </p>`
          : nothing
      }
      ${
        steps.length
          ? staticHtml`<section class="steps-section">
              <${h} class="sub" id="steps-heading">${msg('How to do it')}</${h}>
              <ol part="steps" class="steps" dir="auto">
                ${steps.map((step) => html`<li dir="auto">${step}</li>`)}
              </ol>
            </section>`
          : nothing
      }
      ${
        cues.length
          ? staticHtml`<section class="cues">
              <${h} class="sub" id="cues-heading">${msg('Tips')}</${h}>
              <ul dir="auto">
                ${cues.map((cue) => html`<li dir="auto">${cue}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${
        equipment.length || muscles.length
          ? html`<dl class="facts">
              ${
                equipment.length
                  ? html`<dt>${msg('Equipment')}</dt>
                      <dd dir="auto">${this.#list(equipment)}</dd>`
                  : nothing
              }
              ${
                muscles.length
                  ? html`<dt>${msg('Target areas')}</dt>
                      <dd dir="auto">${this.#list(muscles)}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      ${
        safety.length
          ? staticHtml`<aside part="safety" class="safety">
              <${h} class="sub" id="safety-heading">${msg('Safety')}</${h}>
              <ul dir="auto">
                ${safety.map((line) => html`<li dir="auto">${line}</li>`)}
              </ul>
            </aside>`
          : nothing
      }
      ${
        easier.length || harder.length
          ? staticHtml`<section class="variations">
              <${h} class="sub" id="variations-heading">${msg('Variations')}</${h}>
              ${easier.map((v) => this.#renderVariation(v, msg('Easier')))}
              ${harder.map((v) => this.#renderVariation(v, msg('Harder')))}
            </section>`
          : nothing
      }
      ${this.#renderSource(exercise)}
      <p class="print-only print-footer"></p>
    `;
  }

  #renderVariation(variation: Variation, kind: string): TemplateResult {
    const name = this.#text(variation.name);
    const summary = this.#text(variation.summary);
    const label = html`<span class="variation-kind">${kind}:</span> <span dir="auto">${name}</span>`;
    if (!summary) return html`<p class="variation">${label}</p>`;
    // In print the disclosure would hide its text, so the handout gets the text as a plain paragraph.
    return html`<details class="variation no-print">
        <summary>${label}</summary>
        <p dir="auto">${summary}</p>
      </details>
      <p class="print-only variation">${label}: <span dir="auto">${summary}</span></p>`;
  }

  #renderSource(exercise: Exercise): TemplateResult | typeof nothing {
    const source = exercise.source;
    if (!source) return nothing;
    const title = this.#text(source.title);
    if (!title) return nothing;
    const author = this.#text(source.author);
    const linked = source.url
      ? html`<a href=${source.url} rel="noopener" dir="auto">${title}</a>`
      : html`<span dir="auto">${title}</span>`;
    const by = author ? html`<span dir="auto">${author}</span>` : undefined;
    const credit = by ? msg(html`Adapted from “${linked}” by ${by}`) : msg(html`Adapted from “${linked}”`);
    // The printed address is a span of this template (empty without a URL) rather than a template of
    // its own: one template instance less per card.
    return html`<p class="source">${credit} <span class="print-only">${source.url ?? ''}</span></p>`;
  }

  /**
   * The print footer is the same empty paragraph on the server and in the browser, so hydration
   * matches; the page's address (which the server does not know) is written in here after each update.
   */
  #syncPrintFooter(): void {
    const footer = this.renderRoot?.querySelector?.('.print-footer');
    if (!footer) return;
    const page = typeof location !== 'undefined' ? location.href : '';
    const text = page ? msg(str`Printed from ${page}`) : '';
    if (footer.textContent !== text) footer.textContent = text;
  }

  #renderStart(exercise: Exercise, name: string): TemplateResult {
    return html`<button
      type="button"
      part="start-button"
      class="action start"
      aria-label=${msg(str`Start: ${name}`)}
      @click=${() => this.#start(exercise)}
    >
      ${msg('Start')}
    </button>`;
  }

  #start(exercise: Exercise): void {
    const proceed = this.emit('ex-start', { id: exercise.id }, true);
    // The card never imports the player (a page with one card shouldn't download it): it opens one only
    // when the page has registered it.
    if (proceed && customElements.get('routine-player')) this._following = true;
  }

  #renderFollowAlong(exercise: Exercise): TemplateResult | typeof nothing {
    if (!this._following) return nothing;
    return html`<div part="follow-along" class="follow-along">
      <routine-player
        .routine=${singleExerciseRoutine(exercise)}
        autostart
        heading-level=${Math.min(this.#level() + 1, 6)}
        theme=${ifDefined(this.theme)}
      ></routine-player>
      <div class="controls">
        <button type="button" class="action secondary" @click=${() => (this._following = false)}>
          ${msg('Back to the card')}
        </button>
      </div>
    </div>`;
  }

  // ---- helpers ------------------------------------------------------------------------------------

  /** `h1`…`h6` for a level, clamped, as a static tag to write into a template. */
  #headingTag(level: number): StaticValue {
    return HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!;
  }

  #level(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 3;
  }

  /** Whether the exercise is written in other languages but not in the card's (its name says so). */
  #lacksLanguage(exercise: Exercise): boolean {
    const name = exercise.name;
    if (typeof name !== 'object') return false;
    const language = this.#language.intl.split('-')[0]!.toLowerCase();
    return !Object.keys(name).some((key) => key.split('-')[0]!.toLowerCase() === language);
  }

  #text(value: LocalizedText | undefined): string {
    return pickText(value, this.#language.text).trim();
  }

  /** "…and 3 more." in the catalog's plural form. */
  #moreText(more: number): string {
    const n = numberFormat(this.#language.intl).format(more);
    return pluralMessage(more, {
      zero: () => msg(str`…and ${n} more.`, { id: 'card.more.zero' }),
      one: () => msg(str`…and ${n} more.`, { id: 'card.more.one' }),
      two: () => msg(str`…and ${n} more.`, { id: 'card.more.two' }),
      few: () => msg(str`…and ${n} more.`, { id: 'card.more.few' }),
      many: () => msg(str`…and ${n} more.`, { id: 'card.more.many' }),
      other: () => msg(str`…and ${n} more.`, { id: 'card.more.other' }),
    });
  }

  /**
   * Author items joined in the card's language ("mat and cushion", "mat y cojín"). Items written in the
   * other direction than the card's (English muscles in an Arabic card) are joined with a plain comma
   * instead: "lower back وpelvis" mixes two languages in one phrase.
   */
  #list(items: string[]): string {
    // One item is itself in every language; most cards list one piece of equipment.
    if (items.length === 1) return items[0]!;
    const rtlItems = items.some((item) => RTL_TEXT.test(item));
    if (rtlItems !== (this.#language.dir === 'rtl')) return items.join(rtlItems ? '، ' : ', ');
    try {
      return listFormat(this.#language.intl, { type: 'conjunction' }).format(items);
    } catch {
      return items.join(', ');
    }
  }

  #difficulty(level: NonNullable<Exercise['difficulty']>): string {
    switch (level) {
      case 'beginner':
        return msg('Beginner');
      case 'intermediate':
        return msg('Intermediate');
      case 'advanced':
        return msg('Advanced');
    }
  }

  /** One box per set to tick on paper: the top of a range, at least one for any structured dosage. */
  #tickBoxes(dosage: Dosage | undefined): number {
    if (!dosage) return 0;
    if (dosage.sets !== undefined) {
      const sets = rangeMax(dosage.sets);
      return Number.isFinite(sets) ? Math.min(Math.max(1, Math.round(sets)), MAX_TICK_BOXES) : 0;
    }
    return dosage.reps !== undefined || dosage.durationSeconds !== undefined ? 1 : 0;
  }

  #toggle = (): void => {
    this._expanded = !this._expanded;
  };

  async #play(exercise: Exercise): Promise<void> {
    this._playing = exercise;
    await this.updateComplete;
    // The button that had focus is gone: give focus to the player that replaced it.
    this.renderRoot.querySelector<HTMLIFrameElement>('.video iframe')?.focus();
  }

  /**
   * The JSON-LD text for `exercise` (`undefined` until the writer has loaded), built again only when the exercise, the language (or the arrival
   * of its dosage words) or the page's base URL changed: a card re-renders on every toggle and locale
   * load, its HowTo rarely changes.
   */
  #jsonLdText(exercise: Exercise): string | undefined {
    const writer = jsonLdWriter(() => this.requestUpdate());
    if (!writer) return undefined;
    const { exerciseHowTo, serializeJsonLd } = writer;
    const locale = this.#language.text;
    const words = ensureDosageWords(this.#language.intl);
    const base = this.ownerDocument.baseURI;
    const last = this.#jsonLdSource;
    if (last?.exercise === exercise && last.locale === locale && last.words === words && last.base === base)
      return last.json;
    const json = serializeJsonLd(
      exerciseHowTo(exercise, {
        text: (value) => pickText(value, locale),
        dosage: exercise.dosage ? formatDosage(exercise.dosage, locale) || exercise.dosage.text : undefined,
        inLanguage: locale,
        resolveUrl: (url) => {
          try {
            return new URL(url, base).href;
          } catch {
            return url;
          }
        },
      }),
    );
    this.#jsonLdSource = { exercise, locale, words, base, json };
    return json;
  }

  /** Keeps exactly one JSON-LD script in the light DOM while `structured-data` is on and data is ready. */
  #syncStructuredData(): void {
    const exercise = this.structuredData && this.#loader.status === 'ready' ? this.#loader.value : undefined;
    // Without structured data and without children there is nothing to write or remove (most cards).
    if (!exercise && !this.#jsonLd && !this.firstElementChild) return;
    const owned = Array.from(this.children).filter(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && child.hasAttribute(JSON_LD_MARKER),
    );
    if (!exercise) {
      owned.forEach((script) => script.remove());
      this.#jsonLd = undefined;
      return;
    }
    const json = this.#jsonLdText(exercise);
    // The writer is still on its way: its arrival updates the card, which comes back here.
    if (json === undefined) return;
    let script = this.#jsonLd && this.#jsonLd.parentNode === this ? this.#jsonLd : owned[0];
    owned.filter((s) => s !== script).forEach((s) => s.remove());
    if (script?.textContent === json) {
      this.#jsonLd = script;
      return;
    }
    // Trusted Types pages accept the text only through our policy; one that refuses it gets no JSON-LD.
    // (Writing and removing a script again on every update would loop: the loader observes children.)
    const text = jsonLdScriptText(json);
    if (text === undefined) {
      script?.remove();
      this.#jsonLd = undefined;
      return;
    }
    try {
      if (!script) {
        script = this.ownerDocument.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute(JSON_LD_MARKER, '');
        script.textContent = text;
        this.append(script);
      } else {
        script.textContent = text;
      }
      this.#jsonLd = script;
    } catch {
      // A default policy that throws: the card still works, without JSON-LD.
      script?.remove();
      this.#jsonLd = undefined;
    }
  }
}
