import { expect } from '@open-wc/testing';
import {
  buildEmbedCode,
  escapeHtml,
  jsonForScript,
  type EmbedElement,
} from '../../src/core/embed-code/index.js';
import { validateRoutine } from '../../src/data/validate.js';
import type { Routine, RoutineInput } from '../../src/data/routine-schema.js';

function routineWith(text: string): Routine {
  const input: RoutineInput = {
    id: 'hostile',
    title: `Routine ${text}`,
    summary: `Summary ${text}`,
    safety: [`Careful ${text}`],
    sections: [
      {
        title: 'Main',
        kind: 'main',
        items: [
          {
            exercise: {
              id: 'bridge',
              name: `Bridge ${text}`,
              steps: [`Lie down ${text}`, 'Lift your hips.'],
              safety: [`Stop ${text}`],
              dosage: '2 sets of 10 reps',
            },
          },
        ],
      },
    ],
  };
  const result = validateRoutine(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const HOSTILE = [
  ['a closing script tag', '</script><script>window.__pwned = 1</script>'],
  ['a closing script tag in capitals', '</SCRIPT ><img src=x>'],
  ['a comment opener', '<!-- <script>'],
  ['markup with a handler', '<img src=x onerror="window.__pwned = 1">'],
  ['quotes that end an attribute', '" onmouseover="window.__pwned = 1'],
  ['an entity', '&lt;b&gt; &amp;'],
  ['line and paragraph separators', 'one\u2028two\u2029three'],
] as const;

const parse = (snippet: string) => new DOMParser().parseFromString(snippet, 'text/html');

describe('embed code with hostile author text', () => {
  for (const [what, text] of HOSTILE) {
    for (const element of ['player', 'card', 'counter'] as EmbedElement[]) {
      it(`keeps ${what} as text in the ${element} snippet`, () => {
        const routine = routineWith(text);
        const doc = parse(buildEmbedCode(routine, { element, scriptSrc: '/x.js' }));
        // Only the scripts we wrote: the module and (not for the counter) one data script per element.
        const scripts = [...doc.querySelectorAll('script')];
        expect(scripts.filter((s) => s.type === 'module').map((s) => s.getAttribute('src'))).to.deep.equal([
          '/x.js',
        ]);
        expect(scripts.filter((s) => s.type !== 'module' && s.type !== 'application/json')).to.have.length(0);
        expect(doc.querySelectorAll('img, [onerror], [onmouseover]')).to.have.length(0);
        const host = doc.querySelector('routine-player, exercise-card, rep-counter')!;
        expect(host.localName).to.equal(
          { player: 'routine-player', card: 'exercise-card', counter: 'rep-counter' }[element],
        );
        // The fallback reads back the author's words exactly.
        const fallback = [...host.children].filter((c) => c.localName !== 'script');
        const words = fallback.map((c) => c.textContent).join(' ');
        expect(words).to.contain(`Lie down ${text}`);
        expect(words).to.contain(`Stop ${text}`);
        const data = host.querySelector('script[type="application/json"]');
        if (element === 'counter') expect(data).to.equal(null);
        else {
          const json = JSON.parse(data!.textContent!);
          const name = element === 'player' ? json.sections[0].items[0].exercise.name : json.name;
          expect(name).to.equal(`Bridge ${text}`);
        }
      });
    }
  }
});

describe('embed code', () => {
  it('writes one card per exercise, each with its routine dosage', () => {
    const result = validateRoutine({
      id: 'two',
      title: 'Two',
      sections: [
        {
          title: 'Main',
          kind: 'main',
          items: [{ ref: 'a', dosage: '3 sets of 5 reps' }, { ref: 'b' }],
        },
      ],
      exercises: { a: { id: 'a', name: 'Alpha', dosage: '10 reps' }, b: { id: 'b', name: 'Beta' } },
    });
    if (!result.ok) throw new Error('invalid');
    const doc = parse(buildEmbedCode(result.value, { element: 'card' }));
    const cards = [...doc.querySelectorAll('exercise-card')];
    expect(cards.map((c) => c.querySelector('h3')!.textContent)).to.deep.equal(['Alpha', 'Beta']);
    const first = JSON.parse(cards[0]!.querySelector('script')!.textContent!);
    expect(first.dosage.sets).to.equal(3);
    expect(cards[0]!.querySelector('strong')!.textContent).to.equal('3 sets of 5 reps');
  });

  it('gives the counter a dosage line it can read', () => {
    const routine = routineWith('x');
    const doc = parse(buildEmbedCode(routine, { element: 'counter' }));
    const dosage = doc.querySelector('rep-counter')!.getAttribute('dosage')!;
    expect(dosage).to.match(/2 sets/);
    expect(dosage).to.match(/10 reps/);
    expect(doc.querySelector('h3')!.textContent).to.equal('Bridge x');
  });

  it('puts the fallback headings in the labels it is given', () => {
    const doc = parse(buildEmbedCode(routineWith('x'), { labels: { steps: 'Pasos', safety: 'Seguridad' } }));
    const paragraphs = [...doc.querySelectorAll('routine-player > p')].map((p) => p.textContent);
    expect(paragraphs).to.include('Pasos');
    expect(paragraphs).to.include('Seguridad');
  });

  const escapes: [string, string, string][] = [
    ['<', '&lt;', '\\u003c'],
    ['>', '&gt;', '\\u003e'],
    ['&', '&amp;', '\\u0026'],
    ['"', '&quot;', '\\"'],
    ["'", '&#39;', "'"],
  ];
  for (const [raw, html, json] of escapes) {
    it(`escapes ${raw} for HTML as ${html} and for the data script as ${json}`, () => {
      expect(escapeHtml(`a${raw}b`)).to.equal(`a${html}b`);
      expect(jsonForScript(`a${raw}b`)).to.equal(`"a${json}b"`);
      expect(JSON.parse(jsonForScript(`a${raw}b`))).to.equal(`a${raw}b`);
    });
  }
});
