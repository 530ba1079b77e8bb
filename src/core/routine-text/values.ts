/**
 * Small readers and writers for the values of the text format: counts and ranges ("10–15"), times
 * ("3–5 s", "1 min"), comma lists, variations ("Easier: With a strap — Hook a strap…"), videos by
 * address, and the ids made from names. Each reader returns undefined when the text is not its kind.
 */
import type { Range } from '../dosage-types.js';

const NUMBER = '(\\d+(?:\\.\\d+)?)';
const RANGE = new RegExp(`^${NUMBER}(?:[ \\t]*(?:[-–—]|to)[ \\t]*${NUMBER})?$`, 'i');

/**
 * "10" → 10, "10–15" or "10 to 15" → { min: 10, max: 15 }. Equal bounds written as a range stay a
 * range ("5–5"), so whatever the formatter writes reads back unchanged.
 */
export function readRange(text: string): Range | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const min = Number(match[1]);
  if (match[2] === undefined) return min;
  const max = Number(match[2]);
  return min <= max ? { min, max } : { min: max, max: min };
}

export function writeRange(range: Range): string {
  return typeof range === 'number' ? String(range) : `${range.min}–${range.max}`;
}

const SECONDS_PER: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  hours: 3600,
};

/** "3–5 s", "30 seconds", "2 min" → seconds; a bare number is seconds. */
export function readSeconds(text: string): Range | undefined {
  return readTime(text, 1);
}

/** "3 min", "10–15 minutes", "1 hour" → minutes; a bare number is minutes. */
export function readMinutes(text: string): Range | undefined {
  return readTime(text, 60);
}

function readTime(text: string, unitSeconds: number): Range | undefined {
  // No time needs more; the cap keeps the pattern below cheap on a pasted paragraph.
  if (text.length > 100) return undefined;
  const match = /^(.*?)[ \t]*([A-Za-z]+)\.?$/.exec(text.trim());
  const unit = match?.[2]?.toLowerCase();
  const perUnit = unit !== undefined && Object.hasOwn(SECONDS_PER, unit) ? SECONDS_PER[unit] : undefined;
  const range = readRange(perUnit === undefined ? text : (match?.[1] ?? ''));
  if (range === undefined) return undefined;
  const scale = (perUnit ?? unitSeconds) / unitSeconds;
  if (scale === 1) return range;
  return typeof range === 'number' ? range * scale : { min: range.min * scale, max: range.max * scale };
}

export function writeSeconds(range: Range): string {
  return `${writeRange(range)} s`;
}

export function writeMinutes(range: Range): string {
  return `${writeRange(range)} min`;
}

/** "mat, band" → ["mat", "band"]. */
export function readList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Text that fits on one line of the format and reads back as itself. */
export function isPlainLine(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value === value.trim() && !/[\r\n]/.test(value);
}

// slugify lives in core/slug.ts, so a card can make an id without this module's chunk.
export { slugify } from '../slug.js';

/** Separators between a variation's name and its summary. The first one is what the formatter writes. */
const VARIATION_SEPARATORS = [' — ', ' – ', ' -- ', ' - '];

export interface VariationText {
  name: string;
  summary?: string;
  ref?: string;
}

/** "With a strap {#strap-stretch} — Hook a strap under your feet." */
export function readVariation(text: string): VariationText {
  let name = text;
  let summary: string | undefined;
  for (const separator of VARIATION_SEPARATORS) {
    const at = text.indexOf(separator);
    if (at > 0) {
      name = text.slice(0, at);
      summary = text.slice(at + separator.length).trim();
      break;
    }
  }
  const variation: VariationText = { name: name.trim() };
  const open = variation.name.endsWith('}') ? variation.name.lastIndexOf('{#') : -1;
  if (open >= 0) {
    const ref = variation.name.slice(open + 2, -1).trim();
    if (/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(ref)) {
      variation.ref = ref;
      variation.name = variation.name.slice(0, open).trim();
    }
  }
  if (summary) variation.summary = summary;
  return variation;
}

export function writeVariation(variation: VariationText): string {
  const ref = variation.ref === undefined ? '' : ` {#${variation.ref}}`;
  const summary = variation.summary === undefined ? '' : `${VARIATION_SEPARATORS[0]}${variation.summary}`;
  return `${variation.name}${ref}${summary}`;
}

export interface VideoText {
  src?: string;
  youtube?: string;
  vimeo?: string;
  title?: string;
}

const YOUTUBE_ID = '([A-Za-z0-9_-]{1,64})';
const YOUTUBE = [
  new RegExp(`^https?://(?:www\\.|m\\.)?youtube\\.com/watch\\?v=${YOUTUBE_ID}$`),
  new RegExp(`^https?://youtu\\.be/${YOUTUBE_ID}$`),
  new RegExp(`^https?://(?:www\\.)?youtube(?:-nocookie)?\\.com/(?:embed|shorts)/${YOUTUBE_ID}$`),
];
const VIMEO = /^https?:\/\/(?:www\.)?vimeo\.com\/(\d{1,20})$/;

/** `https://youtu.be/ID "Title"`: YouTube and Vimeo addresses become ids, any other address a file. */
export function readVideo(text: string): VideoText | undefined {
  let rest = text.trim();
  let title: string | undefined;
  const quote = rest.endsWith('"') ? rest.indexOf(' "') : -1;
  if (quote > 0) {
    title = rest.slice(quote + 2, -1);
    rest = rest.slice(0, quote).trim();
  }
  if (rest === '' || /\s/.test(rest)) return undefined;
  const video: VideoText = {};
  const youtube = YOUTUBE.map((pattern) => pattern.exec(rest)?.[1]).find((id) => id !== undefined);
  const vimeo = VIMEO.exec(rest)?.[1];
  if (youtube !== undefined) video.youtube = youtube;
  else if (vimeo !== undefined) video.vimeo = vimeo;
  else video.src = rest;
  if (title !== undefined) video.title = title;
  return video;
}

export function writeVideo(video: VideoText): string {
  const address =
    video.youtube !== undefined
      ? `https://www.youtube.com/watch?v=${video.youtube}`
      : video.vimeo !== undefined
        ? `https://vimeo.com/${video.vimeo}`
        : (video.src ?? '');
  return video.title === undefined ? address : `${address} "${video.title}"`;
}

export type Difficulty = 'beginner' | 'intermediate' | 'advanced';

const DIFFICULTY_WORDS: Readonly<Record<string, Difficulty>> = {
  beginner: 'beginner',
  beginners: 'beginner',
  easy: 'beginner',
  gentle: 'beginner',
  intermediate: 'intermediate',
  moderate: 'intermediate',
  medium: 'intermediate',
  advanced: 'advanced',
  hard: 'advanced',
  expert: 'advanced',
};

export function readDifficulty(text: string): Difficulty | undefined {
  const key = text.trim().toLowerCase();
  return Object.hasOwn(DIFFICULTY_WORDS, key) ? DIFFICULTY_WORDS[key] : undefined;
}

/** Edit distance, bounded: anything above `limit` is reported as limit + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The closest of `words` to `word` within `limit` edits, if any (and not `word` itself). */
export function closest(word: string, words: Iterable<string>, limit = 2): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of words) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
