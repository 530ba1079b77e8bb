/**
 * Writes a routine document as the text format, field by field. A field named in `asJson` (and any
 * value no plain line can say, such as text in several languages) is written as a `JSON key: …`
 * line; format-routine-text.ts decides which fields need that by reading the text back.
 */
import type { Dosage } from '../dosage-types.js';
import { parseDosage } from '../parse-dosage.js';
import { parseFrequency } from '../parse-frequency.js';
import { kindFromTitle } from './rules/heading.js';
import { looksLikeDosageLine } from './rules/text.js';
import { figureLines } from './figure-text.js';
import { labelText, type Label } from './labels.js';
import type { Json } from './state.js';
import { jsonKey, splitAttributes, tokenizeLines } from './tokens.js';
import {
  isPlainLine,
  readList,
  readVariation,
  readVideo,
  slugify,
  writeMinutes,
  writeRange,
  writeSeconds,
  writeVariation,
  writeVideo,
  type VideoText,
} from './values.js';

/** Field keys that go out as JSON: `routine:key`, `section:s:key`, `item:s:i:key`, `exercise:<where>:key`. */
export type JsonChoice = ReadonlySet<string>;

const ROUTINE_KEYS = [
  'id',
  'title',
  'summary',
  'frequency',
  'durationMinutes',
  'restBetweenExercisesSeconds',
  'defaultDosage',
  'safety',
  'source',
];
const SECTION_KEYS = ['id', 'title', 'kind', 'summary'];
const ITEM_KEYS = ['ref', 'exercise', 'dosage', 'notes'];
const EXERCISE_KEYS = [
  'id',
  'name',
  'summary',
  'media',
  'steps',
  'cues',
  'dosage',
  'equipment',
  'muscles',
  'category',
  'difficulty',
  'safety',
  'easier',
  'harder',
  'source',
  'figure',
];

const line = (label: Label, value: string) =>
  value === '' ? `${labelText(label)}:` : `${labelText(label)}: ${value}`;
const jsonText = (key: string, value: unknown, prefix = 'JSON') =>
  `${prefix} ${jsonKey(key)}: ${JSON.stringify(value)}`;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function writeRoutine(routine: Json, asJson: JsonChoice, allJson = false): string {
  const out: string[] = [];
  if (allJson) {
    out.push(isIdAttr(routine.id) ? `# {#${String(routine.id)}}` : '#');
    for (const [key, value] of Object.entries(routine))
      if (key !== 'id' || !isIdAttr(value)) out.push(jsonText(key, value));
    return `${out.join('\n')}\n`;
  }
  const json = (key: string) => asJson.has(`routine:${key}`);
  out.push(headingLine('#', routine.title, routine.id, json('title'), json('id'), []));
  if (json('title') || !isPlainTitle(routine.title)) out.push(jsonLine('title', routine.title));
  if (json('id') || !canAttr(routine.id)) out.push(jsonLine('id', routine.id));
  writeSummary(out, routine.summary, json('summary'), false);
  writeFrequency(out, routine.frequency, json('frequency'));
  writeTimeField(
    out,
    'duration',
    'durationMinutes',
    routine.durationMinutes,
    json('durationMinutes'),
    writeMinutes,
  );
  writeTimeField(
    out,
    'restBetween',
    'restBetweenExercisesSeconds',
    routine.restBetweenExercisesSeconds,
    json('restBetweenExercisesSeconds'),
    writeSeconds,
  );
  if (routine.defaultDosage !== undefined) {
    const words = dosageWords(routine.defaultDosage);
    if (!json('defaultDosage') && words !== undefined && plainDosage(routine.defaultDosage, words))
      out.push(line('defaultDosage', words));
    else out.push(jsonLine('defaultDosage', routine.defaultDosage));
  }
  writeTextList(out, 'safety', 'safety', routine.safety, json('safety'));
  writeSource(out, routine.source, json('source'));
  const structureAsJson = json('sections') || json('exercises');
  for (const [key, value] of Object.entries(routine)) {
    if (ROUTINE_KEYS.includes(key)) continue;
    if ((key === 'sections' || key === 'exercises') && !structureAsJson) continue;
    out.push(jsonLine(key, value));
  }
  if (!structureAsJson) writeSections(out, routine, asJson);
  return `${out.join('\n')}\n`;
}

function writeSections(out: string[], routine: Json, asJson: JsonChoice): void {
  const map = isRecord(routine.exercises) ? routine.exercises : {};
  const written = new Set<string>();
  const sections = Array.isArray(routine.sections) ? routine.sections : [];
  sections.forEach((section: unknown, s) => {
    if (!isRecord(section)) return;
    const json = (key: string) => asJson.has(`section:${s}:${key}`);
    const attrs: string[] = [];
    const kind = section.kind;
    const title = section.title;
    const inferred = isPlainTitle(title) && !json('title') ? kindFromTitle(title) : 'main';
    if (typeof kind === 'string' && kind !== inferred && !json('kind') && /^[a-z-]+$/.test(kind))
      attrs.push(`.${kind}`);
    out.push('');
    out.push(headingLine('##', title, section.id, json('title'), json('id'), attrs, true));
    if (json('title') || !isPlainTitle(title)) out.push(jsonLine('title', title));
    if (section.id !== undefined && (json('id') || !canAttr(section.id)))
      out.push(jsonLine('id', section.id));
    if (json('kind') || (typeof kind === 'string' && kind !== inferred && !/^[a-z-]+$/.test(kind)))
      out.push(jsonLine('kind', kind));
    writeSummary(out, section.summary, json('summary'), false);
    for (const [key, value] of Object.entries(section)) {
      if (!SECTION_KEYS.includes(key) && key !== 'items') out.push(jsonLine(key, value));
    }
    const items = Array.isArray(section.items) ? section.items : [];
    items.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      out.push('');
      const itemJson = (key: string) => asJson.has(`item:${s}:${i}:${key}`);
      if (isRecord(item.exercise)) {
        writeExercise(out, item.exercise, asJson, `inline:${s}:${i}`, { inline: true, define: true });
      } else if (typeof item.ref === 'string') {
        const exercise =
          Object.hasOwn(map, item.ref) && isRecord(map[item.ref])
            ? (map[item.ref] as Json)
            : { id: item.ref };
        const define = !written.has(item.ref);
        written.add(item.ref);
        writeExercise(out, exercise, asJson, `map:${item.ref}`, { inline: false, define });
      }
      writeItemFields(out, item, itemJson);
    });
  });
  const unlisted = Object.entries(map).filter(([id]) => !written.has(id));
  if (unlisted.length === 0) return;
  out.push('', '## Exercises not in a section {.exercises}');
  for (const [id, exercise] of unlisted) {
    if (!isRecord(exercise)) continue;
    out.push('');
    writeExercise(out, exercise, asJson, `map:${id}`, { inline: false, define: true });
  }
}

function writeItemFields(out: string[], item: Json, json: (key: string) => boolean): void {
  if (item.dosage !== undefined) {
    const words = dosageWords(item.dosage);
    if (!json('dosage') && words !== undefined && plainDosage(item.dosage, words))
      out.push(line('dosageHere', words));
    else out.push(jsonLine('dosage', item.dosage, 'Item JSON'));
  }
  if (item.notes !== undefined) {
    if (!json('notes') && isPlainLine(item.notes)) out.push(line('note', item.notes));
    else out.push(jsonLine('notes', item.notes, 'Item JSON'));
  }
  for (const [key, value] of Object.entries(item)) {
    if (!ITEM_KEYS.includes(key)) out.push(jsonLine(key, value, 'Item JSON'));
  }
}

function writeExercise(
  out: string[],
  exercise: Json,
  asJson: JsonChoice,
  where: string,
  how: { inline: boolean; define: boolean },
): void {
  const json = (key: string) => asJson.has(`exercise:${where}:${key}`);
  const attrs = how.inline ? ['.inline'] : [];
  out.push(headingLine('###', exercise.name, exercise.id, json('name'), false, attrs, how.inline));
  if (!how.define) return;
  if (json('name') || (exercise.name !== undefined && !isPlainTitle(exercise.name)))
    out.push(jsonLine('name', exercise.name));
  if (exercise.id !== undefined && !canAttr(exercise.id)) out.push(jsonLine('id', exercise.id));
  writeDosage(out, exercise.dosage, json('dosage'));
  const hasDosageWords =
    exercise.dosage !== undefined && !json('dosage') && dosageWords(exercise.dosage) !== undefined;
  writeSummary(out, exercise.summary, json('summary'), !hasDosageWords);
  writeMedia(out, exercise.media, json('media'));
  writeSteps(out, exercise.steps, json('steps'));
  writeTextList(out, 'tips', 'cues', exercise.cues, json('cues'));
  writeTextList(out, 'safety', 'safety', exercise.safety, json('safety'));
  writeCommaList(out, 'equipment', 'equipment', exercise.equipment, json('equipment'));
  writeCommaList(out, 'targets', 'muscles', exercise.muscles, json('muscles'));
  if (exercise.category !== undefined) {
    out.push(
      !json('category') && (exercise.category === '' || isPlainLine(exercise.category))
        ? line('category', exercise.category as string)
        : jsonLine('category', exercise.category),
    );
  }
  if (exercise.difficulty !== undefined) {
    out.push(
      !json('difficulty') && isPlainLine(exercise.difficulty)
        ? line('difficulty', exercise.difficulty)
        : jsonLine('difficulty', exercise.difficulty),
    );
  }
  writeVariations(out, 'easier', exercise.easier, json('easier'));
  writeVariations(out, 'harder', exercise.harder, json('harder'));
  writeSource(out, exercise.source, json('source'));
  writeFigure(out, exercise.figure, json('figure'));
  for (const [key, value] of Object.entries(exercise)) {
    if (!EXERCISE_KEYS.includes(key)) out.push(jsonLine(key, value));
  }
}

/* ------------------------------------------------------------------ pieces */

function jsonLine(key: string, value: unknown, prefix = 'JSON'): string {
  return jsonText(key, value, prefix);
}

function isIdAttr(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(value);
}

const canAttr = isIdAttr;

/** A title that reads back as itself from a heading line. */
function isPlainTitle(value: unknown): value is string {
  if (!isPlainLine(value)) return false;
  const [token] = tokenizeLines(`## ${value}`);
  return token?.kind === 'heading' && token.title === value && splitAttributes(value).title === value;
}

function headingLine(
  marks: string,
  title: unknown,
  id: unknown,
  titleAsJson: boolean,
  idAsJson: boolean,
  classes: string[],
  alwaysId = false,
): string {
  const text = !titleAsJson && isPlainTitle(title) ? title : '';
  const attrs = [...classes];
  if (!idAsJson && canAttr(id) && (alwaysId || text === '' || slugify(text) !== id)) attrs.unshift(`#${id}`);
  const suffix = attrs.length ? ` {${attrs.join(' ')}}` : '';
  return `${marks}${text ? ` ${text}` : ''}${suffix}`.replace(/^(#+)\{/, '$1 {');
}

function writeSummary(out: string[], summary: unknown, asJson: boolean, couldBeDosage: boolean): void {
  if (summary === undefined) return;
  if (asJson || !isPlainLine(summary)) {
    out.push(jsonLine('summary', summary));
    return;
  }
  const [token] = tokenizeLines(summary);
  const bare =
    token?.kind === 'text' &&
    !(couldBeDosage && looksLikeDosageLine(summary)) &&
    !/^[A-Za-z][A-Za-z ]{2,24}:/.test(summary);
  out.push(bare ? summary : line('summary', summary));
}

function writeFrequency(out: string[], frequency: unknown, asJson: boolean): void {
  if (frequency === undefined) return;
  const text = isRecord(frequency) ? frequency.text : frequency;
  const reads = typeof text === 'string' && isPlainLine(text) && sameFrequency(frequency, text);
  out.push(!asJson && reads ? line('frequency', text) : jsonLine('frequency', frequency));
}

function sameFrequency(frequency: unknown, text: string): boolean {
  if (typeof frequency === 'string') return true;
  const read = parseFrequency(text) ?? { text };
  return sortedEqual(read, frequency);
}

function writeTimeField(
  out: string[],
  label: Label,
  key: string,
  value: unknown,
  asJson: boolean,
  write: (range: number | { min: number; max: number }) => string,
): void {
  if (value === undefined) return;
  out.push(!asJson && isRange(value) ? line(label, write(value)) : jsonLine(key, value));
}

function isRange(value: unknown): value is number | { min: number; max: number } {
  if (typeof value === 'number') return Number.isFinite(value);
  return (
    isRecord(value) &&
    Object.keys(value).length === 2 &&
    typeof value.min === 'number' &&
    typeof value.max === 'number'
  );
}

function writeTextList(out: string[], label: Label, key: string, list: unknown, asJson: boolean): void {
  if (list === undefined) return;
  if (!asJson && Array.isArray(list) && list.length > 0 && list.every(isPlainLine)) {
    for (const item of list) out.push(line(label, item));
  } else {
    out.push(jsonLine(key, list));
  }
}

function writeSteps(out: string[], steps: unknown, asJson: boolean): void {
  if (steps === undefined) return;
  if (!asJson && Array.isArray(steps) && steps.length > 0 && steps.every(isPlainLine)) {
    steps.forEach((step, n) => out.push(`${n + 1}. ${step}`));
  } else {
    out.push(jsonLine('steps', steps));
  }
}

function writeCommaList(out: string[], label: Label, key: string, list: unknown, asJson: boolean): void {
  if (list === undefined) return;
  if (asJson || !Array.isArray(list) || list.length === 0 || !list.every(isPlainLine)) {
    out.push(jsonLine(key, list));
  } else if (list.every((item) => readList(item).length === 1 && readList(item)[0] === item)) {
    out.push(line(label, list.join(', ')));
  } else {
    out.push(line(label, ''));
    for (const item of list) out.push(`- ${item}`);
  }
}

function writeVariations(out: string[], label: 'easier' | 'harder', list: unknown, asJson: boolean): void {
  if (list === undefined) return;
  const plain =
    !asJson &&
    Array.isArray(list) &&
    list.length > 0 &&
    list.every((v) => {
      if (!isRecord(v) || !isPlainLine(v.name)) return false;
      if (Object.keys(v).some((k) => !['name', 'summary', 'ref'].includes(k))) return false;
      if (v.summary !== undefined && !isPlainLine(v.summary)) return false;
      return sortedEqual(readVariation(writeVariation(v as never)), v);
    });
  if (plain) for (const v of list as Json[]) out.push(line(label, writeVariation(v as never)));
  else out.push(jsonLine(label, list));
}

function writeSource(out: string[], source: unknown, asJson: boolean): void {
  if (source === undefined) return;
  const known = ['title', 'author', 'publisher', 'url', 'licence'];
  const plain =
    !asJson &&
    isRecord(source) &&
    isPlainLine(source.title) &&
    Object.keys(source).every((k) => known.includes(k)) &&
    known.every((k) => source[k] === undefined || isPlainLine(source[k]));
  if (!plain) {
    out.push(jsonLine('source', source));
    return;
  }
  out.push(line('source', source.title as string));
  if (source.author !== undefined) out.push(line('author', source.author as string));
  if (source.publisher !== undefined) out.push(line('publisher', source.publisher as string));
  if (source.url !== undefined) out.push(line('link', source.url as string));
  if (source.licence !== undefined) out.push(line('licence', source.licence as string));
}

function writeFigure(out: string[], figure: unknown, asJson: boolean): void {
  if (figure === undefined) return;
  const lines = asJson ? undefined : figureLines(figure);
  if (lines) for (const [label, value] of lines) out.push(line(label, value));
  else out.push(jsonLine('figure', figure));
}

function writeMedia(out: string[], media: unknown, asJson: boolean): void {
  if (media === undefined) return;
  const lines: string[] = [];
  const ok =
    !asJson &&
    isRecord(media) &&
    Object.keys(media).every((k) => k === 'images' || k === 'video') &&
    (media.images === undefined || imageLines(media.images, lines)) &&
    (media.video === undefined || videoLines(media.video, lines));
  if (ok && lines.length > 0) out.push(...lines);
  else out.push(jsonLine('media', media));
}

function imageLines(images: unknown, lines: string[]): boolean {
  if (!Array.isArray(images) || images.length === 0) return false;
  for (const image of images) {
    if (
      !isRecord(image) ||
      Object.keys(image).some((k) => !['src', 'alt', 'caption', 'width', 'height'].includes(k))
    )
      return false;
    if (typeof image.src !== 'string' || typeof image.alt !== 'string' || !isPlainLine(image.alt))
      return false;
    if (
      image.caption !== undefined &&
      (typeof image.caption !== 'string' || image.caption.includes('"') || !isPlainLine(image.caption))
    )
      return false;
    if ((image.width === undefined) !== (image.height === undefined)) return false;
    const caption = image.caption === undefined ? '' : ` "${image.caption}"`;
    const size =
      image.width === undefined ? '' : `{width=${String(image.width)} height=${String(image.height)}}`;
    const text = `![${image.alt}](${image.src}${caption})${size}`;
    const [token] = tokenizeLines(text);
    if (token?.kind !== 'image' || !sortedEqual(stripKind(token), image)) return false;
    lines.push(text);
  }
  return true;
}

function stripKind(token: Extract<ReturnType<typeof tokenizeLines>[number], { kind: 'image' }>): Json {
  const image: Json = { src: token.src, alt: token.alt };
  if (token.caption !== undefined) image.caption = token.caption;
  if (token.width !== undefined) image.width = token.width;
  if (token.height !== undefined) image.height = token.height;
  return image;
}

function videoLines(video: unknown, lines: string[]): boolean {
  if (
    !isRecord(video) ||
    Object.keys(video).some((k) => !['src', 'youtube', 'vimeo', 'title', 'poster'].includes(k))
  )
    return false;
  if (video.title !== undefined && !isPlainLine(video.title)) return false;
  if (video.poster !== undefined && !isPlainLine(video.poster)) return false;
  const { poster, ...rest } = video;
  const text = writeVideo(rest as VideoText);
  if (!sortedEqual(readVideo(text), rest)) return false;
  lines.push(line('video', text));
  if (poster !== undefined) lines.push(line('poster', poster as string));
  return true;
}

/* ------------------------------------------------------------------ dosage */

const DOSAGE_FIELDS: readonly [keyof Dosage, Label, (value: never) => string][] = [
  ['sets', 'sets', writeRange],
  ['reps', 'reps', writeRange],
  ['holdSeconds', 'hold', writeSeconds],
  ['durationSeconds', 'duration', writeSeconds],
  ['restSeconds', 'rest', writeSeconds],
  ['side', 'side', (side: string) => side],
];
const DOSAGE_KEYS = new Set<string>(['text', ...DOSAGE_FIELDS.map(([key]) => key)]);

function dosageWords(dosage: unknown): string | undefined {
  if (typeof dosage === 'string') return dosage.trim() === '' ? undefined : dosage.trim();
  if (isRecord(dosage) && typeof dosage.text === 'string' && isPlainLine(dosage.text)) return dosage.text;
  return undefined;
}

/** Whether the words alone say this dosage (as the validator would read them). */
function plainDosage(dosage: unknown, words: string): boolean {
  if (typeof dosage === 'string') return isPlainLine(words) && !/[\r\n]/.test(dosage);
  return sortedEqual(parseDosage(words), dosage);
}

function writeDosage(out: string[], dosage: unknown, asJson: boolean): void {
  if (dosage === undefined) return;
  if (asJson || !(typeof dosage === 'string' || isRecord(dosage))) {
    out.push(jsonLine('dosage', dosage));
    return;
  }
  if (isRecord(dosage) && Object.keys(dosage).some((key) => !DOSAGE_KEYS.has(key))) {
    out.push(jsonLine('dosage', dosage));
    return;
  }
  const words = dosageWords(dosage);
  if (isRecord(dosage) && dosage.text !== undefined && words === undefined) {
    out.push(jsonLine('dosage', dosage));
    return;
  }
  if (words !== undefined) out.push(looksLikeDosageLine(words) ? words : line('dosage', words));
  if (typeof dosage === 'string') return;
  const base: Json = words === undefined ? {} : { ...parseDosage(words) };
  const fieldLines: string[] = [];
  for (const [key, label, write] of DOSAGE_FIELDS) {
    const want = dosage[key];
    if (sortedEqual(base[key], want)) continue;
    if (want === undefined) fieldLines.push(line(label, 'none'));
    else if (key === 'side' ? want === 'each' || want === 'alternating' : isRange(want))
      fieldLines.push(line(label, write(want as never)));
    else {
      out.push(jsonLine('dosage', dosage));
      return;
    }
  }
  if (words === undefined && fieldLines.length === 0) {
    out.push(jsonLine('dosage', dosage));
    return;
  }
  out.push(...fieldLines);
}

/* ------------------------------------------------------------------ equality */

/**
 * Equal as JSON, whatever the order of keys; a key holding `undefined` counts as absent. Iterative, so a
 * document nested thousands of levels deep (which validation lets through in fields it does not know)
 * is compared, not a stack overflow.
 */
export function sortedEqual(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  while (pending.length) {
    const [x, y] = pending.pop()!;
    if (Array.isArray(x) || Array.isArray(y)) {
      if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], y[i]]);
    } else if (isRecord(x) || isRecord(y)) {
      if (!isRecord(x) || !isRecord(y)) return false;
      const keys = (o: Json) => Object.keys(o).filter((key) => o[key] !== undefined);
      const xKeys = keys(x);
      if (xKeys.length !== keys(y).length) return false;
      for (const key of xKeys) {
        if (!Object.hasOwn(y, key)) return false;
        pending.push([x[key], y[key]]);
      }
    } else if (!Object.is(x, y) && !(x === 0 && y === 0)) {
      return false;
    }
  }
  return true;
}
