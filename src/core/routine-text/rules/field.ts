/**
 * `Label: value` lines. What a label sets depends on where it is: "Rest:" under an exercise is the
 * rest between its sets, above the first section the rest between exercises; "Caution:" is the
 * exercise's safety under an exercise and the routine's anywhere else.
 */
import { parseFrequency } from '../../parse-frequency.js';
import { clip, type DiagnosticCode, type DiagnosticParams } from '../diagnostics.js';
import { LIST_LABELS, type Label } from '../labels.js';
import {
  currentDraft,
  setOwn,
  type Draft,
  type DosageField,
  type ExerciseDraft,
  type Json,
  type ReadState,
} from '../state.js';
import type { LineToken } from '../tokens.js';
import {
  readDifficulty,
  readList,
  readMinutes,
  readRange,
  readSeconds,
  readVariation,
  readVideo,
} from '../values.js';
import { FIGURE_KEYS, isFigureLabel, readFigureValue, type FigureLabel } from '../figure-text.js';
import { checkDosageWords } from './dosage-hints.js';
import { imageFromText, pushImage } from './image.js';

type Field = Extract<LineToken, { kind: 'field' }>;

export function fieldRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'field') return false;
  state.openList = undefined;
  const exercise = state.exercise;
  if (token.value === '' && LIST_LABELS.has(token.label)) {
    state.openList = { label: token.label, draft: exercise ?? state.routine };
    markDescribed(exercise, token.label);
    return true;
  }
  if (routineField(state, token)) return true;
  if (exercise) return exerciseField(state, exercise, token);
  return scopeField(state, token);
}

function markDescribed(exercise: ExerciseDraft | undefined, label: Label): void {
  if (exercise && label !== 'dosageHere' && label !== 'note') exercise.described = true;
}

/** Lines that always describe the routine, wherever they are written. */
function routineField(state: ReadState, token: Field): boolean {
  const routine = state.routine;
  switch (token.label) {
    case 'frequency':
      setField(routine, 'frequency', token.value, token);
      if (!parseFrequency(token.value)) {
        warn(state, token, 'frequency-unread');
      }
      return true;
    case 'restBetween':
      return setTime(state, routine, 'restBetweenExercisesSeconds', token, readSeconds);
    case 'defaultDosage':
      // The words stay as written; the schema reads them like any dosage line.
      setField(routine, 'defaultDosage', token.value, token);
      checkDosageWords(state, token.value, token.line, token.valueColumn, true);
      return true;
    case 'duration':
    case 'rest':
      if (state.exercise || state.section) return false;
      return token.label === 'duration'
        ? setTime(state, routine, 'durationMinutes', token, readMinutes)
        : setTime(state, routine, 'restBetweenExercisesSeconds', token, readSeconds);
    default:
      return false;
  }
}

function exerciseField(state: ReadState, exercise: ExerciseDraft, token: Field): boolean {
  markDescribed(exercise, token.label);
  const fields = exercise.fields;
  switch (token.label) {
    case 'summary':
      exercise.summaryLines.push(token.value);
      exercise.fieldPositions.set('summary', token);
      return true;
    case 'dosage':
      if (exercise.dosageWords) {
        warn(state, token, 'dosage-twice');
        return true;
      }
      exercise.dosageWords = { text: token.value, position: token };
      exercise.fieldPositions.set('dosage', token);
      checkDosageWords(state, token.value, token.line, token.valueColumn, true);
      return true;
    case 'sets':
    case 'reps':
      return dosageField(state, exercise, token.label, token, readRange(token.value));
    case 'hold':
      return dosageField(state, exercise, 'holdSeconds', token, readSeconds(token.value));
    case 'duration':
      return dosageField(state, exercise, 'durationSeconds', token, readSeconds(token.value));
    case 'rest':
      return dosageField(state, exercise, 'restSeconds', token, readSeconds(token.value));
    case 'side':
      return dosageField(state, exercise, 'side', token, readSide(token.value));
    case 'steps':
      pushTo(exercise, 'steps', token.value, token);
      return true;
    case 'tips':
      pushTo(exercise, 'cues', token.value, token);
      return true;
    case 'safety':
      pushTo(exercise, 'safety', token.value, token);
      return true;
    case 'equipment':
      pushTo(exercise, 'equipment', readList(token.value), token);
      return true;
    case 'targets':
      pushTo(exercise, 'muscles', readList(token.value), token);
      return true;
    case 'category':
      setField(exercise, 'category', token.value, token);
      return true;
    case 'difficulty':
      return difficulty(state, exercise, token);
    case 'easier':
    case 'harder':
      pushTo(exercise, token.label, [readVariation(token.value)], token);
      return true;
    case 'image': {
      const image = imageFromText(token.value);
      if (image) pushImage(exercise, image, token);
      else {
        warn(state, token, 'image-syntax');
      }
      return true;
    }
    case 'video':
      return video(state, exercise, token);
    case 'poster': {
      const media = child(fields, 'media');
      setOwn(child(media, 'video'), 'poster', token.value);
      exercise.fieldPositions.set('media', token);
      return true;
    }
    case 'dosageHere':
      setField(exercise.item, 'dosage', token.value, token);
      checkDosageWords(state, token.value, token.line, token.valueColumn, true);
      return true;
    case 'note':
      appendText(exercise.item, 'notes', token.value, token);
      return true;
    default:
      return isFigureLabel(token.label)
        ? figureField(state, exercise, token, token.label)
        : scopeField(state, token);
  }
}

/** Summary, safety and source lines of the routine or a section (or of an exercise, via the default). */
function scopeField(state: ReadState, token: Field): boolean {
  const draft = currentDraft(state);
  switch (token.label) {
    case 'summary':
      draft.summaryLines.push(token.value);
      draft.fieldPositions.set('summary', token);
      return true;
    case 'safety':
      if (state.section && !state.exercise) {
        info(state, token, 'section-safety');
      }
      pushTo(state.exercise ?? state.routine, 'safety', token.value, token);
      return true;
    case 'source':
    case 'author':
    case 'publisher':
    case 'link':
    case 'licence': {
      const target = state.exercise ?? state.routine;
      const key = token.label === 'link' ? 'url' : token.label === 'source' ? 'title' : token.label;
      setOwn(child(target.fields, 'source'), key, token.value);
      target.fieldPositions.set('source', token);
      return true;
    }
    default:
      warn(state, token, 'outside-exercise');
      return true;
  }
}

function dosageField(
  state: ReadState,
  exercise: ExerciseDraft,
  field: DosageField,
  token: Field,
  value: ReturnType<typeof readRange> | string | null | undefined,
): boolean {
  exercise.fieldPositions.set('dosage', exercise.fieldPositions.get('dosage') ?? token);
  if (/^(?:none|no|-|—)$/i.test(token.value)) {
    exercise.dosageFields[field] = null;
    return true;
  }
  if (value === undefined || value === null) {
    const expects = field === 'side' ? 'side' : field === 'sets' || field === 'reps' ? 'count' : 'time';
    warn(state, token, 'value-unread', { expects });
    return true;
  }
  exercise.dosageFields[field] = value;
  return true;
}

/**
 * A `Figure …:` line sets one key of the exercise's figure; props and plants add up over lines, and so
 * do the joints of two lines for the same position.
 */
function figureField(state: ReadState, exercise: ExerciseDraft, token: Field, label: FigureLabel): boolean {
  const read = readFigureValue(label, token.value);
  if (read.value === undefined) {
    warn(state, token, 'figure-unread', { expected: read.expected ?? '' });
    return true;
  }
  const figure = child(exercise.fields, 'figure');
  const key = FIGURE_KEYS[label];
  const before = figure[key];
  const isPose = (value: unknown): value is Json =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  setOwn(
    figure,
    key,
    Array.isArray(before) && Array.isArray(read.value)
      ? [...(before as unknown[]), ...read.value]
      : isPose(before) && isPose(read.value)
        ? { ...before, ...read.value }
        : read.value,
  );
  if (!exercise.fieldPositions.has('figure')) exercise.fieldPositions.set('figure', token);
  return true;
}

function readSide(text: string): 'each' | 'alternating' | undefined {
  const value = text.trim().toLowerCase();
  if (/^(?:each|each side|per side|both sides|each leg|per leg)$/.test(value)) return 'each';
  if (/^(?:alternating|alternate|alternating sides)$/.test(value)) return 'alternating';
  return undefined;
}

function difficulty(state: ReadState, exercise: ExerciseDraft, token: Field): boolean {
  const level = readDifficulty(token.value);
  if (level) {
    setField(exercise, 'difficulty', level, token);
  } else {
    warn(state, token, 'difficulty-unknown');
  }
  return true;
}

function video(state: ReadState, exercise: ExerciseDraft, token: Field): boolean {
  const video = readVideo(token.value);
  if (!video) {
    warn(state, token, 'video-syntax');
    return true;
  }
  const media = child(exercise.fields, 'media');
  const existing = media.video;
  const poster = typeof existing === 'object' && existing !== null ? (existing as Json).poster : undefined;
  setOwn(media, 'video', poster === undefined ? video : { ...video, poster });
  exercise.fieldPositions.set('media', token);
  return true;
}

function setTime(
  state: ReadState,
  draft: Draft,
  key: string,
  token: Field,
  read: (text: string) => ReturnType<typeof readSeconds>,
): boolean {
  const value = read(token.value);
  if (value === undefined) {
    warn(state, token, 'time-unread');
  } else {
    setField(draft, key, value, token);
  }
  return true;
}

export function setField(draft: Draft, key: string, value: unknown, at: LineToken): void {
  setOwn(draft.fields, key, value);
  draft.fieldPositions.set(key, { line: at.line, column: at.column });
}

export function pushTo(draft: Draft, key: string, value: unknown, at: LineToken): void {
  const list = Array.isArray(draft.fields[key]) ? (draft.fields[key] as unknown[]) : [];
  if (Array.isArray(value)) list.push(...(value as unknown[]));
  else if (value !== '') list.push(value);
  setOwn(draft.fields, key, list);
  if (!draft.fieldPositions.has(key)) draft.fieldPositions.set(key, { line: at.line, column: at.column });
}

function appendText(draft: Draft, key: string, value: string, at: LineToken): void {
  const before = draft.fields[key];
  setField(draft, key, typeof before === 'string' && before !== '' ? `${before} ${value}` : value, at);
}

/** The object at `fields[key]`, made when missing. */
export function child(fields: Json, key: string): Json {
  const existing = fields[key];
  if (typeof existing === 'object' && existing !== null && !Array.isArray(existing)) return existing as Json;
  const made: Json = {};
  setOwn(fields, key, made);
  return made;
}

/** A remark about a line; `params.text` is the line itself. */
function warn(state: ReadState, token: Field, code: DiagnosticCode, params: DiagnosticParams = {}): void {
  state.diagnostics.add(token.line, token.column, 'warning', code, { text: clip(token.text), ...params });
}

function info(state: ReadState, token: Field, code: DiagnosticCode): void {
  state.diagnostics.add(token.line, token.column, 'info', code, { text: clip(token.text) });
}
