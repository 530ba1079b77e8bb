import { expect } from '@open-wc/testing';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/core/routine-text/index.js';
import { diagnosticMessage } from '../../src/routine-editor/diagnostic-messages.js';
import { settle, setPageLang } from '../i18n/helpers.js';
import { $, editor, openTab, typeInto } from './helpers.js';

/** Every param any code uses. */
const PARAMS = {
  ...{ text: 'TEXT', name: 'NAME', id: 'ID', newId: 'NEW', field: 'F', path: 'P', key: 'K', detail: 'D' },
  ...{ typo: 'T', label: 'L', every: 'E', error: 'X', expects: 'count', count: 9, max: 5, kept: 5 },
  ...{ lines: 20, chars: 300, dosage: { reps: 10 }, expected: 'side, front, above' },
  ...{ section: 'SECTION', title: 'TITLE' },
};

describe('diagnostic messages', () => {
  it('give every code of the text reader and the importer a sentence of its own', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const d: Diagnostic = {
        line: 1,
        column: 1,
        severity: 'warning',
        code,
        params: PARAMS,
        message: 'FALLBACK',
      };
      const text = diagnosticMessage(d, 'en');
      expect(text, code).to.not.equal('FALLBACK');
      expect(text, code).to.not.match(/undefined|\$\{/);
    }
  });

  it('show a code they do not know by its English message', () => {
    const d = {
      line: 1,
      column: 1,
      severity: 'info',
      code: 'from-the-future',
      params: {},
      message: 'As is.',
    };
    expect(diagnosticMessage(d as unknown as Diagnostic, 'es')).to.equal('As is.');
  });
});

// A line the text reader cannot read, and an article whose import has a warning, in Spanish and Arabic.
const CASES: [string, string, string, string, string][] = [
  [
    'es',
    'Línea',
    '«Level: heroic»: el nivel debe ser',
    'no se encontraron pasos',
    'el artículo no da ninguna cantidad',
  ],
  ['ar', 'السطر', '«Level: heroic»: يجب أن يكون المستوى', 'لم يُعثر على خطوات', 'لا تذكر المقالة كمية'],
];

describe('<routine-editor> shows diagnostics in the author’s language', () => {
  let restore = () => {};
  afterEach(() => restore());

  for (const [lang, line, bad, noSteps, noDosage] of CASES) {
    it(`words a bad text line in ${lang}, with the line number in its digits`, async () => {
      restore = setPageLang(lang);
      const el = await editor();
      await settle(lang, el);
      await openTab(el, 'text');
      typeInto($<HTMLTextAreaElement>(el, '#text'), '# R\n## Main\n### Bridge\nLevel: heroic\n1. Lie down.');
      el.text = $<HTMLTextAreaElement>(el, '#text').value;
      await el.updateComplete;
      const item = $(el, '#text-problems li');
      const expected = new Intl.NumberFormat(lang).format(4);
      expect(line.endsWith(expected) || item.textContent!.includes(expected)).to.equal(true);
      expect(item.querySelector('button')!.textContent!.trim()).to.equal(`${line.split(' ')[0]} ${expected}`);
      expect(item.textContent).to.contain(bad);
      expect(item.textContent).to.not.contain('difficulty must be');
    });

    it(`words an import warning in ${lang}`, async () => {
      restore = setPageLang(lang);
      const el = await editor();
      await settle(lang, el);
      // A paragraph that neither instructs nor gives an amount: no steps, no dosage.
      await el.importArticle('Hip routine\n\n## Glute bridge\n\nA favourite of mine.');
      await el.updateComplete;
      const list = $(el, '#import-problems').textContent!;
      expect(list).to.contain(noSteps);
      expect(list).to.contain(noDosage);
      expect(list).to.not.contain('I found no steps');
    });
  }
});

describe('<routine-editor> names what the author left unnamed in the author’s language', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('an exercise before any section goes into a section called "Ejercicios", and the remark says so', async () => {
    restore = setPageLang('es');
    const el = await editor();
    await settle('es', el);
    await openTab(el, 'text');
    typeInto($<HTMLTextAreaElement>(el, '#text'), '### Puente\n10 repeticiones\n1. Túmbate boca arriba.');
    el.text = $<HTMLTextAreaElement>(el, '#text').value;
    await el.updateComplete;
    expect(el.routine.title).to.equal('Rutina sin título');
    expect(el.routine.sections.map((s) => s.title)).to.deep.equal(['Ejercicios']);
    const remarks = $(el, '#text-problems').textContent!;
    expect(remarks).to.contain('una sección llamada «Ejercicios»');
    expect(remarks).to.not.contain('Exercises');
  });

  it('an article without a title is called "Rutina importada", and the remark says so', async () => {
    restore = setPageLang('es');
    const el = await editor();
    await settle('es', el);
    await el.importArticle(
      [
        'Some gentle moves for a sore back.',
        '1. Puente de glúteos\n10 reps\nLie on your back and lift your hips.',
        '2. Almeja\n10 reps per side\nLie on your side.',
      ].join('\n\n'),
    );
    await el.updateComplete;
    expect(el.routine.title).to.equal('Rutina importada');
    expect(el.routine.sections.map((s) => s.title)).to.deep.equal(['Ejercicios']);
    expect($(el, '#import-problems').textContent).to.contain('la rutina se llama «Rutina importada»');
  });
});
