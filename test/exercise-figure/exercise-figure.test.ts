import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/exercise-figure/exercise-figure.js';
import type { ExerciseFigure } from '../../src/exercise-figure/exercise-figure.js';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import {
  placeBody,
  resolveFigure,
  type FigureSpec,
  type Point,
  type SegmentName,
} from '../../src/core/figure/index.js';

/** A standing leg lift to the front, left leg: the thigh turns 40° forward and is held. */
const LEG_LIFT: FigureSpec = {
  position: 'standing',
  side: 'left',
  end: { 'hip-left': -40 },
  movement: 'One leg lifts forward and lowers.',
};

async function figureElement(
  figure: FigureSpec,
  attrs: { state?: string; side?: string; tempo?: number; hold?: number } = {},
): Promise<ExerciseFigure> {
  const el = await fixture<ExerciseFigure>(
    html`<exercise-figure
      .figure=${figure}
      state=${attrs.state ?? 'moving'}
      side=${attrs.side ?? 'left'}
      tempo=${attrs.tempo ?? 3}
      hold=${attrs.hold ?? 0}
    ></exercise-figure>`,
  );
  await el.updateComplete;
  return el;
}

/** Where the end of a drawn segment is, in drawing units, as the browser shows it now. */
function drawnEnd(el: ExerciseFigure, segment: SegmentName, length: number, view = '.moving-view'): Point {
  const svg = el.shadowRoot!.querySelector<SVGSVGElement>(view)!;
  const group = svg.querySelector<SVGGElement>(`[data-segment="${segment}"]`)!;
  const drawing = svg.querySelector<SVGGElement>('.drawing')!;
  // From the segment's own frame to the drawing's frame (undoing the viewBox scale), read live.
  const toDrawing = drawing.getScreenCTM()!.inverse().multiply(group.getScreenCTM()!);
  const p = new DOMPoint(0, length).matrixTransform(toDrawing);
  // The mirror is applied inside .drawing's own transform attribute: read it back out.
  const own = drawing.transform.baseVal.consolidate()?.matrix;
  const q = own ? new DOMPoint(p.x, p.y).matrixTransform(own) : p;
  return { x: q.x, y: q.y };
}

const SHIN = 26;

function expectNear(a: Point, b: Point, tolerance = 0.5): void {
  expect(Math.hypot(a.x - b.x, a.y - b.y), `${JSON.stringify(a)} ≈ ${JSON.stringify(b)}`).to.be.below(
    tolerance,
  );
}

describe('<exercise-figure>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
  });

  it('is one image described in words: position, movement, side and what is needed', async () => {
    const el = await figureElement({ ...LEG_LIFT, props: ['chair'] });
    const image = el.shadowRoot!.querySelector('[role="img"]')!;
    expect(image.getAttribute('aria-label')).to.equal(
      'Standing. One leg lifts forward and lowers. Shown for the left side. You need a chair.',
    );
    for (const svg of el.shadowRoot!.querySelectorAll('svg')) {
      expect(svg.closest('[aria-hidden="true"]'), 'drawings are hidden inside the image').to.not.equal(null);
    }
  });

  it('says the movement in general words when the data has none', async () => {
    const el = await figureElement({ position: 'hands-and-knees', end: { 'hip-left': 90 } }, { side: '' });
    expect(el.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.equal(
      'On your hands and knees. The figure moves from the start position to the end position and back.',
    );
  });

  it('shows the start position when still, with the foot on the floor', async () => {
    const el = await figureElement(LEG_LIFT, { state: 'still' });
    const expected = placeBody(resolveFigure(LEG_LIFT).start, 'side').segments['shin-left'].end;
    expectNear(drawnEnd(el, 'shin-left', SHIN), expected);
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('shows the end position during a hold', async () => {
    const el = await figureElement(LEG_LIFT, { state: 'hold' });
    const figure = resolveFigure(LEG_LIFT);
    const end = placeBody(figure.end, 'side').segments['shin-left'].end;
    expectNear(drawnEnd(el, 'shin-left', SHIN), end);
    // The foot has come forward off the floor.
    expect(end.x).to.be.above(placeBody(figure.start, 'side').segments['shin-left'].end.x + 10);
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('moves from start to end and back with the browser’s animations, holding at the end', async () => {
    const el = await figureElement(LEG_LIFT, { state: 'moving', tempo: 3, hold: 3 });
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length).to.be.greaterThan(10);
    const figure = resolveFigure(LEG_LIFT);
    const at = (ms: number) => {
      for (const a of animations) {
        a.pause();
        a.currentTime = ms;
      }
      return drawnEnd(el, 'shin-left', SHIN);
    };
    // One repetition of 6 s: 1.2 s out, 3 s held, 1.2 s back, 0.6 s rest.
    expectNear(at(0), placeBody(figure.start, 'side').segments['shin-left'].end);
    expectNear(at(1500), placeBody(figure.end, 'side').segments['shin-left'].end);
    expectNear(at(4000), placeBody(figure.end, 'side').segments['shin-left'].end);
    expectNear(at(5800), placeBody(figure.start, 'side').segments['shin-left'].end);
    const midway = at(600);
    expect(midway.x).to.be.above(placeBody(figure.start, 'side').segments['shin-left'].end.x + 2);
    expect(midway.x).to.be.below(placeBody(figure.end, 'side').segments['shin-left'].end.x - 2);
    // Transforms only: every animation turns or moves a group (the band's path aside).
    for (const a of animations) {
      const keyframes = (a.effect as KeyframeEffect).getKeyframes();
      expect(
        Object.keys(keyframes[0]!).filter(
          (k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k),
        ),
      ).to.deep.equal(['transform']);
    }
  });

  it('keeps a clamshell’s top foot on the bottom one all through, the knee swinging over it', async () => {
    const clamshell: FigureSpec = {
      position: 'lying-side',
      side: 'left',
      plant: ['foot-left'],
      end: { 'hip-left': -29, 'knee-left': 60, 'ankle-left': -121 },
    };
    const el = await figureElement(clamshell, { tempo: 3 });
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('.moving-view')!;
    const drawing = svg.querySelector<SVGGElement>('.drawing')!;
    /** Where a segment's drawn line ends now, its own (animated) length included. */
    const lineEnd = (segment: SegmentName) => {
      const line = svg.querySelector<SVGLineElement>(`[data-segment="${segment}"] > line`)!;
      const toDrawing = drawing.getScreenCTM()!.inverse().multiply(line.getScreenCTM()!);
      return new DOMPoint(0, line.y2.baseVal.value).matrixTransform(toDrawing);
    };
    const animations = el.shadowRoot!.getAnimations();
    const at = (ms: number) => {
      for (const a of animations) {
        a.pause();
        a.currentTime = ms;
      }
    };
    at(0);
    const foot = lineEnd('shin-left');
    const knee = lineEnd('thigh-left');
    // Out to the end in 1.2 s: the knee rises while the foot stays, also midway.
    for (const ms of [300, 600, 900, 1200]) {
      at(ms);
      expectNear(lineEnd('shin-left'), foot);
    }
    expect(lineEnd('thigh-left').y).to.be.below(knee.y - 20);
  });

  it('plays one repetition for each new rep count, and stops when it leaves the page', async () => {
    const el = await figureElement(LEG_LIFT, { state: 'still' });
    el.rep = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    el.rep = 1;
    await el.updateComplete;
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length).to.be.greaterThan(0);
    expect(animations[0]!.effect!.getTiming().iterations).to.equal(1);
    el.remove();
    expect(el.shadowRoot!.getAnimations()).to.have.length(0);
  });

  it('pauses where it is', async () => {
    const el = await figureElement(LEG_LIFT);
    el.paused = true;
    await el.updateComplete;
    for (const a of el.shadowRoot!.getAnimations()) expect(a.playState).to.equal('paused');
  });

  it('is mirrored to show the other side, and says so', async () => {
    const left = await figureElement(LEG_LIFT, { state: 'hold', side: 'left' });
    const right = await figureElement(LEG_LIFT, { state: 'hold', side: 'right' });
    const box = resolveFigure(LEG_LIFT).viewBox;
    const a = drawnEnd(left, 'shin-left', SHIN);
    const b = drawnEnd(right, 'shin-left', SHIN);
    expect(b.x).to.be.closeTo(2 * box.x + box.width - a.x, 0.5);
    expect(b.y).to.be.closeTo(a.y, 0.5);
    expect(right.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain(
      'Shown for the right side.',
    );
  });

  it('is not mirrored for a right-to-left language', async () => {
    const el = await fixture<ExerciseFigure>(
      html`<div dir="rtl" lang="ar">
        <exercise-figure .figure=${LEG_LIFT} state="hold" side="left"></exercise-figure>
      </div>`,
    );
    const figure = el.querySelector('exercise-figure')!;
    await figure.updateComplete;
    const drawing = figure.shadowRoot!.querySelector('.moving-view .drawing')!;
    expect(drawing.getAttribute('transform')).to.equal('');
    const expected = placeBody(resolveFigure(LEG_LIFT).end, 'side').segments['shin-left'].end;
    expectNear(drawnEnd(figure, 'shin-left', SHIN), expected);
  });

  it('shows start and end side by side with an arrow under reduced motion, and does not animate', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await figureElement(LEG_LIFT);
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.moving-view')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.stills')!).display).to.equal('flex');
    expect(root.querySelectorAll('.stills .still svg')).to.have.length(2);
    expect(root.querySelector('.stills .arrow')).to.not.equal(null);
    expect(root.getAnimations()).to.have.length(0);
    const figure = resolveFigure(LEG_LIFT);
    expectNear(
      drawnEnd(el, 'shin-left', SHIN, '.still.start svg'),
      placeBody(figure.start, 'side').segments['shin-left'].end,
    );
    expectNear(
      drawnEnd(el, 'shin-left', SHIN, '.still.end svg'),
      placeBody(figure.end, 'side').segments['shin-left'].end,
    );
  });

  it('prints start and end side by side', async () => {
    const el = await figureElement(LEG_LIFT);
    await emulateMedia({ media: 'print' });
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('.moving-view')!).display).to.equal('none');
    expect(getComputedStyle(root.querySelector('.stills')!).display).to.equal('flex');
  });

  it('draws in the theme: body in the text colour, moving limbs in the accent', async () => {
    const el = await fixture<ExerciseFigure>(
      html`<exercise-figure
        .figure=${LEG_LIFT}
        state="still"
        style="color: rgb(10, 20, 30); --ex-accent: rgb(200, 0, 100)"
      ></exercise-figure>`,
    );
    await el.updateComplete;
    const line = (segment: string) =>
      getComputedStyle(el.shadowRoot!.querySelector(`.moving-view [data-segment="${segment}"] > line`)!)
        .stroke;
    expect(line('torso')).to.equal('rgb(10, 20, 30)');
    expect(line('thigh-left')).to.equal('rgb(200, 0, 100)');
  });

  it('draws light on dark for theme="dark" and dark on light for theme="light"', async () => {
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    const ink = async (theme: string) => {
      const el = await fixture<ExerciseFigure>(
        html`<exercise-figure .figure=${LEG_LIFT} state="still" theme=${theme}></exercise-figure>`,
      );
      await el.updateComplete;
      return getComputedStyle(el.shadowRoot!.querySelector('.moving-view [data-segment="torso"] > line')!)
        .stroke;
    };
    expect(luminance(await ink('dark'))).to.be.above(0.7);
    expect(luminance(await ink('light'))).to.be.below(0.3);
  });

  it('draws the lower limbs paler under the top ones when lying on the side, not when lying on the back', async () => {
    const opacity = (el: ExerciseFigure, segment: string) =>
      Number(
        getComputedStyle(el.shadowRoot!.querySelector(`.moving-view [data-segment="${segment}"]`)!).opacity,
      );
    const side = await figureElement({ position: 'lying-side' }, { state: 'still' });
    expect(opacity(side, 'thigh-right')).to.be.below(0.6);
    expect(opacity(side, 'thigh-left')).to.equal(1);
    const back = await figureElement(
      { position: 'lying-back-knees-bent', view: 'above' },
      { state: 'still' },
    );
    expect(opacity(back, 'thigh-right')).to.equal(1);
  });

  it('shows a band round the shins in a side view, across the moving legs in another colour', async () => {
    const el = await figureElement(
      { position: 'standing', props: ['band'], plant: ['feet'], end: { x: -11, y: 19, trunk: 208 } },
      { state: 'still' },
    );
    const svg = el.shadowRoot!.querySelector('.moving-view')!;
    const band = svg.querySelector<SVGPathElement>('.band')!;
    const shin = svg.querySelector('[data-segment="shin-left"] > line')!;
    // Both legs are one in profile: the band straps across them, wider than a leg is thick.
    expect(band.getBBox().width).to.be.above(7 + 3);
    expect(getComputedStyle(band).stroke).not.to.equal(getComputedStyle(shin).stroke);
  });

  it('draws a far limb that moves nearly as clearly as a near one, a still far limb pale', async () => {
    const el = await figureElement(
      { position: 'hands-and-knees', side: 'left', end: { 'shoulder-right': 5, 'hip-left': 92 } },
      { state: 'still' },
    );
    const opacity = (segment: string) =>
      Number(
        getComputedStyle(el.shadowRoot!.querySelector(`.moving-view [data-segment="${segment}"]`)!).opacity,
      );
    expect(opacity('upper-arm-right')).to.be.above(0.7);
    expect(opacity('thigh-right')).to.be.below(0.6);
  });

  it('draws no mat box behind a figure seen from above, yet says a mat is needed; a side view shows it', async () => {
    const above = await figureElement(
      { position: 'lying-back-knees-bent', view: 'above', props: ['mat'] },
      { state: 'still' },
    );
    expect(above.shadowRoot!.querySelector('.moving-view .mat')).to.equal(null);
    expect(above.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain('mat');
    const side = await figureElement(
      { position: 'lying-back-knees-bent', props: ['mat'] },
      { state: 'still' },
    );
    expect(side.shadowRoot!.querySelector('.moving-view .mat')).not.to.equal(null);
  });

  it('writes no style attributes (a strict CSP allows it)', async () => {
    const el = await figureElement({ ...LEG_LIFT, props: ['band', 'mat'] });
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('passes axe', async () => {
    const el = await figureElement({ ...LEG_LIFT, props: ['chair'] });
    await expect(el).to.be.accessible();
  });

  it('tells the author about an unknown base position, and draws nothing instead of throwing', async () => {
    const el = document.createElement('exercise-figure');
    const warned = oneEvent(el, 'ex-warning');
    el.figure = { position: 'handstand' } as unknown as FigureSpec;
    document.body.append(el);
    const event = await warned;
    expect(event.detail.warnings[0].path).to.equal('figure.position');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    el.remove();
  });
});

describe('<exercise-card> with a figure', () => {
  it('shows the exercise’s figure, loading its code when the data has one', async () => {
    const card = await fixture<ExerciseCard>(
      html`<exercise-card
        .exercise=${{ id: 'leg-lift', name: 'Leg lift', figure: LEG_LIFT, dosage: { reps: 8, holdSeconds: 2 } }}
      ></exercise-card>`,
    );
    await waitUntil(() => card.shadowRoot!.querySelector('exercise-figure'));
    const figure = card.shadowRoot!.querySelector('exercise-figure')!;
    await waitUntil(() => customElements.get('exercise-figure'));
    await figure.updateComplete;
    expect(figure.hold).to.equal(2);
    expect(figure.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.contain(
      'Standing.',
    );
  });

  it('shows no figure for data without one', async () => {
    const card = await fixture<ExerciseCard>(
      html`<exercise-card .exercise=${{ id: 'x', name: 'X' }}></exercise-card>`,
    );
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('exercise-figure')).to.equal(null);
  });
});
