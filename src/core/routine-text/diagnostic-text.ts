/**
 * The English sentence of each diagnostic, built from its code and params: what core users and
 * scripts read. The editor words the same code and params in the author's language instead
 * (src/routine-editor/diagnostic-messages.ts).
 */
import type { Dosage } from '../dosage-types.js';
import { formatDosage } from '../format-dosage.js';
import type { DiagnosticCode, DiagnosticParams } from './diagnostics.js';

type English = (p: Readonly<Record<string, string>>, dosage: string) => string;

/** Words for a field named in a validation problem ("the title"), else the field's own name. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  title: 'the title',
  name: 'the name',
  id: 'the id',
  dosage: 'the dosage',
  sets: 'the sets',
  reps: 'the reps',
  holdSeconds: 'the hold',
  durationSeconds: 'the duration',
  restSeconds: 'the rest',
  frequency: 'the frequency',
  items: 'this section',
  sections: 'the routine',
  src: 'the address',
  alt: 'the description',
  url: 'the link',
};

const word = (key: string | undefined, empty = 'the routine') =>
  !key ? empty : Object.hasOwn(FIELD_WORDS, key) ? FIELD_WORDS[key]! : `'${key}'`;
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
const VALUE_HINTS: Readonly<Record<string, string>> = {
  side: "'each' (all on one side, then the other) or 'alternating'",
  count: "a number or a range, such as '10' or '10–15'",
  time: "a time, such as '5 s', '3–5 s' or '1 min'",
};

const ENGLISH: Readonly<Record<DiagnosticCode, English>> = {
  'no-title': () =>
    "I found no title line. Start the text with '# ' and the routine's name, such as '# Morning stretches'.",
  'id-taken': (p) =>
    `'${p.text}': the id '${p.id}' is already used by another exercise, so I called this one '${p.newId}'.`,
  'name-id-taken': (p) =>
    `'${p.text}': another exercise already has the id '${p.id}', so this one is '${p.newId}'. To use the same exercise again, repeat only its heading.`,
  'missing-field': (p) => sentence(`${word(p.key)} needs ${word(p.field)}`),
  'invalid-value': (p) => sentence(`${word(p.key)} ${p.detail}`),
  'unreadable-text': () => 'I could not read this text.',
  'dosage-typo': (p, dosage) => `'${p.text}': I read ${dosage}; did you mean '${p.typo}'?`,
  'dosage-typo-no-amount': (p) => `'${p.text}': I could not read an amount; did you mean '${p.typo}'?`,
  'dosage-no-amount': (p) =>
    `'${p.text}': I could not read an amount here, so it will be shown as you wrote it. Write it like '10 reps', '3 sets of 8–10 reps' or 'hold 5 s'.`,
  'frequency-unread': (p) =>
    `'${p.text}': I kept your words, but could not read how often; write it like 'Frequency: 3 times a week'.`,
  'dosage-twice': (p) => `'${p.text}': this exercise already has a dosage; I kept the first one.`,
  'image-syntax': (p) =>
    `'${p.text}': write an image as '![what the picture shows](picture.jpg)', so readers who can't see it get its description.`,
  'section-safety': (p) =>
    `'${p.text}': sections have no cautions of their own, so I added this to the routine's.`,
  'outside-exercise': (p) =>
    `'${p.text}': this describes an exercise, but it isn't under one. Put it below an exercise heading ('### Name').`,
  'value-unread': (p) =>
    `'${p.text}': I could not read this; write ${VALUE_HINTS[p.expects ?? 'time'] ?? VALUE_HINTS.time}, or 'none'.`,
  'difficulty-unknown': (p) =>
    `'${p.text}': difficulty must be 'beginner', 'intermediate' or 'advanced'; I left it out.`,
  'video-syntax': (p) =>
    `'${p.text}': write a video as its address, such as 'Video: https://youtu.be/VIDEO_ID'.`,
  'time-unread': (p) => `'${p.text}': I could not read a time; write it like '3 min' or '30 s'.`,
  'second-title': (p) =>
    `'${p.text}': the routine already has a title, so I read this as a section. Use '## ' for a section.`,
  'before-section': (p) =>
    `'${p.text}' comes before any section ('## '), so I put it in a section called '${p.section}'.`,
  'no-exercise-headings': (p) =>
    `This text has no '###' headings, so I read each '##' heading as an exercise, in one section called '${p.section}'.`,
  'heading-level': (p) =>
    `'${p.text}': I only know '#' (title), '##' (section) and '###' (exercise) headings, so I skipped this line.`,
  'image-outside-exercise': (p) =>
    `'${p.text}': images belong to an exercise; put this line below an exercise heading ('### Name').`,
  'json-invalid': (p) =>
    `'${p.text}': the value after '${p.key}:' is not valid JSON (${p.error}); I left it out.`,
  'item-json-outside': (p) =>
    `'${p.text}': 'Item JSON' sets a field of an exercise's place in a section; put it below an exercise heading in a section.`,
  'list-item-outside': (p) =>
    `'${p.text}': this list item isn't under an exercise heading ('### Name') or a label such as 'Caution:', so I left it out.`,
  'text-outside-exercise': (p) =>
    `'${p.text}': this line isn't under an exercise heading ('### Name'), so I left it out.`,
  'label-typo': (p) => `'${p.text}': did you mean '${p.label}:'? I read this line as plain text.`,
  'figure-unread': (p) =>
    `'${p.text}': I could not read this part of the figure, so I left it out. Write one of: ${p.expected}.`,
  'html-unreadable': () =>
    'I could not read this as HTML (no HTML parser is available here), so I read it as plain text.',
  'article-unreadable': () => 'I could not read this article.',
  'article-no-title': (p) => `I found no title, so I called the routine '${p.title}'. Give it a name.`,
  'article-title': (p) => `I took '${p.text}' as the routine's title.`,
  'article-frequency': (p) => `I read how often to do the routine from '${p.text}'; check it.`,
  'no-exercises': () =>
    "I found no exercises. Give each exercise a heading of its own, or a numbered line such as '1. Glute bridge: Lie on your back…'.",
  'too-many-exercises': (p) =>
    `The article names ${p.count} exercises; a routine holds at most ${p.max}, so I kept the first ${p.kept}. Split it into more than one routine.`,
  unplaced: (p) => `'${p.text}': I could not tell which exercise this belongs to, so I left it out.`,
  'mentioned-exercise': (p) =>
    `'${p.name}' is named in '${p.text}'; I took it for an exercise. Check it, and add its steps.`,
  'text-cut': (p) =>
    `'${p.name}': some of its text was longer than an exercise holds (${p.lines} lines of ${p.chars} characters each), so I cut it. Check the end of each list.`,
  'dosage-read': (p, dosage) => `'${p.name}': I read ${dosage} from '${p.text}'.`,
  'dosage-read-with-every': (p, dosage) =>
    `'${p.name}': I read ${dosage} from '${p.text}' and '${p.every}', which the article says for every exercise.`,
  'dosage-from-every': (p) =>
    `'${p.name}': the article gives no amount for it alone, so I used '${p.every}', which it says for every exercise.`,
  'dosage-as-written': (p) =>
    `'${p.name}': I could not read an amount from '${p.text}'; it will be shown as written.`,
  'no-dosage': (p) =>
    `'${p.name}': the article gives no amount (reps, sets or hold) for this exercise; set one if you know it.`,
  'no-steps': (p) => `'${p.name}': I found no steps for this exercise.`,
};

/** The English sentence for a code and its params. */
export function englishDiagnostic(code: DiagnosticCode, params: DiagnosticParams): string {
  const text: Record<string, string> = {};
  let dosage = '';
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'object') dosage = formatDosage(value as Dosage, 'en');
    else text[key] = String(value);
  }
  return (ENGLISH[code] ?? (() => code))(text, dosage);
}
