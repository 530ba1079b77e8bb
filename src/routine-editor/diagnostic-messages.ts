/**
 * What the text reader and the article importer found, in the author's language. Core gives each
 * remark a code and its params (core stays free of @lit/localize); this maps them to `msg()`
 * sentences, with numbers and the dosage read formatted for the author's locale.
 */
import { msg, str } from '@lit/localize';
import { editorTitles } from './editor-titles.js';
import { formatDosage } from '../core/format-dosage.js';
import { numberFormat } from '../core/intl-cache.js';
import type { Dosage } from '../core/dosage-types.js';
import type { Diagnostic, DiagnosticCode, DiagnosticParams } from '../core/routine-text/index.js';

type Words = (p: Readonly<Record<string, string>>, dosage: string) => string;

/** One sentence per code; the type makes a new code without a sentence a compile error. */
const SENTENCES: Readonly<Record<DiagnosticCode, Words>> = {
  'no-title': () =>
    msg(
      'There is no title line. Start with "# " and the name of the routine, such as "# Morning stretches".',
      {
        id: 'editor.diag.no-title',
      },
    ),
  'id-taken': ({ text, id, newId }) =>
    msg(str`"${text}": the id "${id}" belongs to another exercise, so this one is called "${newId}".`, {
      id: 'editor.diag.id-taken',
    }),
  'name-id-taken': ({ text, id, newId }) =>
    msg(
      str`"${text}": another exercise already has the id "${id}", so this one is "${newId}". To use the same exercise again, repeat only its heading.`,
      { id: 'editor.diag.name-id-taken' },
    ),
  'missing-field': ({ field, path }) =>
    msg(str`"${path}" needs the field "${field}".`, { id: 'editor.diag.missing-field' }),
  'invalid-value': ({ path, detail }) =>
    msg(str`"${path}" is not right: ${detail}.`, { id: 'editor.diag.invalid-value' }),
  'unreadable-text': () => msg('This text could not be read.', { id: 'editor.diag.unreadable-text' }),
  'dosage-typo': ({ text, typo }, dosage) =>
    msg(str`"${text}": read as ${dosage}. Did you mean "${typo}"?`, { id: 'editor.diag.dosage-typo' }),
  'dosage-typo-no-amount': ({ text, typo }) =>
    msg(str`"${text}": no amount could be read. Did you mean "${typo}"?`, {
      id: 'editor.diag.dosage-typo-no-amount',
    }),
  'dosage-no-amount': ({ text }) =>
    msg(
      str`"${text}": no amount could be read, so readers will see it as you wrote it. Write it like "10 reps", "3 sets of 8–10 reps" or "hold 5 s".`,
      { id: 'editor.diag.dosage-no-amount' },
    ),
  'frequency-unread': ({ text }) =>
    msg(
      str`"${text}": your words are kept, but how often could not be read. Write it like "Frequency: 3 times a week".`,
      { id: 'editor.diag.frequency-unread' },
    ),
  'dosage-twice': ({ text }) =>
    msg(str`"${text}": this exercise already has a dosage; the first one is kept.`, {
      id: 'editor.diag.dosage-twice',
    }),
  'image-syntax': ({ text }) =>
    msg(
      str`"${text}": write an image as "![what the picture shows](picture.jpg)", so readers who cannot see it get its description.`,
      { id: 'editor.diag.image-syntax' },
    ),
  'section-safety': ({ text }) =>
    msg(str`"${text}": sections have no cautions of their own, so this was added to the routine's.`, {
      id: 'editor.diag.section-safety',
    }),
  'outside-exercise': ({ text }) =>
    msg(
      str`"${text}": this describes an exercise but is not under one. Put it below an exercise heading ("### Name").`,
      { id: 'editor.diag.outside-exercise' },
    ),
  'value-unread': ({ text, expects }) =>
    expects === 'side'
      ? msg(str`"${text}": this could not be read. Write "each", "alternating" or "none".`, {
          id: 'editor.diag.value-unread-side',
        })
      : expects === 'count'
        ? msg(
            str`"${text}": this could not be read. Write a number or a range, such as "10" or "10–15", or "none".`,
            {
              id: 'editor.diag.value-unread-count',
            },
          )
        : msg(
            str`"${text}": this could not be read. Write a time, such as "5 s", "3–5 s" or "1 min", or "none".`,
            {
              id: 'editor.diag.value-unread-time',
            },
          ),
  'difficulty-unknown': ({ text }) =>
    msg(str`"${text}": the level must be "beginner", "intermediate" or "advanced"; it was left out.`, {
      id: 'editor.diag.difficulty-unknown',
    }),
  'video-syntax': ({ text }) =>
    msg(str`"${text}": write a video as its address, such as "Video: https://youtu.be/VIDEO_ID".`, {
      id: 'editor.diag.video-syntax',
    }),
  'time-unread': ({ text }) =>
    msg(str`"${text}": no time could be read. Write it like "3 min" or "30 s".`, {
      id: 'editor.diag.time-unread',
    }),
  'second-title': ({ text }) =>
    msg(
      str`"${text}": the routine already has a title, so this is read as a section. Use "## " for a section.`,
      {
        id: 'editor.diag.second-title',
      },
    ),
  'before-section': ({ text, section = editorTitles().exercises }) =>
    msg(str`"${text}" comes before any section ("## "), so it was put in a section called "${section}".`, {
      id: 'editor.diag.before-section',
    }),
  'no-exercise-headings': () =>
    msg('There are no "###" headings, so each "##" heading is read as an exercise, in one section.', {
      id: 'editor.diag.no-exercise-headings',
    }),
  'heading-level': ({ text }) =>
    msg(
      str`"${text}": only "#" (title), "##" (section) and "###" (exercise) headings are known, so this line was skipped.`,
      { id: 'editor.diag.heading-level' },
    ),
  'image-outside-exercise': ({ text }) =>
    msg(str`"${text}": images belong to an exercise; put this line below an exercise heading ("### Name").`, {
      id: 'editor.diag.image-outside-exercise',
    }),
  'json-invalid': ({ text, key }) =>
    msg(str`"${text}": the value after "${key}:" is not valid JSON, so it was left out.`, {
      id: 'editor.diag.json-invalid',
    }),
  'item-json-outside': ({ text }) =>
    msg(str`"${text}": "Item JSON" belongs below an exercise heading inside a section.`, {
      id: 'editor.diag.item-json-outside',
    }),
  'list-item-outside': ({ text }) =>
    msg(
      str`"${text}": this list item is not under an exercise heading ("### Name") or a label such as "Caution:", so it was left out.`,
      { id: 'editor.diag.list-item-outside' },
    ),
  'text-outside-exercise': ({ text }) =>
    msg(str`"${text}": this line is not under an exercise heading ("### Name"), so it was left out.`, {
      id: 'editor.diag.text-outside-exercise',
    }),
  'label-typo': ({ text, label }) =>
    msg(str`"${text}": did you mean "${label}:"? This line is read as plain text.`, {
      id: 'editor.diag.label-typo',
    }),
  'figure-unread': ({ text, expected }) =>
    msg(
      str`"${text}": this part of the figure could not be read, so it was left out. Write one of: ${expected}.`,
      {
        id: 'editor.diag.figure-unread',
      },
    ),
  'html-unreadable': () =>
    msg('This could not be read as HTML here, so it was read as plain text.', {
      id: 'editor.diag.html-unreadable',
    }),
  'article-unreadable': () =>
    msg('This article could not be read.', { id: 'editor.diag.article-unreadable' }),
  'article-no-title': ({ title = editorTitles().importedRoutine }) =>
    msg(str`No title was found, so the routine is called "${title}". Give it a name.`, {
      id: 'editor.diag.article-no-title',
    }),
  'article-title': ({ text }) =>
    msg(str`"${text}" was taken as the routine's title.`, { id: 'editor.diag.article-title' }),
  'article-frequency': ({ text }) =>
    msg(str`How often to do the routine was read from "${text}"; check it.`, {
      id: 'editor.diag.article-frequency',
    }),
  'no-exercises': () =>
    msg(
      'No exercises were found. Give each exercise a heading of its own, or a numbered line such as "1. Glute bridge: Lie on your back…".',
      { id: 'editor.diag.no-exercises' },
    ),
  'too-many-exercises': ({ count, max, kept }) =>
    msg(
      str`The article names ${count} exercises; a routine holds at most ${max}, so the first ${kept} were kept. Split it into more than one routine.`,
      { id: 'editor.diag.too-many-exercises' },
    ),
  unplaced: ({ text }) =>
    msg(str`"${text}": it is not clear which exercise this belongs to, so it was left out.`, {
      id: 'editor.diag.unplaced',
    }),
  'mentioned-exercise': ({ name, text }) =>
    msg(str`"${name}" is named in "${text}" and was taken for an exercise. Check it, and add its steps.`, {
      id: 'editor.diag.mentioned-exercise',
    }),
  'text-cut': ({ name, lines, chars }) =>
    msg(
      str`"${name}": some of its text was longer than an exercise holds (${lines} lines of ${chars} characters each), so it was cut. Check the end of each list.`,
      { id: 'editor.diag.text-cut' },
    ),
  'dosage-read': ({ name, text }, dosage) =>
    msg(str`"${name}": read as ${dosage}, from "${text}".`, { id: 'editor.diag.dosage-read' }),
  'dosage-read-with-every': ({ name, text, every }, dosage) =>
    msg(
      str`"${name}": read as ${dosage}, from "${text}" and "${every}", which the article says for every exercise.`,
      { id: 'editor.diag.dosage-read-with-every' },
    ),
  'dosage-from-every': ({ name, every }) =>
    msg(
      str`"${name}": the article gives no amount for it alone, so "${every}" was used, which it says for every exercise.`,
      { id: 'editor.diag.dosage-from-every' },
    ),
  'dosage-as-written': ({ name, text }) =>
    msg(str`"${name}": no amount could be read from "${text}"; readers will see it as written.`, {
      id: 'editor.diag.dosage-as-written',
    }),
  'no-dosage': ({ name }) =>
    msg(
      str`"${name}": the article gives no amount (reps, sets or hold) for this exercise; set one if you know it.`,
      {
        id: 'editor.diag.no-dosage',
      },
    ),
  'no-steps': ({ name }) =>
    msg(str`"${name}": no steps were found for this exercise.`, { id: 'editor.diag.no-steps' }),
};

/** The params as text: numbers in the locale's digits and grouping, the dosage read in its words. */
function wordsFor(
  params: DiagnosticParams,
  locale: string,
): { text: Record<string, string>; dosage: string } {
  const text: Record<string, string> = {};
  let dosage = '';
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') text[key] = numberFormat(locale).format(value);
    else if (typeof value === 'string') text[key] = value;
    else if (typeof value === 'object' && value !== null) dosage = formatDosage(value as Dosage, locale);
  }
  return { text, dosage };
}

/** A diagnostic in the author's language; its English message when the code is not one we know. */
export function diagnosticMessage(diagnostic: Diagnostic, locale: string): string {
  const words = Object.hasOwn(SENTENCES, diagnostic.code) ? SENTENCES[diagnostic.code] : undefined;
  if (!words) return diagnostic.message;
  const { text, dosage } = wordsFor(diagnostic.params ?? {}, locale);
  return words(text, dosage);
}

/** "Line 7", with the number in the locale's digits. */
export function lineLabel(line: number, locale: string): string {
  const n = numberFormat(locale).format(line);
  return msg(str`Line ${n}`, { id: 'editor.line-x' });
}
