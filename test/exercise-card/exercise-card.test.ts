import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/exercise-card/exercise-card.js';
import { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';

const FIXTURES = '/test/fixtures/exercise-card';

const bridge: ExerciseInput = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  summary: 'Lift your hips by squeezing your buttocks.',
  media: {
    images: [
      {
        src: `${FIXTURES}/start.svg`,
        alt: 'Lying on the back, knees bent',
        width: 400,
        height: 300,
        caption: 'Start',
      },
      {
        src: `${FIXTURES}/end.svg`,
        alt: 'Hips lifted in a straight line',
        width: 400,
        height: 300,
        caption: 'End',
      },
    ],
  },
  steps: ['Lie on your back.', 'Lift your hips.', 'Lower slowly.'],
  cues: ['Push through your heels.'],
  dosage: {
    sets: { min: 2, max: 3 },
    reps: { min: 8, max: 10 },
    side: 'each',
    holdSeconds: 3,
    text: 'A few slow sets',
  },
  equipment: ['mat', 'cushion'],
  muscles: ['glutes', 'hamstrings'],
  difficulty: 'beginner',
  safety: ['Stop if you feel sharp pain.'],
  easier: [{ name: 'Half bridge', summary: 'Lift only a little way.' }],
  harder: [{ name: 'Single-leg bridge', summary: 'One foot off the floor.' }],
  source: {
    title: 'Glute Exercises for Lower Back Pain',
    author: 'A. Physio',
    url: 'https://example.com/glutes',
  },
};

const withYouTube: ExerciseInput = {
  id: 'bird-dog',
  name: 'Bird dog',
  media: { video: { youtube: 'abcDEF12345' } },
  dosage: '2 sets of 8 reps',
};

async function card(exercise: ExerciseInput, attrs: Partial<ExerciseCard> = {}): Promise<ExerciseCard> {
  const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${exercise}></exercise-card>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ExerciseCard, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ExerciseCard, selector: string) =>
  Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<exercise-card>', () => {
  describe('registration', () => {
    it('survives the script being loaded twice and define being called again', async () => {
      // A second URL for the same module makes the browser run the registering code a second time.
      const again = '../../src/exercise-card/exercise-card.ts?again';
      await import(again);
      expect(() => ExerciseCard.define('exercise-card')).not.to.throw();
      expect(customElements.get('exercise-card')).to.equal(ExerciseCard);
    });

    it('can register the same class under a second tag', async () => {
      ExerciseCard.define('my-exercise-card');
      const el = await fixture<ExerciseCard>(html`<my-exercise-card .exercise=${bridge}></my-exercise-card>`);
      expect(el).to.be.instanceOf(ExerciseCard);
      expect(text($(el, '[part~="title"]'))).to.equal('Glute bridge');
    });
  });

  describe('content', () => {
    it('shows the name as an h3 by default and follows heading-level', async () => {
      const el = await card(bridge);
      expect($(el, '[part~="title"]')!.localName).to.equal('h3');
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect($(el, '[part~="title"]')!.localName).to.equal('h2');
      expect($(el, '.steps-section .sub')!.localName, 'sub-headings sit one level below').to.equal('h3');
      el.setAttribute('heading-level', 'banana');
      await el.updateComplete;
      expect($(el, '[part~="title"]')!.localName).to.equal('h3');
    });

    it('shows the summary, the formatted dosage and the author’s own dosage text', async () => {
      const el = await card(bridge);
      expect(text($(el, '.summary'))).to.equal('Lift your hips by squeezing your buttocks.');
      const dosage = text($(el, '[part~="dosage"]'));
      expect(dosage).to.contain('2–3 sets × 8–10 reps per side');
      expect(dosage).to.contain('hold 3');
      expect(dosage).to.contain('(A few slow sets)');
    });

    it('does not repeat the author’s dosage text when it is all there is', async () => {
      const el = await card({ id: 'x', name: 'X', dosage: { text: 'As many as feel easy' } });
      expect(text($(el, '.dosage-line'))).to.equal('As many as feel easy');
      expect($(el, '.dosage-note')).to.equal(null);
    });

    it('lists the steps in order in an <ol>, then tips, equipment and target areas', async () => {
      const el = await card(bridge);
      const steps = $(el, '[part~="steps"]')!;
      expect(steps.localName).to.equal('ol');
      expect($$(el, '[part~="steps"] li').map(text)).to.deep.equal([
        'Lie on your back.',
        'Lift your hips.',
        'Lower slowly.',
      ]);
      expect(text($(el, '.cues'))).to.contain('Push through your heels.');
      const facts = text($(el, '.facts'));
      expect(facts).to.contain('Equipment mat and cushion');
      expect(facts).to.contain('Target areas glutes and hamstrings');
      expect(text($(el, '.meta'))).to.contain('Beginner');
    });

    it('sets the safety callout apart in an <aside> with its own heading', async () => {
      const el = await card(bridge);
      const safety = $(el, '[part~="safety"]')!;
      expect(safety.localName).to.equal('aside');
      expect(text(safety.querySelector('h4'))).to.equal('Safety');
      expect(text(safety)).to.contain('Stop if you feel sharp pain.');
    });

    it('shows easier and harder variations as disclosures', async () => {
      const el = await card(bridge);
      const details = $$(el, 'details.variation');
      expect(details.map((d) => text(d.querySelector('summary')))).to.deep.equal([
        'Easier: Half bridge',
        'Harder: Single-leg bridge',
      ]);
      expect(details[0]!.hasAttribute('open')).to.equal(false);
      details[0]!.querySelector('summary')!.click();
      expect(details[0]!.hasAttribute('open')).to.equal(true);
    });

    it('credits the source with a rel=noopener link, and without a link when there is no url', async () => {
      const el = await card(bridge);
      expect(text($(el, '.source'))).to.match(
        /^Adapted from “Glute Exercises for Lower Back Pain” by A\. Physio/,
      );
      const link = $<HTMLAnchorElement>(el, '.source a')!;
      expect(link.href).to.equal('https://example.com/glutes');
      expect(link.rel).to.equal('noopener');
      const bare = await card({ id: 'y', name: 'Y', source: { title: 'A book' } });
      expect(text($(bare, '.source'))).to.equal('Adapted from “A book”');
      expect($(bare, '.source a')).to.equal(null);
    });

    it('renders a hostile name as text without creating elements', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await card({ id: 'evil', name: hostile, summary: '</p><b>bold?</b>', steps: ['<i>x</i>'] });
      const titleEl = $(el, '[part~="title"]')!;
      expect(titleEl.textContent).to.equal(hostile);
      expect(titleEl.children.length).to.equal(0);
      expect($(el, 'img, script, b, i')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('picks the reader’s language from lang, falling back to the language and to English', async () => {
      const localized = {
        id: 'bridge',
        name: { en: 'Bridge', es: 'Puente' },
        steps: [{ en: 'Lie down.', es: 'Túmbate.' }],
      } as ExerciseInput;
      const el = await fixture<ExerciseCard>(
        html`<div lang="es-MX"><exercise-card .exercise=${localized}></exercise-card></div>`,
      ).then((div) => div.querySelector('exercise-card')!);
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.equal('Puente');
      el.setAttribute('lang', 'fr');
      await el.updateComplete;
      expect(text($(el, '[part~="title"]'))).to.equal('Bridge');
    });
  });

  describe('media', () => {
    it('shows several images side by side, lazy, with alt text and reserved size', async () => {
      const el = await card(bridge);
      const images = $$<HTMLImageElement>(el, '[part~="media"] img');
      expect(images).to.have.length(2);
      for (const img of images) {
        expect(img.loading).to.equal('lazy');
        expect(img.decoding).to.equal('async');
        expect(img.alt).to.not.equal('');
        expect(img.getAttribute('width')).to.equal('400');
        expect(img.getAttribute('height')).to.equal('300');
      }
      expect($$(el, 'figcaption').map(text)).to.deep.equal(['Start', 'End']);
      await waitUntil(() => images.every((img) => img.complete), 'images did not load', { timeout: 5000 });
      const [a, b] = images.map((img) => img.getBoundingClientRect());
      expect(Math.round(a!.top)).to.equal(Math.round(b!.top));
      expect(a!.left).to.be.lessThan(b!.left);
    });

    it('reserves a 4:3 box for an image without dimensions', async () => {
      const el = await card({
        id: 'x',
        name: 'X',
        media: { images: [{ src: '/nope.png', alt: 'Nothing' }] },
      });
      const img = $(el, '.image img')!;
      const box = img.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 3) / 4, 1);
    });

    it('plays a video file with controls, inline and muted, and never autoplays', async () => {
      const el = await card({ id: 'v', name: 'V', media: { video: { src: '/clip.mp4', title: 'How to' } } });
      const video = $<HTMLVideoElement>(el, 'video')!;
      expect(video.controls).to.equal(true);
      expect(video.hasAttribute('playsinline')).to.equal(true);
      expect(video.muted).to.equal(true);
      expect(video.preload).to.equal('metadata');
      expect(video.autoplay).to.equal(false);
      expect(video.getAttribute('aria-label')).to.equal('Video: How to');
      expect($(el, '.video')!.getBoundingClientRect().height).to.be.greaterThan(50);
    });

    it('shows a YouTube facade that makes no third-party request until its button is pressed', async () => {
      const el = await card(withYouTube);
      const root = el.shadowRoot!;
      expect(root.querySelector('iframe')).to.equal(null);
      const thirdParty = Array.from(root.querySelectorAll('[src], [href], [poster]')).filter((node) =>
        /youtube|ytimg|vimeo/.test(
          `${node.getAttribute('src')} ${node.getAttribute('href')} ${node.getAttribute('poster')}`,
        ),
      );
      expect(thirdParty, 'no third-party URL before the click').to.have.length(0);
      await aTimeout(50);
      const remote = performance
        .getEntriesByType('resource')
        .filter((entry) => /youtube|ytimg|googlevideo/.test(entry.name));
      expect(remote, 'no request to YouTube before the click').to.have.length(0);
      const box = root.querySelector('.video')!.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1.5);

      const button = root.querySelector<HTMLButtonElement>('.facade button')!;
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Play video: Bird dog');
      button.focus();
      button.click();
      await el.updateComplete;
      const iframe = root.querySelector<HTMLIFrameElement>('iframe')!;
      expect(iframe.src).to.equal('https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1');
      expect(iframe.title).to.equal('Video: Bird dog');
      expect(root.querySelector('.facade button')).to.equal(null);
      await waitUntil(() => root.activeElement === iframe, 'focus moves to the player');
    });

    it('embeds Vimeo with dnt=1 only after the press, and shows the author’s poster meanwhile', async () => {
      const el = await card({
        id: 'v',
        name: 'Vimeo thing',
        media: { video: { vimeo: '76979871', poster: `${FIXTURES}/start.svg` } },
      });
      expect($(el, 'iframe')).to.equal(null);
      expect($<HTMLImageElement>(el, '.facade .poster')!.getAttribute('src')).to.equal(
        `${FIXTURES}/start.svg`,
      );
      $<HTMLButtonElement>(el, '.facade button')!.click();
      await el.updateComplete;
      expect($<HTMLIFrameElement>(el, 'iframe')!.src).to.equal(
        'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
      );
    });

    it('resets the player to the facade when the exercise changes', async () => {
      const el = await card(withYouTube);
      $<HTMLButtonElement>(el, '.facade button')!.click();
      await el.updateComplete;
      el.exercise = { ...withYouTube, id: 'other', name: 'Other' };
      await el.updateComplete;
      expect($(el, 'iframe')).to.equal(null);
      expect($(el, '.facade button')).to.not.equal(null);
    });
  });

  describe('layouts and actions', () => {
    it('defaults to the full layout and reflects it', async () => {
      const el = await card(bridge);
      expect(el.getAttribute('layout')).to.equal('full');
      expect($(el, '.card.full')).to.not.equal(null);
    });

    it('shows a compact row with name and dosage that expands by a real button with aria-expanded', async () => {
      const el = await card(bridge, { layout: 'compact' });
      const button = $<HTMLButtonElement>(el, '[part~="expand-button"]')!;
      const details = $(el, '#details')!;
      expect(text($(el, '.row [part~="title"]'))).to.equal('Glute bridge');
      expect(text($(el, '.row [part~="dosage"]'))).to.contain('2–3 sets');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('details');
      expect(details.hidden).to.equal(true);
      expect(details.getBoundingClientRect().height).to.equal(0);
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hidden).to.equal(false);
      expect($$(el, '#details [part~="steps"] li')).to.have.length(3);
    });

    it('has no Start button unless startable', async () => {
      const el = await card(bridge);
      expect($(el, '[part~="start-button"]')).to.equal(null);
    });

    it('fires ex-start with the exercise id from a focusable Start button', async () => {
      const el = await card(bridge, { startable: true });
      const start = $<HTMLButtonElement>(el, '[part~="controls"] [part~="start-button"]')!;
      expect(start.localName).to.equal('button');
      expect(start.type).to.equal('button');
      start.focus();
      expect(el.shadowRoot!.activeElement).to.equal(start);
      const started = oneEvent(el, 'ex-start');
      start.click();
      const event = await started;
      expect(event.detail).to.deep.equal({ id: 'glute-bridge' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('opens a follow-along player for this one exercise when Start is pressed, and closes it', async () => {
      await import('../../src/routine-player/routine-player.js');
      const el = await card(bridge, { startable: true });
      $(el, '[part~="start-button"]')!.click();
      await el.updateComplete;
      const player = $(el, '[part~="follow-along"] routine-player') as HTMLElement & {
        updateComplete: Promise<unknown>;
      };
      expect(player).to.not.equal(null);
      await player.updateComplete;
      // The follow-along starts at once (no second overview): the running controls show.
      await waitUntil(
        () => player.shadowRoot?.querySelector('[part~="controls"]'),
        'the follow-along did not start',
      );
      expect(player.shadowRoot!.textContent).to.include(String(bridge.name));
      await expect(el).to.be.accessible();
      ($(el, '[part~="follow-along"] button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part~="follow-along"]')).to.equal(null);
    });

    it('leaves the follow-along to the page when an ex-start listener calls preventDefault', async () => {
      await import('../../src/routine-player/routine-player.js');
      const el = await card(bridge, { startable: true });
      el.addEventListener('ex-start', (event) => event.preventDefault());
      $(el, '[part~="start-button"]')!.click();
      await el.updateComplete;
      expect($(el, '[part~="follow-along"]')).to.equal(null);
    });

    it('does not fire ex-start or ex-load when code merely re-renders', async () => {
      const el = await card(bridge, { startable: true });
      let events = 0;
      el.addEventListener('ex-start', () => events++);
      el.addEventListener('ex-load', () => events++);
      el.headingLevel = 4;
      el.theme = 'dark';
      await el.updateComplete;
      expect(events).to.equal(0);
    });

    it('reflects theme and switches to dark tokens', async () => {
      const el = await card(bridge, { theme: 'dark' });
      expect(el.getAttribute('theme')).to.equal('dark');
      const bg = getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      expect(bg).to.equal('rgb(21, 32, 32)');
    });

    it('follows the page, not the phone: stays light on a light page in dark mode unless theme="dark"', async () => {
      const el = await card(bridge);
      const base = () => getComputedStyle($(el, '[part~="base"]')!).backgroundColor;
      const start = () => getComputedStyle($(el, '[part~="start-button"]')!).backgroundColor;
      el.startable = true;
      await el.updateComplete;
      try {
        await emulateMedia({ colorScheme: 'dark' });
        expect(base()).to.equal('rgba(0, 0, 0, 0)');
        expect(start(), 'the light accent').to.equal('rgb(15, 110, 110)');
        el.theme = 'dark';
        await el.updateComplete;
        expect(base()).to.equal('rgb(21, 32, 32)');
        el.theme = 'light';
        await el.updateComplete;
        expect(base()).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('blends into a dark host page by default: page text colour, no surface of its own', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div style="background:#111;color:rgb(240, 240, 240)"><exercise-card></exercise-card></div>`,
      );
      const el = page.querySelector('exercise-card') as ExerciseCard;
      el.exercise = bridge;
      await el.updateComplete;
      const base = getComputedStyle($(el, '[part~="base"]')!);
      expect(base.color).to.equal('rgb(240, 240, 240)');
      expect(base.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(el).to.be.accessible();
    });

    it('reserves a min-height on the host and uses content containment', async () => {
      const el = await fixture<ExerciseCard>(html`<exercise-card></exercise-card>`);
      const style = getComputedStyle(el);
      expect(style.display).to.equal('block');
      expect(style.contain).to.equal('content');
      expect(parseFloat(style.minHeight)).to.be.greaterThan(100);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' });
    });

    it('hides the controls and video, shows tick boxes per set, the source URL and the page URL', async () => {
      const el = await card(
        { ...bridge, media: { ...bridge.media, video: { youtube: 'abcDEF12345' } } },
        {
          startable: true,
        },
      );
      const ticks = $(el, '.ticks')!;
      expect(getComputedStyle(ticks.parentElement!).display, 'tick boxes are print-only').to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part~="controls"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '[part~="start-button"]')!).display).to.equal('none');
      expect(getComputedStyle($(el, '.video')!).display).to.equal('none');
      expect(getComputedStyle(ticks.parentElement!).display).to.equal('block');
      expect(text(ticks)).to.equal('☐ ☐ ☐');
      const footer = $(el, '.print-footer')!;
      expect(getComputedStyle(footer).display).to.equal('block');
      expect(text(footer)).to.contain(location.href);
      expect(text($(el, '.source .print-only'))).to.equal('https://example.com/glutes');
      expect(getComputedStyle($(el, '[part~="base"]')!).color).to.equal('rgb(0, 0, 0)');
      const img = $(el, '.image img')!;
      expect(img.getBoundingClientRect().height).to.be.at.most(160);
    });

    it('prints black on white even when the dark theme is forced', async () => {
      const el = await card(bridge, { theme: 'dark' });
      await emulateMedia({ media: 'print' });
      const base = getComputedStyle($(el, '[part~="base"]')!);
      expect([base.color, base.backgroundColor]).to.deep.equal(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    });

    it('prints the hidden details of a collapsed compact card and the variation texts', async () => {
      const el = await card(bridge, { layout: 'compact' });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '#details')!).display).to.not.equal('none');
      expect(getComputedStyle($(el, '[part~="expand-button"]')!).display).to.equal('none');
      const printed = $$(el, 'p.print-only.variation').filter((p) => getComputedStyle(p).display !== 'none');
      expect(printed.map(text)).to.deep.equal([
        'Easier: Half bridge: Lift only a little way.',
        'Harder: Single-leg bridge: One foot off the floor.',
      ]);
    });
  });

  describe('accessibility', () => {
    it('passes axe when loaded', async () => {
      const el = await card(bridge, { startable: true });
      await expect(el).to.be.accessible();
    });

    it('passes axe with a video facade', async () => {
      const el = await card(withYouTube);
      await expect(el).to.be.accessible();
    });

    it('passes axe in the error state and announces the error with role=alert', async () => {
      const el = document.createElement('exercise-card');
      el.src = `${FIXTURES}/invalid.json`;
      const failed = oneEvent(el, 'ex-error');
      document.body.append(el);
      await failed;
      await el.updateComplete;
      expect($(el, '[role="alert"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('passes axe in the compact layout, collapsed and expanded', async () => {
      const el = await card(bridge, { layout: 'compact', startable: true });
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="expand-button"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe in the dark theme', async () => {
      const el = await card(bridge, { theme: 'dark', startable: true });
      await expect(el).to.be.accessible();
    });

    it('exposes exactly the documented parts', async () => {
      const el = await card({ ...bridge, media: { ...bridge.media } }, { startable: true });
      const parts = new Set($$(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/)));
      for (const part of ['base', 'media', 'title', 'dosage', 'steps', 'safety', 'controls']) {
        expect(parts.has(part), part).to.equal(true);
      }
    });
  });
});
