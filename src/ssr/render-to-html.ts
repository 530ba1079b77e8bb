/**
 * Static rendering for static sites (Eleventy, Hugo pipelines, Astro, a build script): turns an exercise
 * into the HTML of a finished `<exercise-card>` — with its shadow root written out as declarative shadow
 * DOM — so a search engine or a reader without JavaScript sees the name, the dosage and the steps.
 *
 * Runs in Node with `@lit-labs/ssr` (a dev or peer dependency of the site, not of the browser bundle):
 *
 * ```js
 * import { renderExerciseCard, renderRepCounter } from 'exercise-elements/ssr';
 * const html = renderExerciseCard(exercise, { lang: 'en', headingLevel: 2, structuredData: true });
 * ```
 *
 * The data is written twice on purpose: as the server-side `exercise` property that fills the shadow
 * root, and as the inline `<script type="application/json">` child that the card reads in the browser.
 * So when the page then loads the script (after `@lit-labs/ssr-client/lit-element-hydrate-support.js`),
 * the card renders the same content and hydrates it in place: nothing moves. Without hydration support,
 * the element replaces the server's shadow root with an identical one.
 *
 * Give `lang` (or `<html lang>`): without it the server formats the dosage in its own language and
 * the browser in the reader's.
 *
 * `renderRoutinePlayer(routine, options)` does the same for a `<routine-player>`: its overview (title,
 * frequency, estimated time, sections with their exercises and dosage lines, safety notes) is in the
 * HTML, and the player takes over in the browser from the same inline data.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// Every language's dosage words, registered before the first render: the server renders in one pass.
import '../core/dosage-words/all.js';
import { exerciseHowTo, serializeJsonLd } from '../core/exercise-json-ld.js';
import { routineJsonLd } from '../core/routine-json-ld.js';
import { estimateDuration } from '../core/routine-timeline.js';
import type { Pace } from '../core/timeline-types.js';
import { formatDosage } from '../core/format-dosage.js';
import { pickText } from '../core/localized-text.js';
import type { ExerciseInput } from '../data/exercise-schema.js';
import type { RoutineInput } from '../data/routine-schema.js';
import { plugInDosageTextReader } from '../data/plug-dosage-text-reader.js';
import { validateExercise, validateRoutine } from '../data/validate.js';
import { ExerciseCard } from '../exercise-card/exercise-card.component.js';
import * as exerciseVideo from '../exercise-card/exercise-video.js';
import { useVideo } from '../exercise-card/lazy-video.js';
import { RepCounter } from '../rep-counter/rep-counter.component.js';
import { ROUTINE_JSON_LD_MARKER, RoutinePlayer } from '../routine-player/routine-player.component.js';

// The video the browser's card loads only for data with one: the server renders in one pass.
useVideo(exerciseVideo);
// So is the dosage text parser, which a counter with a dosage line would otherwise wait for.
plugInDosageTextReader();

/** Attribute values; `true` writes a bare attribute, `false`/`undefined` leaves it out. */
export type Attributes = Record<string, string | number | boolean | undefined>;

export interface CardRenderOptions {
  /** Language of the card (`lang` attribute). Recommended; see the module comment. */
  lang?: string;
  /** Level of the name heading, 1–6. Default 3. */
  headingLevel?: number;
  /** `full` (default) or `compact`. */
  layout?: 'full' | 'compact';
  /** `light` or `dark`; unset follows the reader's colour scheme. */
  theme?: 'light' | 'dark';
  /** Shows the Start button. */
  startable?: boolean;
  /**
   * Writes the schema.org HowTo JSON-LD into the card's light DOM, where crawlers read it, and sets
   * `structured-data` so the card keeps it up to date in the browser.
   */
  structuredData?: boolean;
  /** Absolute URL of the page, to make relative image and source URLs absolute in the JSON-LD. */
  baseUrl?: string;
  /** Tag to render, when the page registers the card under its own name. Default `exercise-card`. */
  tagName?: string;
  /** Further attributes for the element, e.g. `{ class: 'wide', id: 'knee-wags' }`. */
  attributes?: Attributes;
}

export interface PlayerRenderOptions {
  /** Language of the player (`lang` attribute). Recommended; see the module comment. */
  lang?: string;
  /** Level of the routine title's heading, 1–6. Default 2. */
  headingLevel?: number;
  /** `light` or `dark`; unset follows the reader's colour scheme. */
  theme?: 'light' | 'dark';
  /** `min` (default), `mid` or `max`: the pace the estimated time is worked out for. */
  pace?: Pace;
  /** `done` (default) or `count` for rep-based work. */
  repMode?: 'done' | 'count';
  /** Keeps nothing in `localStorage` (`no-persist`). */
  noPersist?: boolean;
  /**
   * Writes the schema.org HowTo (with sections) JSON-LD into the player's light DOM, and sets
   * `structured-data` so the player keeps it up to date in the browser.
   */
  structuredData?: boolean;
  /** Absolute URL of the page, to make relative image and source URLs absolute in the JSON-LD. */
  baseUrl?: string;
  /** Tag to render, when the page registers the player under its own name. Default `routine-player`. */
  tagName?: string;
  /** Further attributes for the element, e.g. `{ id: 'hips' }`. */
  attributes?: Attributes;
}

/** Marks the JSON-LD script the card owns (the card adopts it instead of writing a second one). */
const JSON_LD_MARKER = 'data-exercise-card';
const TAG = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
const ATTRIBUTE = /^[a-z_:][-a-z0-9_:.]*$/i;

/** The HTML of one `<exercise-card>`, rendered with declarative shadow DOM. */
export function renderExerciseCard(exercise: ExerciseInput, options: CardRenderOptions = {}): string {
  const tagName = options.tagName ?? 'exercise-card';
  ensureDefined(tagName, ExerciseCard);
  const attributes: Attributes = {
    lang: options.lang,
    'heading-level': options.headingLevel,
    layout: options.layout,
    theme: options.theme,
    startable: options.startable,
    'structured-data': options.structuredData,
    ...options.attributes,
  };
  let children = `<script type="application/json">${serializeJsonLd(exercise)}</script>`;
  if (options.structuredData) {
    const jsonLd = howToJson(exercise, options.lang ?? 'en', options.baseUrl);
    if (jsonLd) children += `<script type="application/ld+json" ${JSON_LD_MARKER}>${jsonLd}</script>`;
  }
  return renderElement(tagName, attributes, { exercise }, children);
}

/**
 * The HTML of one `<routine-player>` showing its overview, rendered with declarative shadow DOM:
 * `renderRoutinePlayer(routine, { lang: 'en', headingLevel: 2, structuredData: true })`.
 */
export function renderRoutinePlayer(routine: RoutineInput, options: PlayerRenderOptions = {}): string {
  const tagName = options.tagName ?? 'routine-player';
  ensureDefined(tagName, RoutinePlayer);
  const attributes: Attributes = {
    lang: options.lang,
    'heading-level': options.headingLevel,
    theme: options.theme,
    pace: options.pace,
    'rep-mode': options.repMode,
    'no-persist': options.noPersist,
    'structured-data': options.structuredData,
    ...options.attributes,
  };
  let children = `<script type="application/json">${serializeJsonLd(routine)}</script>`;
  if (options.structuredData) {
    const result = validateRoutine(routine);
    if (result.ok) {
      const pace = options.pace ?? 'min';
      const jsonLd = routineJsonLd(result.value, {
        locale: options.lang ?? 'en',
        totalSeconds: estimateDuration(result.value, { pace }),
        resolveUrl: (url) => absoluteUrl(url, options.baseUrl),
      });
      children += `<script type="application/ld+json" ${ROUTINE_JSON_LD_MARKER}>${jsonLd}</script>`;
    }
  }
  return renderElement(tagName, attributes, { routine }, children);
}

/** The HTML of one `<rep-counter>`, e.g. `renderRepCounter({ dosage: '2 sets of 10 reps', lang: 'en' })`. */
export function renderRepCounter(attributes: Attributes = {}, tagName = 'rep-counter'): string {
  ensureDefined(tagName, RepCounter);
  return renderElement(tagName, attributes, {}, '');
}

/**
 * The CSP source expressions (`'sha256-…'`) for the `<style>` elements in server-rendered HTML.
 * Declarative shadow roots carry their styles inline, so a page with `style-src 'self'` must allow
 * exactly these; scripted (not server-rendered) elements need nothing.
 */
export async function styleHashes(html: string): Promise<string[]> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(match[1]));
    hashes.add(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  }
  return [...hashes];
}

function ensureDefined(
  tagName: string,
  element: typeof ExerciseCard | typeof RepCounter | typeof RoutinePlayer,
): void {
  if (!TAG.test(tagName)) throw new TypeError(`"${tagName}" is not a valid custom element name.`);
  // The server's registry comes from @lit-labs/ssr's DOM shim; a tag taken by another class stays.
  element.define(tagName);
}

function renderElement(
  tagName: string,
  attributes: Attributes,
  properties: { exercise?: ExerciseInput; routine?: RoutineInput },
  children: string,
): string {
  const attributeText = Object.entries(attributes)
    .filter(([name, value]) => ATTRIBUTE.test(name) && value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(String(value))}"`))
    .join(' ');
  const tag = unsafeStatic(tagName);
  const open = unsafeStatic(attributeText);
  const template = properties.exercise
    ? staticHtml`<${tag} ${open} .exercise=${properties.exercise}>${unsafeHTML(children)}</${tag}>`
    : properties.routine
      ? staticHtml`<${tag} ${open} .routine=${properties.routine}>${unsafeHTML(children)}</${tag}>`
      : staticHtml`<${tag} ${open}>${unsafeHTML(children)}</${tag}>`;
  return collectResultSync(render(template));
}

/** The HowTo JSON-LD exactly as the card would write it in the browser, or '' for invalid data. */
function howToJson(input: ExerciseInput, locale: string, baseUrl: string | undefined): string {
  const result = validateExercise(input);
  if (!result.ok) return '';
  const exercise = result.value;
  return serializeJsonLd(
    exerciseHowTo(exercise, {
      text: (value) => pickText(value, locale),
      dosage: exercise.dosage ? formatDosage(exercise.dosage, locale) || exercise.dosage.text : undefined,
      inLanguage: locale,
      resolveUrl: (url) => absoluteUrl(url, baseUrl),
    }),
  );
}

function absoluteUrl(url: string, baseUrl: string | undefined): string {
  try {
    return baseUrl ? new URL(url, baseUrl).href : url;
  } catch {
    return url;
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
