/**
 * importArticle: a whole article (plain text, or HTML pasted from a blog, Medium, Google Docs or
 * Word) as a draft routine to review, with diagnostics saying what was guessed and what could not
 * be placed. HTML is read through a real DOM parser (the browser's DOMParser, or parse5 in Node, or
 * the one passed in), never by patterns over markup, and nothing in it is run. Never throws.
 */
import type { RoutineInput } from '../../data/routine-schema.js';
import type { ExerciseInput } from '../../data/exercise-schema.js';
import { clip, diagnostic, DiagnosticList, type Diagnostic } from '../routine-text/diagnostics.js';
import { slugify } from '../routine-text/values.js';
import { DOCUMENT_LIMITS as D } from '../limits.js';
import { madeUpTitles, type MadeUpTitles } from '../made-up-titles.js';
import { combineDosage, dosageOf } from './article-dosage.js';
import { clipText, fitLines } from './fit-limits.js';
import { textBlocks, type Block } from './blocks.js';
import { findExercises, type ArticleDraft, type FoundExercise } from './find-exercises.js';
import { htmlBlocks } from './html-blocks.js';
import { defaultHtmlParser, type HtmlNode, type HtmlParser } from './html-tree.js';

export interface ImportArticleOptions {
  /** 'auto' (default) reads input starting with "<" as HTML, anything else as plain text. */
  format?: 'auto' | 'text' | 'html';
  /**
   * Parses HTML into an HtmlNode tree. The default uses the browser's DOMParser, and in Node the
   * optional peer dependency parse5 (imported only when HTML is first imported).
   */
  parseHtml?: HtmlParser;
  /**
   * The names for what the article left unnamed (no title, exercises under no heading), in the
   * author's language; English by default.
   */
  titles?: Partial<MadeUpTitles>;
}

export interface ImportedArticle {
  /** A draft in the input shape of our JSON: exercises in `exercises`, placed by `ref`. */
  routine: RoutineInput;
  /**
   * What was guessed and what could not be placed. Lines are the text's lines; for HTML, "line"
   * counts the article's blocks (headings, paragraphs, list items) from the top.
   */
  diagnostics: Diagnostic[];
}

/** Longer input is cut here: a draft from the first two megabytes is still a draft. */
const MAX_INPUT = 2_000_000;

export async function importArticle(
  input: string,
  options: ImportArticleOptions = {},
): Promise<ImportedArticle> {
  const diagnostics = new DiagnosticList();
  const titles = madeUpTitles(options.titles);
  try {
    const text = typeof input === 'string' ? input.slice(0, MAX_INPUT) : '';
    const html = options.format === 'html' || (options.format !== 'text' && /^\s*</.test(text.slice(0, 100)));
    let blocks: Block[];
    if (html) {
      let tree: HtmlNode | undefined;
      try {
        tree = await (options.parseHtml ?? defaultHtmlParser)(text);
      } catch {
        diagnostics.add(1, 1, 'warning', 'html-unreadable');
      }
      blocks = tree ? htmlBlocks(tree) : textBlocks(text);
    } else {
      blocks = textBlocks(text);
    }
    const draft = findExercises(blocks);
    return { routine: buildRoutine(draft, diagnostics, titles), diagnostics: sorted(diagnostics.items) };
  } catch {
    return {
      routine: { id: 'imported-routine', title: titles.importedRoutine, sections: [] },
      diagnostics: [diagnostic(1, 1, 'error', 'article-unreadable')],
    };
  }
}

function buildRoutine(draft: ArticleDraft, diagnostics: DiagnosticList, titles: MadeUpTitles): RoutineInput {
  const title = clipText(draft.title?.text ?? titles.importedRoutine, D.maxNameLength);
  if (!draft.title) {
    diagnostics.add(1, 1, 'warning', 'article-no-title', { title });
  } else {
    diagnostics.add(draft.title.block.line, draft.title.block.column, 'info', 'article-title', {
      text: clip(title),
    });
  }
  // A made-up title gives the same id in every language.
  const routine: RoutineInput = {
    id: (draft.title && slugify(title)) || 'imported-routine',
    title,
    sections: [],
  };
  if (draft.summary) routine.summary = clipText(draft.summary, D.maxSummaryLength);
  if (draft.frequency) {
    routine.frequency = clipText(draft.frequency.text, D.maxDosageTextLength);
    diagnostics.add(draft.frequency.block.line, draft.frequency.block.column, 'info', 'article-frequency', {
      text: clip(draft.frequency.text),
    });
  }
  if (draft.safety.length) routine.safety = fitLines(unique(draft.safety).slice(0, 10)).lines;

  if (draft.exercises.length === 0) {
    diagnostics.add(1, 1, 'error', 'no-exercises');
  }
  const everyDosage = draft.everyExercise ? dosageOf(draft.everyExercise.text) : undefined;
  // "…then rest 20 seconds before the next": a rest between the exercises, not between sets of each.
  if (
    everyDosage?.restSeconds !== undefined &&
    /\b(?:before|until)\s+the\s+next\b|\bbetween\s+(?:each\s+|the\s+)?(?:exercises?|moves?|movements?|stretches)\b/i.test(
      draft.everyExercise?.text ?? '',
    )
  ) {
    routine.restBetweenExercisesSeconds = everyDosage.restSeconds;
    delete everyDosage.restSeconds;
  }
  const exercises: Record<string, ExerciseInput> = {};
  const sections: NonNullable<RoutineInput['sections']> = [];
  const kept = draft.exercises.slice(0, D.maxItemsPerRoutine);
  if (kept.length < draft.exercises.length) {
    const first = draft.exercises[kept.length].block;
    diagnostics.add(first.line, first.column, 'warning', 'too-many-exercises', {
      count: draft.exercises.length,
      max: D.maxItemsPerRoutine,
      kept: kept.length,
    });
  }
  for (const found of kept) {
    let id = slugify(found.name) || 'exercise';
    for (let n = 2; Object.hasOwn(exercises, id); n++)
      id = `${slugify(found.name).slice(0, 90) || 'exercise'}-${n}`;
    exercises[id] = exercise(found, id, everyDosage, draft, diagnostics);
    const sectionTitle = clipText(
      found.sectionTitle ??
        (found.sectionKind === 'warm-up'
          ? titles.warmUp
          : found.sectionKind === 'bonus'
            ? titles.bonus
            : titles.exercises),
      D.maxNameLength,
    );
    const last = sections[sections.length - 1];
    if (
      last &&
      ((last.title === sectionTitle && last.kind === found.sectionKind) || sections.length >= D.maxSections)
    )
      last.items.push({ ref: id });
    else sections.push({ title: sectionTitle, kind: found.sectionKind, items: [{ ref: id }] });
  }
  for (const block of draft.unplaced.slice(0, 20)) {
    diagnostics.add(block.line, block.column, 'warning', 'unplaced', { text: clip(block.text) });
  }
  routine.sections = sections;
  if (Object.keys(exercises).length) routine.exercises = exercises;
  return routine;
}

function exercise(
  found: FoundExercise,
  id: string,
  everyDosage: ReturnType<typeof dosageOf> | undefined,
  draft: ArticleDraft,
  diagnostics: DiagnosticList,
): ExerciseInput {
  const out: ExerciseInput = { id, name: clipText(found.name, D.maxNameLength) };
  const at = found.block;
  if (found.how === 'mention') {
    diagnostics.add(at.line, at.column, 'warning', 'mentioned-exercise', {
      name: clip(found.name),
      text: clip(at.text, 40),
    });
  }
  const summary = found.summary.join(' ').trim();
  let cut = summary.length > D.maxSummaryLength;
  if (summary) out.summary = clipText(summary, D.maxSummaryLength);
  for (const field of ['steps', 'cues', 'safety', 'equipment'] as const) {
    if (!found[field].length) continue;
    const fitted = fitLines(unique(found[field]));
    out[field] = fitted.lines;
    cut ||= fitted.cut;
  }
  // "Beginner: hold a chair for balance": a short text is the variation's name, a long one its summary
  // under the author's label.
  for (const field of ['easier', 'harder'] as const) {
    const variations = found[field]
      .slice(0, D.maxVariations)
      .map(({ label, text }) =>
        text.length <= 60
          ? { name: clipText(text, D.maxNameLength) }
          : { name: clipText(label, D.maxNameLength), summary: clipText(text, D.maxSummaryLength) },
      );
    if (variations.length) out[field] = variations;
  }
  if (cut) {
    diagnostics.add(at.line, at.column, 'warning', 'text-cut', {
      name: clip(found.name),
      lines: D.maxListEntries,
      chars: D.maxLineLength,
    });
  }

  const dosage = combineDosage(found.explicitDosage?.text, found.dosageSentences, {
    otherSide: found.otherSide,
    every: everyDosage,
  });
  const own = combineDosage(found.explicitDosage?.text, found.dosageSentences);
  if (dosage && own) {
    out.dosage = dosage as ExerciseInput['dosage'];
    const where = found.explicitDosage?.block ?? found.dosageBlocks[0] ?? at;
    const from = clip(found.explicitDosage ? found.explicitDosage.text : found.dosageSentences.join(' '));
    const name = clip(found.name);
    if (own.reps === dosage.reps && own.sets === dosage.sets)
      diagnostics.add(where.line, where.column, 'info', 'dosage-read', { name, dosage, text: from });
    else
      diagnostics.add(where.line, where.column, 'info', 'dosage-read-with-every', {
        name,
        dosage,
        text: from,
        every: clip(draft.everyExercise?.text ?? ''),
      });
  } else if (dosage && draft.everyExercise) {
    out.dosage = dosage as ExerciseInput['dosage'];
    diagnostics.add(
      draft.everyExercise.block.line,
      draft.everyExercise.block.column,
      'info',
      'dosage-from-every',
      {
        name: clip(found.name),
        every: clip(draft.everyExercise.text),
      },
    );
  } else if (found.explicitDosage) {
    out.dosage = clipText(found.explicitDosage.text, D.maxDosageTextLength);
    diagnostics.add(
      found.explicitDosage.block.line,
      found.explicitDosage.block.column,
      'warning',
      'dosage-as-written',
      { name: clip(found.name), text: clip(found.explicitDosage.text) },
    );
  } else {
    diagnostics.add(at.line, at.column, 'warning', 'no-dosage', { name: clip(found.name) });
  }
  if (!found.steps.length && found.how !== 'mention') {
    diagnostics.add(at.line, at.column, 'warning', 'no-steps', { name: clip(found.name) });
  }
  return out;
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

function sorted(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column);
}
