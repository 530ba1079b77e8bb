/**
 * The figure of an exercise in the text format: `Figure: lying-side` names the base position, and
 * `Figure start:`, `Figure middle:`, `Figure end:` the joints each position changes
 * (`hip-left -30, knee-left 60`); `Figure view:`, `Figure side:`, `Figure props:`, `Figure plant:`,
 * `Figure shorten:` and `Figure movement:` say the rest. Readers here return undefined for text that is not their kind, and
 * `expected` is what the author may write instead; writers return undefined for a value no plain line
 * says exactly (format-routine-text.ts then writes the figure as a JSON line).
 */
import { BASE_POSITIONS, JOINTS, PLANTS, PROP_KINDS, PROP_PLACES } from '../figure/figure-names.js';
import type { Label } from './labels.js';

/** The key of the figure object each `Figure …:` label sets. */
export const FIGURE_KEYS = {
  figure: 'position',
  figureView: 'view',
  figureSide: 'side',
  figureProps: 'props',
  figurePlant: 'plant',
  figureStart: 'start',
  figureMiddle: 'middle',
  figureEnd: 'end',
  figureShorten: 'shorten',
  figureMovement: 'movement',
} as const satisfies Partial<Record<Label, string>>;

export type FigureLabel = keyof typeof FIGURE_KEYS;

export function isFigureLabel(label: Label): label is FigureLabel {
  return Object.hasOwn(FIGURE_KEYS, label);
}

const VIEWS = ['side', 'front', 'above'] as const;
const SIDES = ['left', 'right', 'both'] as const;
/** Words an author may put around a base position's own: "lying on your back with knees bent". */
const FILLER = new Set(['on', 'your', 'the', 'a', 'with', 'and', 'in', 'one', 'of']);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');

const POSITION_BY_WORDS = new Map<string, string>(BASE_POSITIONS.map((id) => [words(id), id]));

const oneOf = (list: readonly string[], text: string) => {
  const value = text.trim().toLowerCase();
  return list.includes(value) ? value : undefined;
};

const splitList = (text: string) =>
  text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** One part of a `Figure props:` line: "mat", or "band at knees". */
function readProp(text: string): string | { kind: string; at: string } | undefined {
  const match = /^([a-z]+)(?:\s+(?:at|on|under|round|around|behind|beside|by)\s+(?:the\s+)?([a-z]+))?$/.exec(
    text.toLowerCase(),
  );
  const kind = match?.[1];
  if (kind === undefined || !PROP_KINDS.includes(kind as never)) return undefined;
  const at = match?.[2];
  if (at === undefined) return kind;
  return PROP_PLACES.includes(at as never) ? { kind, at } : undefined;
}

/** Limbs a figure may draw shorter, pointing towards the reader. */
const SHORTENED = ['upper-arm', 'forearm', 'thigh', 'shin'].flatMap((limb) => [
  `${limb}-left`,
  `${limb}-right`,
]);

/**
 * "hip-left -30, knee-left 60°" → { "hip-left": -30, "knee-left": 60 }, for the names in `names`
 * ("thigh-left 0.7" for the limbs drawn shorter).
 */
function readNumbers(text: string, names: readonly string[]): Record<string, number> | undefined {
  const pose: Record<string, number> = {};
  const parts = splitList(text);
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const match = /^([a-z]+(?:-[a-z]+)*)\s*[:=]?\s*([-+\u2212]?\d*\.?\d+)\s*°?$/i.exec(part);
    const joint = match?.[1]?.toLowerCase();
    if (!match || joint === undefined || !names.includes(joint)) return undefined;
    pose[joint] = Number((match[2] ?? '').replace('\u2212', '-'));
  }
  return pose;
}

export interface FigureRead {
  value?: unknown;
  /** What the author may write, when the value could not be read. */
  expected?: string;
}

const quoteAll = (list: readonly string[]) => list.join(', ');

/** Reads the value of one figure line. */
export function readFigureValue(label: FigureLabel, text: string): FigureRead {
  switch (label) {
    case 'figure': {
      const value = POSITION_BY_WORDS.get(words(text));
      return value === undefined ? { expected: quoteAll(BASE_POSITIONS) } : { value };
    }
    case 'figureView': {
      const value = oneOf(VIEWS, text);
      return value === undefined ? { expected: quoteAll(VIEWS) } : { value };
    }
    case 'figureSide': {
      const value = oneOf(SIDES, text);
      return value === undefined ? { expected: quoteAll(SIDES) } : { value };
    }
    case 'figureProps': {
      const props = splitList(text).map(readProp);
      return props.length === 0 || props.includes(undefined)
        ? { expected: `${quoteAll(PROP_KINDS)} (“band at knees”: ${quoteAll(PROP_PLACES)})` }
        : { value: props };
    }
    case 'figurePlant': {
      const plants = splitList(text).map((part) => oneOf(PLANTS, part));
      return plants.length === 0 || plants.includes(undefined)
        ? { expected: quoteAll(PLANTS) }
        : { value: plants };
    }
    case 'figureStart':
    case 'figureMiddle':
    case 'figureEnd': {
      const value = readNumbers(text, JOINTS);
      return value === undefined
        ? { expected: `${quoteAll(JOINTS)} (“hip-left -30, knee-left 60”)` }
        : { value };
    }
    case 'figureShorten': {
      const value = readNumbers(text, SHORTENED);
      return value === undefined ? { expected: `${quoteAll(SHORTENED)} (“thigh-left 0.7”)` } : { value };
    }
    case 'figureMovement':
      return text.trim() === '' ? { expected: '…' } : { value: text.trim() };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LABEL_BY_KEY = new Map<string, FigureLabel>(
  Object.entries(FIGURE_KEYS).map(([label, key]) => [key, label as FigureLabel]),
);

function propText(prop: unknown): string | undefined {
  if (typeof prop === 'string') return prop;
  if (!isRecord(prop) || typeof prop.kind !== 'string') return undefined;
  if (!Object.keys(prop).every((key) => key === 'kind' || key === 'at')) return undefined;
  return typeof prop.at === 'string'
    ? `${prop.kind} at ${prop.at}`
    : prop.at === undefined
      ? prop.kind
      : undefined;
}

function writeValue(key: string, value: unknown): string | undefined {
  switch (key) {
    case 'position':
    case 'view':
    case 'side':
      return typeof value === 'string' ? value : undefined;
    case 'movement':
      return typeof value === 'string' ? value : undefined;
    case 'props': {
      const parts = Array.isArray(value) ? value.map(propText) : [];
      return parts.length > 0 && !parts.includes(undefined) ? parts.join(', ') : undefined;
    }
    case 'plant':
      return Array.isArray(value) && value.length > 0 ? value.map(String).join(', ') : undefined;
    case 'start':
    case 'middle':
    case 'end':
    case 'shorten':
      return isRecord(value) && Object.keys(value).length > 0
        ? Object.entries(value)
            .map(([joint, angle]) => `${joint} ${String(angle)}`)
            .join(', ')
        : undefined;
    default:
      return undefined;
  }
}

/**
 * The figure as `[label, value]` lines, position first; undefined when some part has no plain line
 * (an unknown key, text in several languages). What is written is checked by reading it back.
 */
export function figureLines(figure: unknown): [FigureLabel, string][] | undefined {
  if (!isRecord(figure) || typeof figure.position !== 'string') return undefined;
  const lines: [FigureLabel, string][] = [];
  for (const key of Object.values(FIGURE_KEYS)) {
    if (figure[key] === undefined) continue;
    const label = LABEL_BY_KEY.get(key);
    const text = writeValue(key, figure[key]);
    if (label === undefined || text === undefined || /[\n\r]/.test(text)) return undefined;
    lines.push([label, text]);
  }
  return Object.keys(figure).every((key) => LABEL_BY_KEY.has(key)) ? lines : undefined;
}
