import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExErrorDetail } from '../../src/internal/events.js';

const FIXTURES = '/test/fixtures/exercise-card';

const settled = (el: ExerciseCard) =>
  waitUntil(() => el.status === 'ready' || el.status === 'error', 'card did not settle', { timeout: 5000 });

function alertText(el: ExerciseCard): string {
  return el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function title(el: ExerciseCard): string {
  return el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
}

describe('<exercise-card> data', () => {
  afterEach(() => sinon.restore());

  describe('three ways in', () => {
    it('renders an exercise set on the `exercise` property and fires ex-load with its id', async () => {
      const el = document.createElement('exercise-card');
      el.exercise = { id: 'plank', name: 'Plank', dosage: '3 x 30 seconds' };
      const loaded = oneEvent(el, 'ex-load');
      document.body.append(el);
      const event = await loaded;
      expect(event.detail).to.deep.equal({ id: 'plank' });
      expect(title(el)).to.equal('Plank');
      el.remove();
    });

    it('loads the exercise from a `src` URL', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card src="${FIXTURES}/glute-bridge.json"></exercise-card>`,
      );
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(title(el)).to.equal('Glute bridge');
    });

    it('picks one exercise out of a routine file with `src#fragment`', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card src="${FIXTURES}/library.json#dead-bug"></exercise-card>`,
      );
      await settled(el);
      expect(title(el)).to.equal('Dead bug');
      expect(el.data?.dosage).to.deep.equal({ sets: 3, durationSeconds: 30 });
    });

    it('picks an exercise out of a seed routine: /examples/hip-routine-radiating-pain.json#knee-wags', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card src="/examples/hip-routine-radiating-pain.json#knee-wags"></exercise-card>`,
      );
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(title(el)).to.equal('Knee wags');
      // The seed's dosage is a line of text: it reaches the card parsed.
      expect(el.data?.dosage?.reps).to.deep.equal({ min: 10, max: 15 });
    });

    it('reads an inline <script type="application/json"> child', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card>
          <script type="application/json">
            { "id": "bird-dog", "name": "Bird dog", "dosage": "2 sets of 8 reps per side" }
          </script>
        </exercise-card>`,
      );
      await settled(el);
      expect(title(el)).to.equal('Bird dog');
      // The author's words say it all: shown once, as written.
      expect(el.shadowRoot!.querySelector('[part~="dosage"]')?.textContent).to.contain(
        '2 sets of 8 reps per side',
      );
    });

    it('shows hand-written JSON without an id, naming it from the exercise', async () => {
      const loads: string[] = [];
      const el = await fixture<ExerciseCard>(
        html`<exercise-card @ex-load=${(e: CustomEvent<{ id: string }>) => loads.push(e.detail.id)}>
          <script type="application/json">
            { "name": "Glute bridge", "dosage": "10 reps" }
          </script>
        </exercise-card>`,
      );
      await settled(el);
      expect(el.status).to.equal('ready');
      expect(title(el)).to.equal('Glute bridge');
      expect(loads).to.deep.equal(['glute-bridge']);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('prefers the property over src, and src over inline JSON', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const el = await fixture<ExerciseCard>(
        html`<exercise-card
          src="${FIXTURES}/glute-bridge.json"
          .exercise=${{ id: 'from-code', name: 'From code' }}
          ><script type="application/json">
            { "id": "inline", "name": "Inline" }
          </script></exercise-card
        >`,
      );
      expect(title(el)).to.equal('From code');
      expect(fetchSpy.called).to.equal(false);
      el.exercise = undefined;
      await settled(el);
      await waitUntil(() => title(el) === 'Glute bridge');
      el.src = undefined;
      await waitUntil(() => title(el) === 'Inline');
    });

    it('aborts the previous fetch when src changes, and the last src wins even when the first answers late', async () => {
      const realFetch = window.fetch.bind(window);
      let releaseFirst!: () => void;
      const gate = new Promise<void>((resolve) => (releaseFirst = resolve));
      const stub = sinon.stub(window, 'fetch');
      stub.onFirstCall().callsFake(async () => {
        await gate; // ignores the abort and answers after the second request, the worst case
        return new Response(JSON.stringify({ id: 'stale', name: 'Stale exercise' }));
      });
      stub.onSecondCall().callsFake((input, init) => realFetch(input, init));
      const el = await fixture<ExerciseCard>(html`<exercise-card src="/slow/first.json"></exercise-card>`);
      const loaded = oneEvent(el, 'ex-load');
      el.src = `${FIXTURES}/library.json#clamshell`;
      expect((await loaded).detail.id).to.equal('clamshell');
      releaseFirst();
      await aTimeout(30);
      await el.updateComplete;
      expect(stub.firstCall.args[1]?.signal?.aborted, 'first request aborted').to.equal(true);
      expect(title(el)).to.equal('Clamshell');
      expect(el.data?.id).to.equal('clamshell');
    });
  });

  describe('errors', () => {
    async function failing(src: string): Promise<{ el: ExerciseCard; detail: ExErrorDetail }> {
      const el = document.createElement('exercise-card');
      el.src = src;
      const failed = oneEvent(el, 'ex-error');
      document.body.append(el);
      const { detail } = await failed;
      await el.updateComplete;
      return { el, detail };
    }

    afterEach(() => document.querySelectorAll('body > exercise-card').forEach((el) => el.remove()));

    it('shows a 404 as a readable alert and fires ex-error of kind load', async () => {
      const { el, detail } = await failing(`${FIXTURES}/does-not-exist.json`);
      expect(detail.kind).to.equal('load');
      expect(detail.message).to.equal(
        `Could not load exercise data from ${FIXTURES}/does-not-exist.json: the server answered 404 Not Found.`,
      );
      expect(alertText(el)).to.contain('the server answered 404 Not Found.');
      expect(el.shadowRoot!.querySelector('button')?.textContent?.trim()).to.equal('Try again');
    });

    it('shows malformed JSON as a parse error', async () => {
      const { el, detail } = await failing(`${FIXTURES}/malformed.json`);
      expect(detail).to.deep.equal({
        kind: 'parse',
        message: `The data at ${FIXTURES}/malformed.json is not valid JSON.`,
        errors: [],
      });
      expect(alertText(el)).to.contain('is not valid JSON.');
    });

    it('shows invalid data with the count and the first errors with their paths', async () => {
      const { el, detail } = await failing(`${FIXTURES}/invalid.json`);
      expect(detail.kind).to.equal('invalid');
      expect(detail.errors.length).to.be.greaterThan(2);
      expect(detail.message).to.equal(`This exercise data has ${detail.errors.length} problems:`);
      const paths = detail.errors.map((e) => e.path);
      expect(paths).to.include.members(['id', 'name', 'steps', 'dosage.sets']);
      const text = alertText(el);
      expect(text).to.contain(detail.message);
      const codes = Array.from(el.shadowRoot!.querySelectorAll('[role="alert"] li code')).map(
        (c) => c.textContent,
      );
      expect(codes).to.include.members(['id', 'name']);
    });

    it('shows a fragment that names no exercise as not-found', async () => {
      const { el, detail } = await failing(`${FIXTURES}/library.json#no-such-thing`);
      expect(detail).to.deep.equal({
        kind: 'not-found',
        message: `No exercise with id "no-such-thing" was found in ${FIXTURES}/library.json.`,
        errors: [],
      });
      expect(alertText(el)).to.contain('No exercise with id "no-such-thing" was found');
    });

    it('shows an invalid object set by code and never throws', async () => {
      const el = document.createElement('exercise-card');
      el.exercise = { id: 'x' } as never;
      const failed = oneEvent(el, 'ex-error');
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.message).to.equal('This exercise data has 1 problem:');
      expect(alertText(el)).to.contain('document: needs "name"');
    });

    it('fires ex-error once per failure, not again on re-render', async () => {
      const { el } = await failing(`${FIXTURES}/malformed.json`);
      let count = 0;
      el.addEventListener('ex-error', () => count++);
      el.headingLevel = 2;
      el.layout = 'compact';
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(count).to.equal(0);
    });

    it('recovers from an error when given good data', async () => {
      const { el } = await failing(`${FIXTURES}/malformed.json`);
      el.src = `${FIXTURES}/glute-bridge.json`;
      await oneEvent(el, 'ex-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(title(el)).to.equal('Glute bridge');
    });
  });

  describe('loading', () => {
    it('shows a busy skeleton that reserves space while the fetch is pending', async () => {
      sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>(() => {}));
      const el = await fixture<ExerciseCard>(html`<exercise-card src="/pending.json"></exercise-card>`);
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(el.status).to.equal('loading');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.querySelector('[role="status"]')?.textContent?.trim()).to.equal('Loading exercise…');
      expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
      await expect(el).to.be.accessible();
    });

    it('shows a skeleton, not a blank box, before any data is given', async () => {
      const el = await fixture<ExerciseCard>(html`<exercise-card></exercise-card>`);
      expect(el.status).to.equal('idle');
      expect(el.shadowRoot!.querySelector('.skeleton')).to.not.equal(null);
    });
  });
});
