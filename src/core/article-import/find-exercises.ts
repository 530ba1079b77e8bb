/**
 * Reads the blocks of an article into a draft: its title, sections, exercises with their steps,
 * tips, safety and dosage sentences, and the routine's frequency and safety. Two passes: first the
 * structured way articles present exercises (headings, "1. Name: how to…" items, "Application:" and
 * "Instructions:" lines); when that finds none, exercises named inside list items ("Planks and side
 * planks are excellent…") are taken instead, and said to be guesses.
 */
import { parseFrequency } from '../parse-frequency.js';
import type { Block } from './blocks.js';
import { labelledDosage, onlyStatesAmount, saysOtherSide, statesAmount } from './article-dosage.js';
import {
  cleanHeading,
  isAsideHeading,
  isByline,
  isNeverExercise,
  isQuestionHeading,
  looksLikeHeading,
  mentionedExercises,
  movementNoun,
  unshout,
  startsWithInstruction,
} from './exercise-words.js';
import { sentences } from './sentences.js';

export type SectionKind = 'warm-up' | 'main' | 'cool-down' | 'bonus';

export interface FoundExercise {
  name: string;
  block: Block;
  how: 'heading' | 'item' | 'mention';
  sectionTitle: string | undefined;
  sectionKind: SectionKind;
  steps: string[];
  cues: string[];
  safety: string[];
  summary: string[];
  equipment: string[];
  /** "Beginner: hold a chair", "Advanced: hold dumbbells": its label and its words. */
  easier: { label: string; text: string }[];
  harder: { label: string; text: string }[];
  /** The article's own dosage line ("Application: …"), with where it was. */
  explicitDosage: { text: string; block: Block } | undefined;
  /** Sentences of the exercise that state an amount. */
  dosageSentences: string[];
  dosageBlocks: Block[];
  /** A sentence of it sends the reader to the other side ("repeat with the opposite leg"). */
  otherSide: boolean;
}

export interface ArticleDraft {
  title: { text: string; block: Block } | undefined;
  summary: string | undefined;
  exercises: FoundExercise[];
  frequency: { text: string; block: Block } | undefined;
  safety: string[];
  /** A dosage said to apply to every exercise ("5 repetitions of each exercise"). */
  everyExercise: { text: string; block: Block } | undefined;
  /** Lines that looked like exercise content but had no exercise to belong to. */
  unplaced: Block[];
}

type Label =
  | 'dosage'
  | 'steps'
  | 'tips'
  | 'safety'
  | 'equipment'
  | 'frequency'
  | 'summary'
  | 'disclaimer'
  | 'easier'
  | 'harder';

const LABELS: Readonly<Record<string, Label>> = {
  application: 'dosage',
  dosage: 'dosage',
  dose: 'dosage',
  reps: 'dosage',
  repetitions: 'dosage',
  sets: 'dosage',
  prescription: 'dosage',
  'how many': 'dosage',
  'how many times': 'dosage',
  'sets and reps': 'dosage',
  'reps and sets': 'dosage',
  'sets & reps': 'dosage',
  'sets/reps': 'dosage',
  'sets / reps': 'dosage',
  'reps/sets': 'dosage',
  'reps / sets': 'dosage',
  'sets x reps': 'dosage',
  'reps x sets': 'dosage',
  hold: 'dosage',
  'hold time': 'dosage',
  rest: 'dosage',
  'rest time': 'dosage',
  repeat: 'dosage',
  repeats: 'dosage',
  duration: 'dosage',
  time: 'dosage',
  'how much': 'dosage',
  amount: 'dosage',
  'how to': 'steps',
  'how to do it': 'steps',
  instructions: 'steps',
  instruction: 'steps',
  steps: 'steps',
  method: 'steps',
  technique: 'steps',
  cues: 'steps',
  directions: 'steps',
  'what to do': 'steps',
  'starting position': 'steps',
  'start position': 'steps',
  position: 'steps',
  setup: 'steps',
  'set up': 'steps',
  'set-up': 'steps',
  movement: 'steps',
  action: 'steps',
  'how to do': 'steps',
  'the movement': 'steps',
  tip: 'tips',
  tips: 'tips',
  'coaching tips': 'tips',
  note: 'tips',
  notes: 'tips',
  caution: 'safety',
  cautions: 'safety',
  safety: 'safety',
  warning: 'safety',
  warnings: 'safety',
  precaution: 'safety',
  precautions: 'safety',
  important: 'safety',
  careful: 'safety',
  // "Beginner: hold a chair for balance", "Progression: hold dumbbells": the exercise's variations.
  beginner: 'easier',
  easier: 'easier',
  'make it easier': 'easier',
  regression: 'easier',
  modification: 'easier',
  modified: 'easier',
  advanced: 'harder',
  harder: 'harder',
  'make it harder': 'harder',
  progression: 'harder',
  challenge: 'harder',
  // About the whole routine, wherever it stands: never one exercise's safety point.
  disclaimer: 'disclaimer',
  'medical disclaimer': 'disclaimer',
  equipment: 'equipment',
  'you will need': 'equipment',
  'you’ll need': 'equipment',
  "you'll need": 'equipment',
  'what you need': 'equipment',
  frequency: 'frequency',
  'how often': 'frequency',
  description: 'summary',
  about: 'summary',
  purpose: 'summary',
  benefits: 'summary',
  why: 'summary',
};

const SAFETY =
  /\b(?:pain|painful|stop|dizz\w*|numb\w*|tingl\w*|consult|doctor|physician|healthcare|medical|injur\w*|caution|careful|avoid|never|pregnan\w*|surgery|worsen\w*)\b/i;
/**
 * Articles mention pain in nearly every sentence ("Lower back pain is a common issue…"); a sentence is a
 * safety point only when it also tells the reader what to do about a risk: stop, avoid, consult, ask…
 */
const ADVICE =
  /\b(?:stop|avoid|consult|seek|contact|discontinue|rest it|see (?:a|your)|talk (?:to|with)|speak (?:to|with)|check with|ask (?:a|your)|don[’']t|do not|should(?:n[’']t| not)|make sure|be careful|careful|caution)\b|^never\b/i;
/** A warning sign, as the items of a "see a doctor if:" list name them ("You feel numbness in your legs"). */
const WARNING_SIGN =
  /\b(?:numb\w*|tingl\w*|pins and needles|dizz\w*|swell\w*|swollen|severe|sharp(?:er)?|worsen\w*|gets worse|(?:doesn[’']t|does not|won[’']t) improve)\b/i;
/** A sentence of prose that is a safety point. */
const isSafetyAdvice = (text: string): boolean => SAFETY.test(text) && ADVICE.test(text);
/** A list item that is a safety point: advice, or a warning sign. */
const isSafetyItem = (text: string): boolean =>
  SAFETY.test(text) && (ADVICE.test(text) || WARNING_SIGN.test(text));
const PROMOTION =
  /\b(?:subscribe|sign up|check out|click|newsletter|comments?|follow me|explore my|library of|affiliate|share this|sponsored|advertisement|unlock your rewards|leave a reply|read more|rehab routines)\b/i;
const CAPTION = /^(?:images?|photos?|pictures?|videos?|gif|credit|source)\s*(?:from|by|credit|:)/i;
const EVERY_EXERCISE =
  /\b(?:each|every|all(?: of)?(?: the| these)?|both)\s+(?:of\s+(?:the|these)\s+)?(?:exercises?|movements?|stretches|of them)\b/i;
/** Sending the reader to someone who can examine them. */
const REFERRAL =
  /\b(?:doctor|gp|physio\w*|physician|healthcare|health care|medical|professional|clinic\w*|therapist|nurse|pharmacist)\b/i;
/** Words naming the whole routine, not one exercise. */
const ROUTINE_WORDS =
  /\b(?:this|the|these|whole|entire|full)\s+(?:routine|program(?:me)?|workout|session|series|circuit|sequence)\b|\b(?:these|all(?: of)?(?: the| these)?)\s+exercises\b/i;
const KIND_WORDS: readonly [RegExp, SectionKind][] = [
  [/\bwarm[\s-]?up\b/i, 'warm-up'],
  [/\bcool[\s-]?down\b/i, 'cool-down'],
  [/^(?:bonus|optional|extra)\b/i, 'bonus'],
];

/** `written`: the label as its author wrote it ("Beginner"); `key`: the same in lower case. */
function labelOf(text: string): { label: Label; key: string; written: string; value: string } | undefined {
  const match = /^([A-Za-z][A-Za-z’'&/ -]{1,24}?)\s*:\s*(.*)$/.exec(text);
  const key = match?.[1]?.toLowerCase().trim();
  if (!match || key === undefined || !Object.hasOwn(LABELS, key)) return undefined;
  const label = LABELS[key];
  const value = (match[2] ?? '').trim();
  // "Tip: keep your back flat" gives the tip "Keep your back flat".
  return label
    ? { label, key, written: match[1]!.trim(), value: value.charAt(0).toUpperCase() + value.slice(1) }
    : undefined;
}

function kindOf(title: string): SectionKind {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(title)) return kind;
  return 'main';
}

/** Whether the few blocks after `index` read like an exercise's body. */
function bodyFollows(blocks: readonly Block[], index: number): boolean {
  for (let i = index + 1; i < Math.min(blocks.length, index + 5); i++) {
    const block = blocks[i];
    if (!block) break;
    const label = labelOf(block.text)?.label;
    if (label === 'dosage' || label === 'steps') return true;
    if (block.kind === 'item' && block.ordered && startsWithInstruction(block.text)) return true;
    // Right under the heading, a paragraph that tells the reader what to do ("Lie on your bed…"), or
    // the amount on a line of its own ("10 reps per side").
    if (
      i === index + 1 &&
      block.kind === 'para' &&
      (startsWithInstruction(block.text) || (looksLikeHeading(block.text) && statesAmount(block.text)))
    )
      return true;
    if (isHeading(block) || (block.kind === 'item' && block.text.endsWith(':'))) return false;
  }
  return false;
}

function isHeading(block: Block): boolean {
  return (
    block.kind === 'heading' ||
    (block.kind === 'para' && isQuestionHeading(block.text)) ||
    (block.kind === 'para' &&
      looksLikeHeading(block.text) &&
      !labelOf(block.text) &&
      // "15 reps per leg" or "3 x 10 each side" on a line of its own is the dosage, not a heading.
      !onlyStatesAmount(block.text))
  );
}

/**
 * "1. Quad sets" on a line of its own, with the exercise's paragraphs under it: a numbered heading, as
 * plain text writes one, not an item of a list. A list's item is next to another item, or tells
 * the reader what to do ("1. Lie on your back"); a heading has prose after it.
 */
function isNumberedHeading(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index];
  const next = blocks[index + 1];
  const previous = blocks[index - 1];
  return (
    block?.kind === 'item' &&
    block.ordered &&
    next?.kind === 'para' &&
    !(previous?.kind === 'item' && previous.ordered) &&
    looksLikeHeading(block.text) &&
    !block.text.endsWith(':') &&
    !labelOf(block.text) &&
    !startsWithInstruction(block.text) &&
    !statesAmount(block.text)
  );
}

function newExercise(name: string, block: Block, how: FoundExercise['how'], section: Section): FoundExercise {
  return {
    name,
    block,
    how,
    sectionTitle: section.title,
    sectionKind: section.kind,
    steps: [],
    cues: [],
    safety: [],
    summary: [],
    equipment: [],
    easier: [],
    harder: [],
    explicitDosage: undefined,
    dosageSentences: [],
    dosageBlocks: [],
    otherSide: false,
  };
}

interface Section {
  title: string | undefined;
  kind: SectionKind;
  /** Index of the section's heading block. */
  at?: number;
}

/**
 * A heading names the section of the exercises after it only when they follow soon; a chapter
 * heading pages above the first exercise ("Understanding back pain") is not their section.
 */
function sectionFor(section: Section, index: number, exercises: readonly FoundExercise[]): Section {
  const near =
    section.at === undefined ||
    index - section.at <= 2 ||
    exercises.some((e) => e.sectionTitle === section.title && section.title !== undefined);
  return near ? section : { title: undefined, kind: section.kind };
}

export function findExercises(blocks: readonly Block[]): ArticleDraft {
  const draft: ArticleDraft = {
    title: undefined,
    summary: undefined,
    exercises: [],
    frequency: undefined,
    safety: [],
    everyExercise: undefined,
    unplaced: [],
  };
  const frequencies: { text: string; block: Block; score: number }[] = [];
  let section: Section = { title: undefined, kind: 'main' };
  let current: FoundExercise | undefined;
  let openLabel: Label | undefined;
  let start = 0;

  const first = blocks.find((b) => b.kind === 'heading' && b.level === 1) ?? blocks[0];
  // The first line of a pasted article is its title when it reads as one, even a long one.
  const titleLike = (text: string) =>
    text.split(/\s+/).length <= 16 && text.length <= 140 && !/[.!?;]$/.test(text);
  if (first && (first.kind === 'heading' || titleLike(first.text))) {
    const title = unshout(first.text.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim());
    draft.title = { text: title || first.text, block: first };
    start = blocks.indexOf(first) + 1;
  }

  const addSentences = (
    exercise: FoundExercise,
    text: string,
    block: Block,
    as: 'steps' | 'cues' | 'summary',
  ) => {
    for (const sentence of sentences(text)) {
      if (PROMOTION.test(sentence)) continue;
      if (saysOtherSide(sentence)) exercise.otherSide = true;
      if (statesAmount(sentence)) {
        exercise.dosageSentences.push(sentence);
        exercise.dosageBlocks.push(block);
        // A sentence that only gives the amount ("Repeat three times.") is not an instruction.
        if (
          (/^(?:do|repeat|complete|perform|aim|try|hold|rest|stay|remain|continue)\b/i.test(sentence) &&
            sentence.split(/\s+/).length <= 8) ||
          onlyStatesAmount(sentence)
        )
          continue;
      }
      if (as !== 'steps' && isSafetyAdvice(sentence)) exercise.safety.push(sentence);
      else if (as === 'summary' && exercise.summary.length === 0) exercise.summary.push(sentence);
      else if (as === 'summary' || as === 'cues') {
        if (!sentence.endsWith(':') && exercise.cues.length < 6) exercise.cues.push(sentence);
      } else exercise.steps.push(sentence);
    }
  };

  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    const text = block.text;
    if (CAPTION.test(text) || isByline(text)) continue;
    if (block.apart) {
      current = undefined;
      openLabel = undefined;
    }
    for (const sentence of sentences(text)) {
      // How often to do the routine is said around the exercises; inside one, it is that exercise's.
      if (parseFrequency(sentence))
        frequencies.push({ text: sentence, block, score: frequencyScore(sentence) + (current ? 0 : 3) });
    }
    const label = labelOf(text);

    if (label) {
      openLabel = label.value === '' ? label.label : undefined;
      if (label.label === 'frequency') {
        frequencies.push({ text: label.value, block, score: 10 });
        continue;
      }
      if (label.label === 'disclaimer') {
        for (const sentence of sentences(label.value))
          if (isSafetyAdvice(sentence))
            draft.safety.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
        continue;
      }
      if (!current) {
        if (label.label === 'safety') draft.safety.push(...sentences(label.value));
        else if (label.label === 'summary') draft.summary ??= label.value;
        else if (label.value) draft.unplaced.push(block);
        continue;
      }
      switch (label.label) {
        case 'dosage':
          // "Reps: 10", "Sets: 2", "Hold: 5 sec" on lines (or a table's cells) of their own: one dosage.
          if (label.value && !current.explicitDosage)
            current.explicitDosage = { text: labelledDosage(label.key, label.value), block };
          else if (label.value && current.explicitDosage)
            current.explicitDosage.text += `, ${labelledDosage(label.key, label.value)}`;
          break;
        case 'steps':
          addSentences(current, label.value, block, 'steps');
          break;
        case 'tips':
          addSentences(current, label.value, block, 'cues');
          break;
        case 'safety':
          current.safety.push(...sentences(label.value));
          break;
        case 'equipment':
          current.equipment.push(
            ...label.value
              .split(/,|\band\b/)
              .map((s) => s.trim().replace(/^(?:an?|the|some)\s+/i, ''))
              .filter(Boolean),
          );
          break;
        case 'summary':
          current.summary.push(label.value);
          break;
        case 'easier':
        case 'harder':
          if (label.value) current[label.label].push({ label: label.written, text: label.value });
          break;
      }
      continue;
    }

    // Under an exercise, a short line with an amount and no instructions after it is that exercise's
    // amount ("Marches x10"), even when its words would make a heading.
    if (
      current &&
      block.kind === 'para' &&
      looksLikeHeading(text) &&
      statesAmount(text) &&
      !bodyFollows(blocks, index)
    ) {
      current.dosageSentences.push(text);
      current.dosageBlocks.push(block);
      continue;
    }
    if ((isHeading(block) && block.kind !== 'item') || isNumberedHeading(blocks, index)) {
      openLabel = undefined;
      const clean = cleanHeading(text);
      const exercise =
        !isNeverExercise(clean.name) &&
        clean.name.split(/\s+/).length <= 8 &&
        (clean.announced || movementNoun(clean.name) !== undefined || bodyFollows(blocks, index));
      if (exercise) {
        const kind = clean.kind ?? section.kind;
        current = newExercise(clean.name, block, 'heading', {
          ...sectionFor(section, index, draft.exercises),
          kind,
        });
        draft.exercises.push(current);
      } else {
        current = undefined;
        section = isAsideHeading(clean.name)
          ? { title: undefined, kind: 'main', at: index }
          : { title: clean.name || text, kind: kindOf(text), at: index };
        // "See your doctor if:" over a list of warning signs: the signs read as advice only after it.
        if (text.endsWith(':') && isSafetyAdvice(text)) draft.safety.push(text);
      }
      continue;
    }

    if (block.kind === 'item') {
      // "Bird dog: Start on…", or with a spaced dash, "Neck rolls – Slowly roll…".
      const named = /^([^:]{2,60}):\s+(.+)$/.exec(text) ?? /^(.{2,60}?)\s[–—-]\s+(.+)$/.exec(text);
      const name = named ? cleanHeading(named[1] ?? '').name : '';
      const body = named?.[2] ?? '';
      const nameWords = name.split(/\s+/).length;
      const startsExercise =
        named !== null &&
        nameWords <= 6 &&
        !isNeverExercise(name) &&
        (current
          ? (movementNoun(name) !== undefined && startsWithInstruction(body)) ||
            // The next of a numbered list of "Name: how to…" items, as the one before it was.
            (block.ordered && current.how === 'item' && current.block.ordered)
          : startsWithInstruction(body) || movementNoun(name) !== undefined);
      if (startsExercise && !openLabel) {
        current = newExercise(name, block, 'item', sectionFor(section, index, draft.exercises));
        draft.exercises.push(current);
        addSentences(current, body, block, 'steps');
        continue;
      }
      // "1. Warm Up:" — a numbered group heading, as outlines write them.
      if (/:$/.test(text) && looksLikeHeading(text.slice(0, -1))) {
        current = undefined;
        openLabel = undefined;
        section = { title: cleanHeading(text).name, kind: kindOf(text), at: index };
        continue;
      }
      if (current) {
        if (openLabel === 'tips') addSentences(current, text, block, 'cues');
        else if (openLabel === 'safety') current.safety.push(text);
        else if (openLabel === 'equipment') current.equipment.push(text);
        else if (openLabel === 'dosage') current.explicitDosage ??= { text, block };
        else addSentences(current, text, block, 'steps');
      } else if (openLabel === 'safety' || isSafetyItem(text)) {
        draft.safety.push(text);
      }
      continue;
    }

    // A paragraph. One that says how often to do the whole routine ("Do this routine 3 times a
    // week. If you feel a sharp pinch, stop.") is the routine's, even right after an exercise.
    // So is the article's last word sending the reader to a professional ("If your pain gets worse,
    // stop and speak to a GP."), even though it follows the last exercise.
    const closing =
      index >= blocks.length - 2 &&
      sentences(text).every((s) => isSafetyAdvice(s) && REFERRAL.test(s)) &&
      !blocks.slice(index + 1).some((b) => isHeading(b) || b.kind === 'item');
    if (current && (closing || sentences(text).some((s) => ROUTINE_WORDS.test(s) && parseFrequency(s)))) {
      for (const sentence of sentences(text))
        if (isSafetyAdvice(sentence) && !PROMOTION.test(sentence) && draft.safety.length < 6)
          draft.safety.push(sentence);
      continue;
    }
    if (current) {
      const role =
        current.cues.length === 0 && startsWithInstruction(text)
          ? 'steps'
          : current.steps.length === 0 && current.summary.length === 0
            ? 'summary'
            : 'cues';
      if (PROMOTION.test(text) && role !== 'steps') continue;
      addSentences(current, text, block, role);
      continue;
    }
    for (const sentence of sentences(text)) {
      if (EVERY_EXERCISE.test(sentence) && statesAmount(sentence) && !draft.everyExercise) {
        draft.everyExercise = { text: sentence, block };
      } else if (isSafetyAdvice(sentence) && !PROMOTION.test(sentence) && draft.safety.length < 6) {
        draft.safety.push(sentence);
      }
    }
    if (
      draft.summary === undefined &&
      draft.exercises.length === 0 &&
      text.length >= 40 &&
      !PROMOTION.test(text)
    ) {
      draft.summary = text.length > 400 ? `${text.slice(0, 399)}…` : text;
    }
  }

  if (draft.exercises.length === 0) findMentions(blocks, start, draft);
  const best = frequencies.reduce<(typeof frequencies)[number] | undefined>(
    (a, b) => (!a || b.score > a.score ? b : a),
    undefined,
  );
  if (best) draft.frequency = { text: best.text, block: best.block };
  return draft;
}

/** Prefer a sentence that counts times and speaks of the routine over "20 minutes of walking each day". */
function frequencyScore(sentence: string): number {
  let score = 0;
  if (/\b(?:once|twice|times|x)\b/i.test(sentence) || /\d\s*x\b/i.test(sentence)) score += 2;
  if (/\b(?:routine|exercises?|program(?:me)?|these|them|this|sessions?)\b/i.test(sentence)) score += 1;
  return score;
}

/** Second pass: exercises named inside list items, under the outline's group headings. */
function findMentions(blocks: readonly Block[], start: number, draft: ArticleDraft): void {
  let section: Section = { title: undefined, kind: 'main' };
  for (let index = start; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block) continue;
    if (block.kind === 'item' && /:$/.test(block.text)) {
      section = { title: cleanHeading(block.text).name, kind: kindOf(block.text) };
      continue;
    }
    if (block.kind === 'heading') {
      section = { title: cleanHeading(block.text).name, kind: kindOf(block.text) };
      continue;
    }
    if (block.kind !== 'item') continue;
    const parts = sentences(block.text);
    const names = parts.flatMap((sentence) => mentionedExercises(sentence));
    for (const name of names) {
      const exercise = newExercise(name, block, 'mention', section);
      if (names.length === 1) {
        for (const sentence of parts) {
          if (statesAmount(sentence)) {
            exercise.dosageSentences.push(sentence);
            exercise.dosageBlocks.push(block);
          }
        }
      }
      draft.exercises.push(exercise);
    }
  }
}
