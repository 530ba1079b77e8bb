import { expect } from '@open-wc/testing';
import { importArticle } from '../../src/core/article-import/import-article.js';
import { englishDiagnostic } from '../../src/core/routine-text/diagnostic-text.js';
import {
  DIAGNOSTIC_CODES,
  type Diagnostic,
  type DiagnosticCode,
} from '../../src/core/routine-text/diagnostics.js';
import { parseRoutineText } from '../../src/core/routine-text/parse-routine-text.js';

const EX = '# R\n## Main\n### Bridge\n1. Lie down.\n';
const MANY = Array.from(
  { length: 105 },
  (_, n) => `${n + 1}. Move ${n + 1}: Lie on your back and lift.`,
).join('\n');

/** A text (or an article, for `import`) that makes each diagnostic, with a param it must carry. */
const TABLE: [DiagnosticCode, 'text' | 'import', string, Record<string, unknown>][] = [
  ['no-title', 'text', '## Main\n### Bridge\n1. Lie down.', {}],
  ['id-taken', 'text', '# R\n## Main\n### A {#x}\n1. Go.\n### B {#x}\n1. Go.', { id: 'x', newId: 'x-2' }],
  [
    'name-id-taken',
    'text',
    '# R\n## Main\n### Bridge {#bridge-2}\n1. Go.\n### Bridge\n1. Go.\n### Bridge!\n1. Stop.',
    { id: 'bridge' },
  ],
  ['missing-field', 'text', '# R\nJSON sections: [{"title": "x"}]', { key: 'sections', field: 'kind' }],
  ['invalid-value', 'text', `${EX}JSON category: 5`, { key: 'category', detail: 'must be text' }],
  ['dosage-typo', 'text', `${EX}10 reps per sde`, { typo: 'per side', text: '10 reps per sde' }],
  ['dosage-typo-no-amount', 'text', `${EX}Dosage: a few repz`, { typo: 'rep' }],
  ['dosage-no-amount', 'text', `${EX}Dosage: as many as you like`, { text: 'as many as you like' }],
  ['frequency-unread', 'text', `# R\nFrequency: whenever\n## Main\n### Bridge\n1. Go.`, {}],
  ['dosage-twice', 'text', `${EX}Dosage: 10 reps\nDosage: 12 reps`, { text: 'Dosage: 12 reps' }],
  ['image-syntax', 'text', `${EX}Image: nothing here`, {}],
  ['section-safety', 'text', '# R\n## Main\nCaution: stop if it hurts\n### Bridge\n1. Go.', {}],
  ['outside-exercise', 'text', '# R\nSteps: one\n## Main\n### Bridge\n1. Go.', {}],
  ['value-unread', 'text', `${EX}Sets: many`, { expects: 'count' }],
  ['difficulty-unknown', 'text', `${EX}Level: heroic`, {}],
  ['video-syntax', 'text', `${EX}Video: not an address`, {}],
  ['time-unread', 'text', '# R\nRest between exercises: soon\n## Main\n### Bridge\n1. Go.', {}],
  ['second-title', 'text', `${EX}# Another title\n### Squat\n1. Sit.`, { text: '# Another title' }],
  ['before-section', 'text', '# R\n### Bridge\n1. Go.\n## Main\n### Squat\n1. Sit.', {}],
  ['no-exercise-headings', 'text', '# R\n## Bridge\n1. Go.', {}],
  ['heading-level', 'text', `${EX}#### Deep`, { text: '#### Deep' }],
  ['image-outside-exercise', 'text', '# R\n![a mat](mat.jpg)\n## Main\n### Bridge\n1. Go.', {}],
  ['json-invalid', 'text', `${EX}JSON x: {nope`, { key: 'x' }],
  ['item-json-outside', 'text', '# R\nItem JSON notes: "x"\n## Main\n### Bridge\n1. Go.', {}],
  ['list-item-outside', 'text', '# R\n## Main\n- stray\n### Bridge\n1. Go.', {}],
  [
    'text-outside-exercise',
    'text',
    '# R\n## Exercises {.exercises}\nStray words here.\n### Bridge\n1. Go.',
    {},
  ],
  ['label-typo', 'text', `${EX}Equipmnt: mat`, { label: 'Equipment' }],
  ['figure-unread', 'text', `${EX}Figure view: upside down`, { expected: 'side, front, above' }],
  ['article-no-title', 'import', '1. Glute bridge: Lie on your back and lift your hips.', {}],
  ['article-title', 'import', 'Hip routine\n\n1. Glute bridge: Lie on your back and lift your hips.', {}],
  ['no-exercises', 'import', 'Just some words about the weather.', {}],
  ['too-many-exercises', 'import', `Many moves\n\n${MANY}`, { count: 105, max: 100, kept: 100 }],
  ['no-dosage', 'import', 'Hip routine\n\n1. Glute bridge: Lie on your back and lift your hips.', {}],
  ['dosage-read', 'import', 'Hip routine\n\n1. Glute bridge: Lie on your back. Do 10 reps.', {}],
  ['html-unreadable', 'import', '<p>x</p>', {}],
  [
    'article-frequency',
    'import',
    'Hips\n\nDo this routine 3 times a week.\n\n1. Bridge: Lie down. Do 10 reps.',
    {},
  ],
  [
    'dosage-from-every',
    'import',
    'Hips\n\nDo 2 sets of each exercise.\n\n1. Bridge: Lie down. Do 10 reps.\n2. Clamshell: Lie on your side.',
    { name: 'Clamshell' },
  ],
  ['dosage-as-written', 'import', 'Hips\n\n## Glute bridge\n\nDosage: as you like\n\n1. Lie down.', {}],
  ['no-steps', 'import', 'Hips\n\n## Glute bridge\n\n10 reps', { name: 'Glute bridge' }],
];

/** Remarks the table does not make: the readers' last resort when something inside them throws. */
const LAST_RESORT: DiagnosticCode[] = ['unreadable-text', 'article-unreadable'];
/** Made by the article tests in routine-text.test.ts (long articles, mentions, stray paragraphs). */
const ELSEWHERE: DiagnosticCode[] = ['unplaced', 'mentioned-exercise', 'text-cut', 'dosage-read-with-every'];

async function diagnosticsOf(kind: 'text' | 'import', input: string): Promise<Diagnostic[]> {
  if (kind === 'text') return parseRoutineText(input).diagnostics;
  const parseHtml = () => Promise.reject(new Error('no parser'));
  return (await importArticle(input, { parseHtml })).diagnostics;
}

describe('every diagnostic of the text reader and the article importer has a code and params', () => {
  for (const [code, kind, input, params] of TABLE) {
    it(`${kind}: ${code}`, async () => {
      const all = await diagnosticsOf(kind, input);
      for (const d of all) {
        expect(DIAGNOSTIC_CODES, d.message).to.include(d.code);
        expect(d.params, d.message).to.be.an('object');
        expect(d.message).to.equal(englishDiagnostic(d.code, d.params));
      }
      const hit = all.find((d) => d.code === code);
      expect(hit, JSON.stringify(all.map((d) => d.code))).to.not.equal(undefined);
      for (const [key, value] of Object.entries(params)) expect(hit!.params[key]).to.equal(value);
    });
  }
});

describe('the diagnostic codes', () => {
  it('are each made by a line of the table, or listed as made elsewhere', () => {
    const made = new Set([...TABLE.map(([code]) => code), ...LAST_RESORT, ...ELSEWHERE]);
    expect(DIAGNOSTIC_CODES.filter((code) => !made.has(code))).to.deep.equal([]);
  });
});
