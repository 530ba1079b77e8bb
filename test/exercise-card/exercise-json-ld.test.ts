import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  estimateDosageSeconds,
  exerciseHowTo,
  isoDuration,
  serializeJsonLd,
} from '../../src/core/exercise-json-ld.js';
import { validateExercise } from '../../src/data/validate.js';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';

const FIXTURES = '/test/fixtures/exercise-card';

const ldScripts = (el: Element) =>
  Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));

const readLd = (el: Element) => JSON.parse(ldScripts(el)[0]!.textContent!) as Record<string, unknown>;

describe('exercise JSON-LD', () => {
  describe('exerciseHowTo (pure)', () => {
    it('describes an exercise as a HowTo with steps, tools, time and the dosage', () => {
      const result = validateExercise({
        id: 'plank',
        name: 'Plank',
        summary: 'Hold a straight line',
        steps: ['Get on your forearms.', 'Hold.'],
        equipment: ['mat'],
        muscles: ['core'],
        category: 'strength',
        media: { images: [{ src: 'plank.jpg', alt: 'A plank' }] },
        dosage: { sets: 3, durationSeconds: 30, restSeconds: 30 },
        source: { title: 'A book', author: 'Someone', url: 'https://example.com/book' },
      });
      if (!result.ok) throw new Error('fixture must be valid');
      const howTo = exerciseHowTo(result.value, {
        text: (t) => (typeof t === 'string' ? t : (t?.en ?? '')),
        dosage: '3 sets × 30 sec',
        inLanguage: 'en',
        resolveUrl: (url) => new URL(url, 'https://blog.example/post/').href,
      });
      expect(howTo).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'HowTo',
        name: 'Plank',
        description: 'Hold a straight line. 3 sets × 30 sec',
        inLanguage: 'en',
        image: ['https://blog.example/post/plank.jpg'],
        step: [
          { '@type': 'HowToStep', position: 1, text: 'Get on your forearms.' },
          { '@type': 'HowToStep', position: 2, text: 'Hold.' },
        ],
        tool: [{ '@type': 'HowToTool', name: 'mat' }],
        totalTime: 'PT2M30S',
        performTime: 'PT2M30S',
        keywords: 'strength, core',
        isBasedOn: {
          '@type': 'CreativeWork',
          name: 'A book',
          url: 'https://example.com/book',
          author: { '@type': 'Person', name: 'Someone' },
        },
      });
    });

    const timeCases: Array<[string, Parameters<typeof estimateDosageSeconds>[0], number | undefined]> = [
      ['timed sets with rest between them', { sets: 3, durationSeconds: 30, restSeconds: 30 }, 150],
      [
        'reps with a hold, the top of each range',
        { sets: { min: 2, max: 3 }, reps: 10, holdSeconds: { min: 3, max: 5 } },
        150,
      ],
      ['per side doubles the work', { reps: 10, holdSeconds: 2, side: 'each' }, 40],
      ['no time for plain reps: the pace is unknown', { sets: 2, reps: 10 }, undefined],
      ['no time for an empty dosage', {}, undefined],
    ];
    for (const [name, dosage, seconds] of timeCases) {
      it(`estimates time: ${name}`, () => expect(estimateDosageSeconds(dosage)).to.equal(seconds));
    }

    it('writes ISO 8601 durations', () => {
      expect([
        isoDuration(0),
        isoDuration(45),
        isoDuration(95),
        isoDuration(3600),
        isoDuration(3725),
      ]).to.deep.equal(['PT0S', 'PT45S', 'PT1M35S', 'PT1H', 'PT1H2M5S']);
    });

    it('escapes < so "</script>" in data cannot end the script, and still parses back', () => {
      const json = serializeJsonLd({ name: '</script><script>alert(1)</script> & \u2028' });
      expect(json).to.not.contain('<');
      expect(json).to.not.contain('>');
      expect(JSON.parse(json)).to.deep.equal({ name: '</script><script>alert(1)</script> & \u2028' });
    });
  });

  describe('<exercise-card structured-data>', () => {
    it('writes one HowTo script into the light DOM with steps, tools, total time and dosage', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card structured-data src="${FIXTURES}/glute-bridge.json"></exercise-card>`,
      );
      await waitUntil(() => ldScripts(el).length === 1, 'JSON-LD script written');
      const ld = readLd(el);
      expect(ld['@context']).to.equal('https://schema.org');
      expect(ld['@type']).to.equal('HowTo');
      expect(ld.name).to.equal('Glute bridge');
      expect(ld.description).to.contain('2–3 sets × 8–10 reps');
      expect(ld.step).to.have.length(3);
      expect((ld.step as Array<{ position: number; text: string }>)[1]).to.deep.equal({
        '@type': 'HowToStep',
        position: 2,
        text: 'Squeeze your buttocks and lift your hips until your body is in a straight line.',
      });
      expect(ld.tool).to.deep.equal([
        { '@type': 'HowToTool', name: 'mat' },
        { '@type': 'HowToTool', name: 'small cushion' },
      ]);
      expect(ld.totalTime).to.equal('PT1M30S');
      expect((ld.image as string[])[0]).to.equal(new URL(`${FIXTURES}/start.svg`, location.href).href);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
    });

    it('updates the same script when the data changes, without duplicating it', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card structured-data .exercise=${{ id: 'a', name: 'First' }}></exercise-card>`,
      );
      const first = ldScripts(el)[0];
      el.exercise = { id: 'b', name: 'Second', steps: ['Go.'] };
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(ldScripts(el)).to.have.length(1);
      expect(ldScripts(el)[0]).to.equal(first);
      expect(readLd(el).name).to.equal('Second');
    });

    it('removes the script when the attribute goes away, and when the data turns invalid', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card structured-data .exercise=${{ id: 'a', name: 'A' }}></exercise-card>`,
      );
      expect(ldScripts(el)).to.have.length(1);
      el.removeAttribute('structured-data');
      await el.updateComplete;
      expect(ldScripts(el)).to.have.length(0);
      el.structuredData = true;
      await el.updateComplete;
      expect(ldScripts(el)).to.have.length(1);
      el.exercise = { id: 'a' } as ExerciseInput;
      await el.updateComplete;
      expect(ldScripts(el)).to.have.length(0);
    });

    it('writes nothing without the structured-data attribute', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${{ id: 'a', name: 'A' }}></exercise-card>`,
      );
      expect(ldScripts(el)).to.have.length(0);
    });

    it('keeps a "</script>" in the data inside the script, as text', async () => {
      const name = 'Bridge </script><script>window.__ldPwned = 1</script>';
      const el = await fixture<ExerciseCard>(
        html`<exercise-card structured-data .exercise=${{ id: 'a', name }}></exercise-card>`,
      );
      const [script] = ldScripts(el);
      expect(script!.textContent).to.not.contain('</script>');
      expect(readLd(el).name).to.equal(name);
      expect(el.children).to.have.length(1);
      expect((window as unknown as { __ldPwned?: number }).__ldPwned).to.equal(undefined);
    });

    it('leaves an inline JSON source in place next to the JSON-LD it produced', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card structured-data>
          <script type="application/json">
            { "id": "inline", "name": "Inline", "equipment": ["band"] }
          </script>
        </exercise-card>`,
      );
      await waitUntil(() => ldScripts(el).length === 1);
      expect(el.querySelectorAll('script[type="application/json"]')).to.have.length(1);
      expect(readLd(el).tool).to.deep.equal([{ '@type': 'HowToTool', name: 'band' }]);
    });
  });
});
