/**
 * Describes an exercise as a schema.org `HowTo`, for the `<script type="application/ld+json">` that
 * `<exercise-card structured-data>` writes into the page's light DOM, where search engines read it.
 *
 * Pure: the caller passes how to turn author text into one language and the dosage line as shown on
 * the card, so this module needs neither the DOM nor the localization runtime. Times are estimated
 * only when the dosage says how long the work lasts (a duration, or a hold per rep); the pace of plain
 * reps is unknown, so no time is invented for them.
 */
import type { Exercise } from '../data/exercise-schema.js';
import { rangeMax, type Dosage } from './dosage-types.js';

type Text = string | Readonly<Record<string, string>>;

export interface HowToOptions {
  /** Chooses the reader's language from text an author wrote plain or per language. */
  text: (value: Text | undefined) => string;
  /** The dosage line as the card shows it, e.g. "2 sets × 10 reps per side". */
  dosage?: string;
  /** The BCP 47 language the text was picked for. */
  inLanguage?: string;
  /** Makes a relative media URL absolute (JSON-LD consumers need absolute URLs). */
  resolveUrl?: (url: string) => string;
}

export interface HowToStep {
  '@type': 'HowToStep';
  position: number;
  text: string;
}

export interface HowToTool {
  '@type': 'HowToTool';
  name: string;
}

export interface HowTo {
  '@context': 'https://schema.org';
  '@type': 'HowTo';
  name: string;
  description?: string;
  inLanguage?: string;
  image?: string[];
  step?: HowToStep[];
  tool?: HowToTool[];
  totalTime?: string;
  performTime?: string;
  keywords?: string;
  educationalLevel?: string;
  isBasedOn?: {
    '@type': 'CreativeWork';
    name: string;
    url?: string;
    author?: { '@type': 'Person'; name: string };
  };
}

/** The schema.org HowTo for one exercise. Empty fields are left out. */
export function exerciseHowTo(exercise: Exercise, options: HowToOptions): HowTo {
  const text = (value: Text | undefined) => options.text(value).trim();
  const howTo: HowTo = { '@context': 'https://schema.org', '@type': 'HowTo', name: text(exercise.name) };

  const summary = text(exercise.summary);
  const dosage = options.dosage?.trim() ?? '';
  // HowTo has no field for sets and reps, so the dosage travels in the description, as a reader sees it.
  const description = [summary, dosage].filter(Boolean).join(summary && !/[.!?]$/.test(summary) ? '. ' : ' ');
  if (description) howTo.description = description;
  if (options.inLanguage) howTo.inLanguage = options.inLanguage;

  const resolve = options.resolveUrl ?? ((url: string) => url);
  const images = (exercise.media?.images ?? []).map((image) => resolve(image.src)).filter(Boolean);
  if (images.length) howTo.image = images;

  const steps = (exercise.steps ?? []).map(text).filter(Boolean);
  if (steps.length) {
    howTo.step = steps.map((step, index) => ({ '@type': 'HowToStep', position: index + 1, text: step }));
  }

  const tools = (exercise.equipment ?? []).map(text).filter(Boolean);
  if (tools.length) howTo.tool = tools.map((name) => ({ '@type': 'HowToTool', name }));

  const seconds = exercise.dosage ? estimateDosageSeconds(exercise.dosage) : undefined;
  if (seconds !== undefined) {
    howTo.totalTime = isoDuration(seconds);
    howTo.performTime = howTo.totalTime;
  }

  const keywords = [exercise.category ?? '', ...(exercise.muscles ?? []).map(text)].filter(Boolean);
  if (keywords.length) howTo.keywords = keywords.join(', ');
  if (exercise.difficulty) howTo.educationalLevel = exercise.difficulty;

  if (exercise.source) {
    const title = text(exercise.source.title);
    if (title) {
      howTo.isBasedOn = { '@type': 'CreativeWork', name: title };
      if (exercise.source.url) howTo.isBasedOn.url = resolve(exercise.source.url);
      const author = text(exercise.source.author);
      if (author) howTo.isBasedOn.author = { '@type': 'Person', name: author };
    }
  }
  return howTo;
}

/**
 * The longest time the dosage asks for, in seconds, or `undefined` when it cannot be known:
 * sets × (duration, or reps × hold) × sides, plus rest between sets. Upper bounds of ranges are used.
 */
export function estimateDosageSeconds(dosage: Dosage): number | undefined {
  const max = (value: Dosage['sets']) => (value === undefined ? undefined : finite(rangeMax(value)));
  const sets = max(dosage.sets) ?? 1;
  let perSet = max(dosage.durationSeconds);
  if (perSet === undefined) {
    const reps = max(dosage.reps);
    const hold = max(dosage.holdSeconds);
    if (reps === undefined || hold === undefined) return undefined;
    perSet = reps * hold;
  }
  if (dosage.side === 'each') perSet *= 2;
  const rest = max(dosage.restSeconds) ?? 0;
  const total = sets * perSet + Math.max(0, sets - 1) * rest;
  return total > 0 ? Math.round(total) : undefined;
}

/** Seconds as an ISO 8601 duration: 95 → "PT1M35S", 3600 → "PT1H". */
export function isoDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const out = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `PT${out || '0S'}`;
}

/**
 * JSON for inside a `<script>` element: `<` is escaped so a "</script>" in an author's text cannot end
 * the script early, and U+2028/U+2029 so older parsers read it as JSON.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
