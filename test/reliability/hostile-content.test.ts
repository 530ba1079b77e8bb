/**
 * Hostile content in every text and URL field of an exercise and a routine: no script runs, markup
 * shows as text, bad URL schemes are refused with a message at their path, very long words wrap and
 * right-to-left text stays readable. (hostile-content-csp.test.ts renders the same under a strict CSP.)
 */
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { validateExercise, validateRoutine } from '../../src/data/validate.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import '../../src/exercise-card/exercise-card.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import '../../src/routine-player/routine-player.js';
import { clearLibraryStorage, fakeClock, press } from '../routine-player/helpers.js';
import {
  exerciseWith,
  INERT_URLS,
  injectedMarkup,
  routineWith,
  XSS_TEXT_PAYLOADS,
  XSS_URL_PAYLOADS,
} from './xss-payloads.js';

declare global {
  interface Window {
    __xss?: (n?: number) => void;
  }
}

/** Lets image errors, focus and toggle events fire, which is when injected handlers would run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/** Whether an ancestor of `el` inside `base` clips its overflow. */
function clippedWithin(el: HTMLElement, base: HTMLElement): boolean {
  for (let node = el.parentElement; node && node !== base; node = node.parentElement) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
  }
  return false;
}

const URL_FIELDS = ['source.url', 'media.images[0].src', 'media.video.src', 'media.video.poster'];

describe('hostile content', () => {
  const ran: unknown[] = [];
  const violations: string[] = [];
  const onViolation = (e: SecurityPolicyViolationEvent) =>
    violations.push(`${e.violatedDirective} ${e.sample}`);

  before(() => {
    window.__xss = (n) => ran.push(n);
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  after(() => {
    delete window.__xss;
    document.removeEventListener('securitypolicyviolation', onViolation);
  });
  beforeEach(() => {
    ran.length = 0;
    violations.length = 0;
    clearLibraryStorage();
  });
  afterEach(() => {
    sinon.restore();
    clearLibraryStorage();
  });

  it('the flag works: a payload placed as markup on purpose does run (control)', async () => {
    const div = document.createElement('div');
    // eslint-disable-next-line no-restricted-syntax -- the control must inject markup on purpose
    div.innerHTML = XSS_TEXT_PAYLOADS[2]!;
    document.body.append(div);
    // The handler runs once the image has failed to load, which takes a server round trip.
    await waitUntil(() => ran.length > 0, 'the control payload never ran', { timeout: 5000 }).catch(() => {});
    div.remove();
    expect(ran).to.deep.equal([3]);
  });

  it(`<exercise-card> shows each of ${XSS_TEXT_PAYLOADS.length} payloads as text in every field, and runs none`, async () => {
    for (const payload of XSS_TEXT_PAYLOADS) {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${exerciseWith(payload)} startable structured-data></exercise-card>`,
      );
      expect(el.status, payload).to.equal('ready');
      const root = el.shadowRoot!;
      // Expand every variation, so markup inside <details> gets its chance too.
      root.querySelectorAll('details').forEach((d) => (d.open = true));
      await settle();
      expect(root.querySelector('[part~="title"]')!.textContent!.trim(), payload).to.equal(payload.trim());
      expect(injectedMarkup(root), payload).to.deep.equal([]);
      const jsonLd = el.querySelector('script[type="application/ld+json"]')!.textContent!;
      expect(jsonLd, 'JSON-LD never contains a raw "<"').to.not.contain('<');
      expect(JSON.parse(jsonLd).name, payload).to.equal(payload.trim());
      el.remove();
    }
    expect(ran).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it(`<routine-player> shows each of ${XSS_TEXT_PAYLOADS.length} payloads as text, from the overview to a running step, and runs none`, async function () {
    this.timeout(60_000);
    for (const payload of XSS_TEXT_PAYLOADS) {
      const el = await fixture<RoutinePlayer>(
        html`<routine-player .routine=${routineWith(payload)} no-persist rep-mode="done"></routine-player>`,
      );
      expect(el.status, payload).to.equal('ready');
      const root = el.shadowRoot!;
      expect(root.textContent, payload).to.contain(payload.trim());
      expect(injectedMarkup(root), payload).to.deep.equal([]);
      const clock = fakeClock();
      try {
        await press(el, 'Start');
        await clock.tickAsync(11_000);
        await el.updateComplete;
      } finally {
        clock.restore();
      }
      root.querySelectorAll('details').forEach((d) => (d.open = true));
      await settle();
      expect(injectedMarkup(root), payload).to.deep.equal([]);
      el.remove();
    }
    expect(ran).to.deep.equal([]);
    expect(violations).to.deep.equal([]);
  });

  it(`refuses ${XSS_URL_PAYLOADS.length} bad URLs in every link and media field, with a message at the field's path`, () => {
    for (const url of XSS_URL_PAYLOADS) {
      const result = validateExercise(exerciseWith('Bridge', url));
      expect(result.ok, url).to.equal(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors.map((e) => e.path).sort(), url).to.deep.equal([...URL_FIELDS].sort());
      for (const error of errors) expect(error.message).to.match(/https:, http: or relative web address/);

      const routine = validateRoutine(routineWith('Bridge', url));
      expect(routine.ok, url).to.equal(false);
      const paths = routine.ok ? [] : routine.errors.map((e) => e.path);
      expect(paths, url).to.include('source.url').and.include('exercises.hostile.source.url');
      expect(paths, url).to.include('sections[0].items[1].exercise.media.images[0].src');
    }
  });

  it('leaves a refused URL out (the rest shows), names the field to the author, and renders no link or media', async () => {
    // Issue 17: an invalid optional field is left out rather than hiding the card; `debug` lists it.
    const el = await fixture<ExerciseCard>(
      html`<exercise-card debug .exercise=${exerciseWith('Bridge', 'javascript:__xss(1)')}></exercise-card>`,
    );
    expect(el.status).to.equal('ready');
    const warnings = el.shadowRoot!.querySelector('[part~="warnings"]')!.textContent!;
    expect(warnings).to.contain('source.url').and.contain('https:, http: or relative web address');
    expect(el.shadowRoot!.querySelector('a, img, video')).to.equal(null);
  });

  it('accepts http(s) and relative URLs (including ones that only look like schemes) and links them as http(s)', async () => {
    for (const url of INERT_URLS) {
      expect(validateExercise(exerciseWith('Bridge', url)).ok, url).to.equal(true);
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${exerciseWith('Bridge', url)}></exercise-card>`,
      );
      expect(injectedMarkup(el.shadowRoot!), url).to.deep.equal([]);
      el.remove();
    }
    await settle();
    expect(ran).to.deep.equal([]);
  });

  describe('text direction and length', () => {
    // 180 characters: the longest name the schema accepts is 200 (core/limits.ts).
    const LONG_WORD = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(4);
    const LONG_URL = `https://example.com/${'a'.repeat(400)}`;

    it('wraps very long words and names without overflowing a 320 px card', async () => {
      const exercise = {
        ...exerciseWith(LONG_WORD, LONG_URL),
        media: undefined,
        steps: [LONG_WORD, `${LONG_URL} ${LONG_WORD}`],
      };
      for (const layout of ['full', 'compact']) {
        // A plain wrapper: fixtureSync, since fixture() waits for a frame a background tab may never get.
        const el = fixtureSync<HTMLDivElement>(
          html`<div style="width: 320px">
            <exercise-card .exercise=${exercise} layout=${layout} startable></exercise-card>
          </div>`,
        ).querySelector('exercise-card')!;
        await el.updateComplete;
        if (layout === 'compact') {
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand-button"]')!.click();
          await el.updateComplete;
        }
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        expect(el.getBoundingClientRect().width, layout).to.be.at.most(320);
        expect(base.scrollWidth, `${layout}: base overflows`).to.be.at.most(base.clientWidth);
        for (const child of base.querySelectorAll<HTMLElement>('*')) {
          // Hidden, or clipped on purpose (the compact row ends its one line with an ellipsis).
          if (child.offsetParent === null || clippedWithin(child, base)) continue;
          expect(
            child.getBoundingClientRect().right,
            `${layout}: <${child.localName}> sticks out`,
          ).to.be.at.most(base.getBoundingClientRect().right + 0.5);
        }
      }
    });

    it('isolates right-to-left author text in a left-to-right card, so it reads in order', async () => {
      const name = 'جسر الألوية 10';
      const el = await fixture<ExerciseCard>(
        html`<exercise-card
          .exercise=${{ id: 'bidi', name, summary: `${name} — then English`, steps: [name] }}
        ></exercise-card>`,
      );
      const root = el.shadowRoot!;
      for (const selector of ['[part~="title"]', '.summary', '[part="steps"] li']) {
        const node = root.querySelector<HTMLElement>(selector)!;
        const isolated =
          node.getAttribute('dir') === 'auto' ||
          ['isolate', 'plaintext'].includes(getComputedStyle(node).unicodeBidi);
        expect(isolated, `${selector} isolates its direction`).to.equal(true);
        expect(getComputedStyle(node).direction, selector).to.equal('rtl');
      }
    });

    it('keeps an RTL override character inside the author text it came with', async () => {
      const el = await fixture<ExerciseCard>(
        html`<exercise-card
          .exercise=${{ id: 'rlo', name: 'Bridge \u202Eevil', summary: 'Plain summary' }}
        ></exercise-card>`,
      );
      const summary = el.shadowRoot!.querySelector<HTMLElement>('.summary')!;
      const title = el.shadowRoot!.querySelector<HTMLElement>('[part~="title"]')!;
      expect(getComputedStyle(summary).direction).to.equal('ltr');
      expect(
        title.getAttribute('dir') === 'auto' || getComputedStyle(title).unicodeBidi === 'isolate',
      ).to.equal(true);
    });
  });
});
