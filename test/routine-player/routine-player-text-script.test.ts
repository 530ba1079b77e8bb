import { expect, waitUntil } from '@open-wc/testing';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import '../../src/routine-player/routine-player.js';
import { settle, setPageLang } from '../i18n/helpers.js';

/** A routine in the authoring text format, `&` and `<` written as the WordPress plugin writes them. */
const TEXT = `# Hips &amp; knees &lt;3 a week

## Warm-up

### Heel slides
10 reps
1. Slide one heel towards you.
Caution: stop if your knee swells.
`;

const readerLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('routine-text-script'));

function player(children: Node[]): RoutinePlayer {
  const el = document.createElement('routine-player');
  el.append(...children);
  document.body.append(el);
  return el;
}

function script(type: string, text: string): HTMLScriptElement {
  const node = document.createElement('script');
  node.type = type;
  node.textContent = text;
  return node;
}

const title = (el: RoutinePlayer) =>
  el.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? null;

describe('<routine-player> with a routine in the text format', () => {
  afterEach(() => document.querySelectorAll('routine-player').forEach((el) => el.remove()));

  // First in this file: a page whose routines are JSON must not download the text reader.
  it('does not download the text reader for a routine written as JSON', async () => {
    const el = player([
      script(
        'application/json',
        JSON.stringify({
          id: 'r',
          title: 'JSON routine',
          sections: [
            {
              title: 'Main',
              kind: 'main',
              items: [{ exercise: { id: 'a', name: 'Bridge', dosage: '10 reps' } }],
            },
          ],
        }),
      ),
    ]);
    await waitUntil(() => title(el) !== null, 'the JSON routine renders');
    expect(title(el)).to.equal('JSON routine');
    expect(readerLoaded()).to.equal(false);
  });

  it('reads a child text/x-exercise-routine script, with &amp; and &lt; read back', async () => {
    const el = player([script('text/x-exercise-routine', TEXT)]);
    await waitUntil(() => title(el) !== null, 'the routine renders', { timeout: 5000 });
    expect(title(el)).to.equal('Hips & knees <3 a week');
    expect(el.shadowRoot!.textContent).to.include('Heel slides');
    expect(readerLoaded()).to.equal(true);
  });

  it('tells the author, by line, what it could not read in the text (ex-warning and the console)', async () => {
    const warnings: { path: string; message: string }[] = [];
    const seen = (event: Event) => warnings.push(...(event as CustomEvent).detail.warnings);
    document.addEventListener('ex-warning', seen);
    const logged: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const el = player([script('text/x-exercise-routine', `${TEXT}Equipmnt: mat\n`)]);
      await waitUntil(() => title(el) !== null, 'the routine renders', { timeout: 5000 });
      await waitUntil(() => warnings.length > 0, 'the reader’s remark arrives');
    } finally {
      console.warn = warn;
      document.removeEventListener('ex-warning', seen);
    }
    const remark = warnings.find((w) => w.message.includes("did you mean 'Equipment:'"));
    expect(remark?.path).to.equal('line 9');
    expect(logged.join('\n')).to.include("line 9: 'Equipmnt: mat'");
  });

  it('lets a src attribute win over the text script', async () => {
    const el = player([script('text/x-exercise-routine', TEXT)]);
    el.setAttribute('src', '/examples/hip-routine-radiating-pain.json');
    await waitUntil(() => title(el) !== null && el.status === 'ready', 'the src routine renders', {
      timeout: 5000,
    });
    expect(title(el)).to.not.include('Hips & knees');
  });

  it('names what the author left unnamed in the page’s language', async () => {
    const restore = setPageLang('es');
    try {
      const el = player([
        script('text/x-exercise-routine', '### Puente\n10 reps\n1. Túmbate boca arriba.\n'),
      ]);
      await settle('es', el);
      await waitUntil(() => title(el) !== null, 'the routine renders', { timeout: 5000 });
      expect(title(el)).to.equal('Rutina sin título');
      const overview = el.shadowRoot!.querySelector('[part="overview"]')!.textContent!;
      expect(overview).to.include('Ejercicios');
      expect(overview).to.not.include('Exercises');
    } finally {
      restore();
    }
  });
});
