/**
 * The lexer of the text format: one token per line, each remembering where it starts, so every
 * diagnostic can point at a line and column. Reading what a line is (a heading, a "Label: value"
 * field, a step) is kept apart from deciding what it means in the routine (rules/*.ts).
 */
import { labelOf, type Label } from './labels.js';

interface Positioned {
  /** 1-based line. */
  line: number;
  /** 1-based column where the line's content starts. */
  column: number;
  /** The line's content, trimmed. */
  text: string;
}

export interface HeadingAttributes {
  id?: string;
  classes: string[];
}

export type LineToken = Positioned &
  (
    | { kind: 'blank' }
    | { kind: 'heading'; level: number; title: string; attributes: HeadingAttributes }
    | { kind: 'field'; label: Label; value: string; valueColumn: number }
    | {
        kind: 'json';
        /** "item" for `Item JSON key: …`, which sets a field of the routine item, not the exercise. */
        target: 'own' | 'item';
        key: string;
        value: unknown;
        /** Set when the value is not JSON; `value` is then undefined. */
        error?: string;
        valueColumn: number;
      }
    | { kind: 'numbered'; value: string; valueColumn: number }
    | { kind: 'bullet'; value: string; valueColumn: number }
    | { kind: 'image'; alt: string; src: string; caption?: string; width?: number; height?: number }
    | { kind: 'text' }
  );

/** Longer input is cut here, so a pasted book can't stall the page. */
export const MAX_TEXT_LENGTH = 1_000_000;

const LINE_BREAK = /\r\n?|\n/;
const HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/;
// At most 40 characters of label, so a long sentence with a colon is never mistaken for a field.
const FIELD = /^([A-Za-z][A-Za-z’' ]{0,39}?)[ \t]*:(?:[ \t]+(.*))?$/;
const NUMBERED = /^\d{1,3}[.)][ \t]+(.*)$/;
const BULLET = /^[-*•+][ \t]+(.*)$/;
const JSON_LINE = /^(item[ \t]+)?json[ \t]+/i;
const ATTRIBUTE_LIST = /^(?:[ \t]*[#.][A-Za-z0-9][A-Za-z0-9_-]*)+[ \t]*$/;
const IMAGE_SIZE = /^\{[ \t]*width=(\d{1,5})[ \t]+height=(\d{1,5})[ \t]*\}$/;
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Splits text into positioned line tokens. Never throws. */
export function tokenizeLines(text: string): LineToken[] {
  const source = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const lines = source.replace(/^\uFEFF/, '').split(LINE_BREAK);
  return lines.map((raw, index) => readLine(raw, index + 1));
}

function readLine(raw: string, line: number): LineToken {
  const text = raw.trim();
  const column = raw.length - raw.trimStart().length + 1;
  const at = { line, column, text };
  if (text === '') return { ...at, kind: 'blank' };

  const heading = HEADING.exec(text);
  if (heading) {
    const { title, attributes } = splitAttributes((heading[2] ?? '').trim());
    return { ...at, kind: 'heading', level: heading[1]?.length ?? 1, title, attributes };
  }

  const json = JSON_LINE.exec(text);
  if (json) {
    const parsed = readJsonLine(text.slice(json[0].length), column + json[0].length);
    if (parsed) return { ...at, kind: 'json', target: json[1] ? 'item' : 'own', ...parsed };
  }

  const image = readImage(text);
  if (image) return { ...at, kind: 'image', ...image };

  const numbered = NUMBERED.exec(text);
  if (numbered) return { ...at, kind: 'numbered', ...valueAt(text, numbered[1] ?? '', column) };

  const bullet = BULLET.exec(text);
  if (bullet) return { ...at, kind: 'bullet', ...valueAt(text, bullet[1] ?? '', column) };

  const field = FIELD.exec(text);
  const label = field ? labelOf(field[1] ?? '') : undefined;
  if (field && label) {
    const value = (field[2] ?? '').trim();
    return {
      ...at,
      kind: 'field',
      label,
      value,
      valueColumn: column + text.length - (field[2] ?? '').length,
    };
  }

  return { ...at, kind: 'text' };
}

function valueAt(text: string, value: string, column: number) {
  return { value: value.trim(), valueColumn: column + text.length - value.length };
}

/** `![alt](src "caption"){width=640 height=480}`, read by hand so a long line costs linear time. */
function readImage(text: string) {
  if (!text.startsWith('![')) return undefined;
  const middle = text.indexOf('](');
  if (middle < 0) return undefined;
  let rest = text.slice(middle + 2);
  let size: RegExpExecArray | null = null;
  const sizeStart = rest.lastIndexOf('){');
  if (rest.endsWith('}') && sizeStart >= 0) {
    size = IMAGE_SIZE.exec(rest.slice(sizeStart + 1));
    if (!size) return undefined;
    rest = rest.slice(0, sizeStart + 1);
  }
  if (!rest.endsWith(')')) return undefined;
  const inner = rest.slice(0, -1);
  const space = inner.search(/[ \t]/);
  const src = space < 0 ? inner : inner.slice(0, space);
  const after = space < 0 ? '' : inner.slice(space).trim();
  if (src === '' || (after !== '' && !(after.length >= 2 && after.startsWith('"') && after.endsWith('"')))) {
    return undefined;
  }
  const image: { alt: string; src: string; caption?: string; width?: number; height?: number } = {
    alt: text.slice(2, middle),
    src,
  };
  if (after !== '') image.caption = after.slice(1, -1);
  if (size) {
    image.width = Number(size[1]);
    image.height = Number(size[2]);
  }
  return image;
}

/** "Title {#id .class}" → the title and its attributes. */
export function splitAttributes(text: string): { title: string; attributes: HeadingAttributes } {
  const open = text.endsWith('}') ? text.lastIndexOf('{') : -1;
  const inside = open >= 0 ? text.slice(open + 1, -1) : '';
  if (open < 0 || !ATTRIBUTE_LIST.test(inside)) return { title: text, attributes: { classes: [] } };
  const attributes: HeadingAttributes = { classes: [] };
  for (const part of inside.trim().split(/[ \t]+/)) {
    if (part.startsWith('#')) attributes.id = part.slice(1);
    else attributes.classes.push(part.slice(1));
  }
  return { title: text.slice(0, open).trim(), attributes };
}

/** `key: <json>` or `"any key": <json>` after the JSON prefix. */
function readJsonLine(rest: string, restColumn: number) {
  let key: string;
  let after: string;
  if (rest.startsWith('"')) {
    const end = closingQuote(rest);
    if (end < 0) return undefined;
    try {
      key = JSON.parse(rest.slice(0, end + 1)) as string;
    } catch {
      return undefined;
    }
    after = rest.slice(end + 1);
  } else {
    const colon = rest.indexOf(':');
    if (colon < 0) return undefined;
    key = rest.slice(0, colon).trim();
    if (!PLAIN_KEY.test(key)) return undefined;
    after = rest.slice(colon);
  }
  const colon = /^[ \t]*:[ \t]*/.exec(after);
  if (!colon) return undefined;
  const valueText = after.slice(colon[0].length);
  const valueColumn = restColumn + rest.length - valueText.length;
  try {
    return { key, value: JSON.parse(valueText) as unknown, valueColumn };
  } catch (error) {
    const message = error instanceof Error ? error.message : 'not JSON';
    return { key, value: undefined, error: message, valueColumn };
  }
}

function closingQuote(text: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}

/** How the formatter writes a key after `JSON `: bare when it can be read back bare. */
export function jsonKey(key: string): string {
  return PLAIN_KEY.test(key) ? key : JSON.stringify(key);
}
