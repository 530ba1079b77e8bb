import { expect } from '@open-wc/testing';
import {
  BASES,
  BASE_POSITIONS,
  BODY,
  FLOOR_Y,
  cycleKeyframes,
  placeBody,
  resolveFigure,
  type BasePosition,
  type FigureSpec,
  type PlacedBody,
  type Point,
} from '../../src/core/figure/index.js';
import { reach } from '../../src/core/figure/plant-limbs.js';
import { validateExercise } from '../../src/data/validate.js';
import { exampleRoutine, SEED_IDS } from '../support/example-routines.js';

/** How far the lower edge of a limb's stroke at `p` is above the floor line. */
const aboveFloor = (p: Point, half: number = BODY.limbHalfWidth) => FLOOR_Y - (p.y + half);
const near = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

type Contact = [string, (body: PlacedBody) => Point, number?];
const s = (body: PlacedBody) => body.segments;

/** What rests on the floor in each base position, as a physiotherapist would check it. */
const CONTACTS: Record<BasePosition, Contact[]> = {
  standing: [
    ['left foot', (b) => s(b)['foot-left'].end],
    ['right foot', (b) => s(b)['foot-right'].end],
  ],
  'hands-and-knees': [
    ['left hand', (b) => s(b)['forearm-left'].end],
    ['right hand', (b) => s(b)['forearm-right'].end],
    ['left knee', (b) => s(b)['thigh-left'].end],
    ['right knee', (b) => s(b)['thigh-right'].end],
  ],
  'lying-back-knees-bent': [
    ['the back at the hips', (b) => s(b).torso.start, BODY.torsoHalfWidth],
    ['the back at the shoulders', (b) => s(b).chest.end, BODY.torsoHalfWidth],
    ['left foot', (b) => s(b)['foot-left'].end],
  ],
  // Lying on the side is seen from the front and above, the mat behind: lying-side's own test below.
  'lying-side': [],
  'sitting-floor': [
    ['the buttocks', (b) => s(b).torso.start, BODY.torsoHalfWidth],
    ['left heel', (b) => s(b)['shin-left'].end],
  ],
  'sitting-chair': [['left foot', (b) => s(b)['foot-left'].end]],
  kneeling: [
    ['left knee', (b) => s(b)['thigh-left'].end],
    ['left toes', (b) => s(b)['foot-left'].end],
  ],
  plank: [
    ['left elbow', (b) => s(b)['upper-arm-left'].end],
    ['left hand', (b) => s(b)['forearm-left'].end],
    ['left toes', (b) => s(b)['foot-left'].end],
  ],
  'side-plank': [
    ['the lower forearm', (b) => s(b)['forearm-left'].end],
    ['the lower foot', (b) => s(b)['shin-left'].end],
  ],
};

describe('figure base positions', () => {
  for (const position of BASE_POSITIONS) {
    describe(position, () => {
      const figure = resolveFigure({ position });
      const body = placeBody(figure.start, figure.view);
      for (const [what, at, half] of CONTACTS[position]) {
        it(`rests ${what} on the floor`, () => {
          expect(Math.abs(aboveFloor(at(body), half))).to.be.below(3.5);
        });
      }
      it('has nothing below the floor', () => {
        for (const segment of Object.values(body.segments)) {
          expect(aboveFloor(segment.start)).to.be.at.least(-0.01);
          expect(aboveFloor(segment.end)).to.be.at.least(-0.01);
        }
      });
    });
  }

  it('stands upright: the head is above the hips, the hips above the feet', () => {
    const body = placeBody(resolveFigure({ position: 'standing' }).start, 'side');
    expect(body.head.y).to.be.below(body.hips.y);
    expect(body.hips.y).to.be.below(body.segments['foot-left'].end.y);
    expect(FLOOR_Y - (body.head.y - BODY.headRadius)).to.be.within(105, 120);
  });

  it('lies flat: the back is level on the floor, head to the left', () => {
    const body = placeBody(resolveFigure({ position: 'lying-back-knees-bent' }).start, 'side');
    const { torso, chest } = body.segments;
    expect(Math.abs(torso.start.y - chest.end.y)).to.be.below(1);
    expect(body.head.x).to.be.below(body.hips.x);
    // Knees bent: the knees are above the hips.
    expect(body.segments['thigh-left'].end.y).to.be.below(body.hips.y - 10);
  });

  it('lies on the side: shoulders and hips stacked, top over bottom, knees bent forward', () => {
    const body = placeBody(resolveFigure({ position: 'lying-side' }).start, 'above');
    const { torso, chest } = body.segments;
    const seg = body.segments;
    // The back is level, the head at the end of it, on the lower arm.
    expect(Math.abs(torso.start.y - chest.end.y)).to.be.below(1);
    expect(body.head.x).to.be.below(chest.end.x);
    // Stacked: the top (left) hip and shoulder straight above the bottom ones.
    expect(seg['thigh-left'].start.y).to.be.below(seg['thigh-right'].start.y - 8);
    expect(Math.abs(seg['thigh-left'].start.x - seg['thigh-right'].start.x)).to.be.below(1);
    expect(seg['upper-arm-left'].start.y).to.be.below(seg['upper-arm-right'].start.y - 8);
    // Knees bent forward (down the picture, towards the reader), the feet back in line with the hips.
    expect(seg['thigh-right'].end.y).to.be.above(body.hips.y + 10);
    expect(Math.abs(seg['shin-right'].end.y - seg['thigh-right'].start.y)).to.be.below(6);
  });

  it('stacks the feet in a side plank: the top foot on the bottom one, the hips apart', () => {
    const body = placeBody(resolveFigure({ position: 'side-plank' }).start, 'front');
    const seg = body.segments;
    expect(near(seg['shin-left'].end, seg['shin-right'].end)).to.be.below(2 * BODY.limbHalfWidth + 1);
    expect(seg['shin-right'].end.y).to.be.below(seg['shin-left'].end.y);
    expect(near(seg['thigh-left'].start, seg['thigh-right'].start)).to.be.above(10);
  });

  it('rests the top hand on the top hip in a side plank, not an arm standing up from the body', () => {
    const body = placeBody(resolveFigure({ position: 'side-plank' }).start, 'front');
    expect(near(body.segments['forearm-right'].end, body.segments['thigh-right'].start)).to.be.below(6);
    expect(body.segments['forearm-right'].end.y).to.be.above(body.head.y - BODY.headRadius);
  });

  it('keeps a level back on hands and knees (shoulders no more than a little above the hips)', () => {
    const body = placeBody(BASES['hands-and-knees'].pose, 'side');
    const { torso, chest } = body.segments;
    expect(Math.abs(chest.end.y - torso.start.y)).to.be.below(12);
    expect(chest.end.x).to.be.above(torso.start.x + 30);
  });
});

describe('figure poses', () => {
  it('builds the end position on the start: a knee bent at the start stays bent unless changed', () => {
    const figure = resolveFigure({
      position: 'standing',
      start: { 'knee-left': 30 },
      end: { 'hip-left': -40 },
    });
    expect(figure.start['knee-left']).to.equal(30);
    expect(figure.end['knee-left']).to.equal(30);
    expect(figure.end['hip-left']).to.equal(-40);
  });

  it('keeps planted feet and shoulders where they were while a bridge lifts the hips', () => {
    const spec = {
      position: 'lying-back-knees-bent',
      plant: ['feet', 'shoulders'],
      end: { y: -16 },
    } as const;
    const figure = resolveFigure(spec);
    const start = placeBody(figure.start, 'side');
    const end = placeBody(figure.end, 'side');
    expect(end.hips.y).to.be.closeTo(start.hips.y - 16, 0.01);
    expect(near(end.segments['shin-left'].end, start.segments['shin-left'].end)).to.be.below(0.5);
    expect(near(end.segments['shin-right'].end, start.segments['shin-right'].end)).to.be.below(0.5);
    // The trunk keeps its length, so the shoulders may slide a little along the floor, never lift.
    expect(near(end.segments.chest.end, start.segments.chest.end)).to.be.below(4);
    expect(Math.abs(end.segments.chest.end.y - start.segments.chest.end.y)).to.be.below(2);
    // The feet stay planted all the way through the movement, not only at its ends.
    for (const frame of cycleKeyframes(figure, spec, { tempo: 3, hold: 2 })) {
      const body = placeBody(frame.pose, 'side');
      expect(near(body.segments['shin-left'].end, start.segments['shin-left'].end)).to.be.below(0.5);
    }
  });

  it('keeps planted toes where they were while the heel lifts off the floor', () => {
    const spec = {
      position: 'standing',
      plant: ['toes-right'],
      end: { x: 20, y: 12, 'hip-right': 25, 'knee-right': 60, 'ankle-right': -130 },
    } as const;
    const figure = resolveFigure(spec);
    const start = placeBody(figure.start, 'side');
    const end = placeBody(figure.end, 'side');
    const toes = (b: PlacedBody) => b.segments['foot-right'].end;
    expect(near(toes(end), toes(start))).to.be.below(0.5);
    // The foot takes the end position's own angle: the heel (the ankle end of the foot) is up.
    expect(aboveFloor(end.segments['shin-right'].end)).to.be.above(4);
    expect(aboveFloor(start.segments['shin-right'].end)).to.be.below(1);
    for (const frame of cycleKeyframes(figure, spec, { tempo: 3, hold: 0 })) {
      expect(near(toes(placeBody(frame.pose, 'side')), toes(start))).to.be.below(0.5);
    }
  });

  it('draws a limb that points towards the reader shorter, the rest of the leg hanging from its end', () => {
    const long = placeBody(
      resolveFigure({ position: 'lying-back-knees-bent', view: 'above' }).start,
      'above',
    );
    const figure = resolveFigure({
      position: 'lying-back-knees-bent',
      view: 'above',
      shorten: { 'thigh-left': 0.7, 'shin-left': 0.5 },
    });
    const short = placeBody(figure.start, 'above');
    const length = (b: PlacedBody, name: 'thigh-left' | 'shin-left' | 'thigh-right') =>
      near(b.segments[name].start, b.segments[name].end);
    expect(length(short, 'thigh-left')).to.be.closeTo(0.7 * BODY.thigh, 0.01);
    expect(length(short, 'shin-left')).to.be.closeTo(0.5 * BODY.shin, 0.01);
    expect(length(short, 'thigh-right')).to.be.closeTo(length(long, 'thigh-right'), 0.01);
    expect(near(short.segments['shin-left'].start, short.segments['thigh-left'].end)).to.be.below(0.01);
    // Every keyframe keeps the shortening, so the animated legs are the lengths of the still ones.
    for (const frame of cycleKeyframes(figure, { position: 'standing' }, { tempo: 2, hold: 0 })) {
      expect(length(placeBody(frame.pose, 'above'), 'thigh-left')).to.be.closeTo(0.7 * BODY.thigh, 0.01);
    }
  });

  for (const value of [0, -1, 5, Number.NaN, '0.5']) {
    it(`draws a limb at its full length when its shortening is ${String(value)} (out of range)`, () => {
      const figure = resolveFigure({
        position: 'standing',
        shorten: { 'thigh-left': value as number },
      });
      const body = placeBody(figure.start, 'side');
      const thigh = body.segments['thigh-left'];
      expect(near(thigh.start, thigh.end)).to.be.closeTo(BODY.thigh, 0.01);
    });
  }

  it('reaches a point with two segments, bending the same way as before', () => {
    const pose = { ...BASES.standing.pose, 'knee-left': 20 };
    const body = placeBody(pose, 'side');
    const target = { x: body.hips.x + 10, y: body.hips.y + 40 };
    const reached = placeBody(reach(pose, 'side', 'leg', 'left', target), 'side');
    expect(near(reached.segments['shin-left'].end, target)).to.be.below(0.01);
    expect(reach(pose, 'side', 'leg', 'left', target)['knee-left']).to.be.above(0);
  });

  for (const [across, off, thigh] of [
    [1, 'as far as the full-length bend', 'full length'],
    [0.5, 'half as far', 'shorter'],
    [0, 'on the line to the foot', 'shortest'],
  ] as const) {
    it(`reaches with the knee ${off} when it stands ${across} of the way off, the thigh drawn at ${thigh}`, () => {
      const pose = { ...BASES.standing.pose, 'knee-left': 20 };
      const hips = placeBody(pose, 'side').hips;
      const target = { x: hips.x + 10, y: hips.y + 40 };
      const full = placeBody(reach(pose, 'side', 'leg', 'left', target), 'side');
      const body = placeBody(reach(pose, 'side', 'leg', 'left', target, across), 'side');
      // The foot gets there whatever the knee does.
      expect(near(body.segments['shin-left'].end, target)).to.be.below(0.01);
      // How far the knee is off the hip-to-foot line, compared with the full-length bend.
      const offLine = (b: PlacedBody) => {
        const k = b.segments['thigh-left'].end;
        return Math.abs((k.x - hips.x) * 40 - (k.y - hips.y) * 10) / Math.hypot(10, 40);
      };
      expect(offLine(body)).to.be.closeTo(across * offLine(full), 0.01);
      const length = near(body.segments['thigh-left'].start, body.segments['thigh-left'].end);
      if (across === 1) expect(length).to.be.closeTo(BODY.thigh, 0.01);
      else expect(length).to.be.below(BODY.thigh - 0.5);
    });
  }

  for (const [what, spec, expected] of [
    [
      'a leg lifted at the hip: thigh, shin and foot',
      { position: 'standing', end: { 'hip-left': -40 } },
      ['thigh-left', 'shin-left', 'foot-left'],
    ],
    [
      'a leg stretched back: the shin too, carried back level as it was',
      { position: 'hands-and-knees', end: { 'hip-left': 92, 'knee-left': 0 } },
      ['thigh-left', 'shin-left', 'foot-left'],
    ],
    [
      'the body tilting round upright arms: not the arms',
      {
        position: 'plank',
        start: { trunk: -106, 'shoulder-left': 106, 'shoulder-right': 106 },
        end: { trunk: -96, 'shoulder-left': 96, 'shoulder-right': 96 },
      },
      ['torso', 'chest', 'neck'],
    ],
  ] as const) {
    it(`marks what turns or is carried away from the hips as moving, and only that: ${what}`, () => {
      expect([...resolveFigure(spec as FigureSpec).moving]).to.deep.equal(expected);
    });
  }

  it('times one repetition: out, a hold at the end position, back, a rest', () => {
    const figure = resolveFigure({ position: 'standing', end: { 'hip-left': -40 } });
    const frames = cycleKeyframes(figure, { position: 'standing' }, { tempo: 3, hold: 3 });
    const offsets = frames.map((f) => f.offset);
    expect(offsets[0]).to.equal(0);
    expect(offsets.at(-1)).to.equal(1);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]).to.be.at.least(offsets[i - 1]!);
    // At the end position from 20 % to 70 % of the repetition (1.2 s out, 3 s held of 6 s).
    const atEnd = frames.filter((f) => f.pose['hip-left'] === -40).map((f) => f.offset);
    expect(Math.min(...atEnd)).to.be.closeTo(0.2, 0.001);
    expect(Math.max(...atEnd)).to.be.closeTo(0.7, 0.001);
  });

  for (const [tempo, hold] of [
    [0, 0],
    [0.7, 0],
    [3, 0],
    [1, 120],
    [45, 0.1],
  ]) {
    it(`times keyframes that never go back in time (tempo ${tempo} s, hold ${hold} s)`, () => {
      const figure = resolveFigure({ position: 'standing', end: { 'hip-left': -40 } });
      const offsets = cycleKeyframes(figure, { position: 'standing' }, { tempo: tempo!, hold: hold! }).map(
        (f) => f.offset,
      );
      expect(offsets[0]).to.equal(0);
      expect(offsets.at(-1)).to.equal(1);
      for (let i = 1; i < offsets.length; i++) expect(offsets[i]).to.be.at.least(offsets[i - 1]!);
    });
  }

  it('draws an unknown base position as standing instead of throwing', () => {
    const figure = resolveFigure({ position: 'handstand' as BasePosition, props: ['unicycle' as 'mat'] });
    expect(figure.start.trunk).to.equal(180);
    expect(figure.props).to.deep.equal([]);
  });
});

/** An exercise's figure from examples/, resolved, with its start and end bodies placed. */
async function seedFigure(file: string, id: string) {
  const doc = await exampleRoutine<{
    exercises: Record<string, { id: string; figure?: FigureSpec }>;
  }>(file);
  const spec = Object.values(doc.exercises).find((e) => e.id === id)!.figure!;
  const figure = resolveFigure(spec);
  return { spec, start: placeBody(figure.start, figure.view), end: placeBody(figure.end, figure.view) };
}

/** In a side view the figure faces right: ahead is +x. In the front view its left is +x. */
describe('seed exercise figures, as a physiotherapist checks them', () => {
  it('clamshell: the feet stay together while the top knee opens well above the bottom knee', async () => {
    const { start, end } = await seedFigure('gentle-glute-exercises', 'clamshell');
    const knee = (b: PlacedBody, side: 'left' | 'right') => b.segments[`thigh-${side}`].end;
    const foot = (b: PlacedBody, side: 'left' | 'right') => b.segments[`shin-${side}`].end;
    // At the start the legs lie one on the other.
    expect(near(knee(start, 'left'), knee(start, 'right'))).to.be.below(14);
    // At the end the top knee is high above the bottom one, which has not moved.
    expect(knee(end, 'left').y).to.be.below(knee(end, 'right').y - 25);
    expect(near(knee(end, 'right'), knee(start, 'right'))).to.be.below(0.5);
    // The top foot stays on the bottom foot, as at the start.
    expect(near(foot(end, 'left'), foot(start, 'left'))).to.be.below(3);
    expect(near(foot(end, 'left'), foot(end, 'right'))).to.be.below(14);
    // The top foot keeps its angle: it does not lift or turn off the bottom foot as the knee opens.
    expect(end.segments['foot-left'].angle).to.be.closeTo(start.segments['foot-left'].angle, 5);
    // All the way through, not only at the ends: the knee swings over the planted foot.
    const { spec } = await seedFigure('gentle-glute-exercises', 'clamshell');
    const figure = resolveFigure(spec);
    for (const frame of cycleKeyframes(figure, spec, { tempo: 3, hold: 0 })) {
      expect(near(foot(placeBody(frame.pose, 'above'), 'left'), foot(start, 'left'))).to.be.below(0.5);
    }
  });

  for (const id of ['walking-lunge', 'multi-direction-lunge']) {
    it(`${id}: the front foot steps ahead of the hips, the back foot stays behind them`, async () => {
      const { start, end } = await seedFigure('glutes-lower-back-program', id);
      expect(end.segments['shin-left'].end.x).to.be.above(end.hips.x + 15);
      expect(end.segments['shin-right'].end.x).to.be.below(end.hips.x - 10);
      // The body moves forward and down into the lunge.
      expect(end.hips.x).to.be.above(start.hips.x + 10);
      expect(end.hips.y).to.be.above(start.hips.y + 10);
      // The back foot is on its toes, heel up; the back knee comes down close to the floor.
      expect(Math.abs(aboveFloor(end.segments['foot-right'].end))).to.be.below(1);
      expect(aboveFloor(end.segments['shin-right'].end)).to.be.above(5);
      expect(aboveFloor(end.segments['thigh-right'].end)).to.be.below(8);
      // The front shin is near vertical, its foot flat; the trunk is upright.
      expect(Math.abs(end.segments['shin-left'].angle)).to.be.below(10);
      expect(Math.abs(aboveFloor(end.segments['foot-left'].end))).to.be.below(1);
      expect(Math.abs(Math.abs(end.segments.chest.angle) - 180)).to.be.below(8);
    });
  }

  it('butt walk: one hip shifts forward with its leg while the other heel stays where it was', async () => {
    const { start, end } = await seedFigure('ql-butt-walk', 'butt-walk');
    const heel = (b: PlacedBody, side: 'left' | 'right') => b.segments[`shin-${side}`].end;
    expect(end.hips.x).to.be.above(start.hips.x + 8);
    expect(near(heel(end, 'right'), heel(start, 'right'))).to.be.below(0.5);
    // Start and end differ at a glance: the near heel has gone ahead of the far one.
    expect(Math.abs(heel(start, 'left').x - heel(start, 'right').x)).to.be.below(1);
    expect(heel(end, 'left').x).to.be.above(heel(end, 'right').x + 8);
    // Still sitting: the buttocks stay on the floor.
    expect(Math.abs(aboveFloor(end.segments.torso.start, BODY.torsoHalfWidth))).to.be.below(2);
    // The far leg stays straight on its heel all the way through: no knee bend.
    const { spec } = await seedFigure('ql-butt-walk', 'butt-walk');
    const figure = resolveFigure(spec);
    for (const frame of cycleKeyframes(figure, spec, { tempo: 3, hold: 0 })) {
      const body = placeBody(frame.pose, 'side');
      expect(Math.abs(frame.pose['knee-right'])).to.be.below(0.5);
      expect(near(heel(body, 'right'), heel(start, 'right'))).to.be.below(0.5);
    }
  });

  for (const [file, id] of [
    ['glutes-lower-back-program', 'squat'],
    ['banded-glute-exercises', 'band-squat'],
    ['gentle-glute-exercises', 'gentle-squat'],
  ]) {
    it(`${id}: hips back and down over flat feet, arms reaching straight forward at shoulder height`, async () => {
      const { start, end } = await seedFigure(file!, id!);
      expect(end.hips.x).to.be.below(start.hips.x - 4);
      expect(end.hips.y).to.be.above(start.hips.y + 10);
      expect(Math.abs(aboveFloor(end.segments['foot-left'].end))).to.be.below(1);
      expect(Math.abs(aboveFloor(end.segments['shin-left'].end))).to.be.below(1);
      const shoulder = end.segments['upper-arm-left'].start;
      const hand = end.segments['forearm-left'].end;
      expect(hand.x).to.be.above(shoulder.x + 30);
      expect(Math.abs(hand.y - shoulder.y)).to.be.below(6);
    });
  }

  for (const id of ['knee-wags', 'lying-adductor-squeeze']) {
    it(`${id}: seen from above with the knees up, the feet are drawn near the buttocks, not far off`, async () => {
      const { start } = await seedFigure('hip-routine-radiating-pain', id);
      // From above, thighs and shins pointing up at the reader look short: the feet stay close.
      for (const side of ['left', 'right'] as const) {
        const foot = start.segments[`shin-${side}`].end;
        expect(foot.x - start.hips.x).to.be.within(25, 40);
      }
    });

    it(`${id}: seen from above, the body lies still while the knees move`, async () => {
      const { start, end } = await seedFigure('hip-routine-radiating-pain', id);
      expect(near(end.hips, start.hips)).to.be.below(0.5);
      expect(near(end.head, start.head)).to.be.below(0.5);
    });
  }

  it('spinal flexion drill: the back rounds forward and the head comes down towards the legs', async () => {
    const { start, end } = await seedFigure('hip-routine-radiating-pain', 'spinal-flexion-drill');
    const bend = (b: PlacedBody) => b.segments.chest.angle - b.segments.torso.angle;
    expect(Math.abs(bend(start))).to.be.below(1);
    // The upper back turns forward on the lower back: a rounded back, not a straight lean.
    expect(bend(end)).to.be.above(25);
    expect(end.head.y).to.be.above(start.head.y + 25);
    expect(end.head.x).to.be.above(end.hips.x + 20);
  });

  it('russian twist: leaning back on the buttocks, feet down, the clasped hands go down beside the hip', async () => {
    const { start, end } = await seedFigure('glutes-lower-back-program', 'russian-twist');
    const hands = (b: PlacedBody) => [b.segments['forearm-left'].end, b.segments['forearm-right'].end];
    for (const body of [start, end]) {
      // The trunk leans back 30–45° from upright; the buttocks and the feet are on the floor.
      const lean = 180 - body.segments.chest.angle;
      expect(lean).to.be.within(30, 45);
      expect(Math.abs(aboveFloor(body.segments.torso.start, BODY.torsoHalfWidth))).to.be.below(1);
      expect(Math.abs(aboveFloor(body.segments['shin-left'].end))).to.be.below(1);
      expect(body.segments['thigh-left'].end.y).to.be.below(body.hips.y - 12);
    }
    const [l0, r0] = hands(start);
    const [l1, r1] = hands(end);
    // Clasped in front of the belly at the start, clasped down by the hip at the end.
    expect(near(l0!, r0!)).to.be.below(4);
    expect(l0!.x).to.be.above(start.hips.x + 4);
    expect(near(l1!, r1!)).to.be.below(6);
    expect(Math.abs(l1!.x - end.hips.x)).to.be.below(8);
    expect(aboveFloor(l1!)).to.be.below(8);
  });

  for (const file of ['gentle-glute-exercises', 'glutes-lower-back-program']) {
    it(`glute bridge (${file}): shoulders, head, arms and feet down, hips up in a line with the knees`, async () => {
      const { start, end } = await seedFigure(file, 'glute-bridge');
      const seg = end.segments;
      expect(end.hips.y).to.be.below(start.hips.y - 12);
      expect(Math.abs(seg.chest.end.y - start.segments.chest.end.y)).to.be.below(2);
      expect(Math.abs(aboveFloor(end.head, BODY.headRadius))).to.be.below(2);
      expect(Math.abs(aboveFloor(seg['shin-left'].end))).to.be.below(3);
      // The arms lie along the floor: the hands on it, not lifted with the trunk.
      for (const side of ['left', 'right'] as const) {
        expect(Math.abs(aboveFloor(seg[`forearm-${side}`].end))).to.be.below(2);
      }
      // Shoulders, hips and knees in one straight line.
      const slope = (a: Point, b: Point) => (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
      const knee = seg['thigh-left'].end;
      expect(Math.abs(slope(seg.chest.end, end.hips) - slope(end.hips, knee))).to.be.below(8);
    });
  }

  it('seated side stretch: the arms go up beside the head, and the upper body bends to one side', async () => {
    const { start, end } = await seedFigure('ql-butt-walk', 'seated-dynamic-side-stretch');
    for (const side of ['left', 'right'] as const) {
      // Each hand above the head, each elbow to one side of it, not across the face; in the bend the
      // arms go over with the chest, still beside the head.
      expect(start.segments[`forearm-${side}`].end.y).to.be.below(start.head.y - BODY.headRadius);
      expect(Math.abs(start.segments[`upper-arm-${side}`].end.x - start.head.x)).to.be.above(
        BODY.headRadius + BODY.limbHalfWidth,
      );
      expect(end.segments[`forearm-${side}`].end.y).to.be.below(end.head.y - BODY.headRadius / 2);
      expect(near(end.segments[`upper-arm-${side}`].end, end.head)).to.be.above(BODY.headRadius + 2);
    }
    expect(end.head.x - end.hips.x).to.be.above(start.head.x - start.hips.x + 12);
    expect(Math.abs(aboveFloor(end.segments.torso.start, BODY.torsoHalfWidth))).to.be.below(12);
  });

  it('plank: on the forearms, straight from head to knees, then from head to heels on the toes', async () => {
    const { start, end } = await seedFigure('glutes-lower-back-program', 'plank');
    /** How far `p` is above (+) or below the line from the shoulder to `to`. */
    const offLine = (b: PlacedBody, p: Point, to: Point) => {
      const from = b.segments['upper-arm-left'].start;
      return ((to.x - from.x) * (p.y - from.y) - (to.y - from.y) * (p.x - from.x)) / near(from, to);
    };
    for (const body of [start, end]) {
      const seg = body.segments;
      // Elbows under the shoulders, forearms flat on the floor: not propped on straight arms.
      expect(Math.abs(seg['upper-arm-left'].end.x - seg['upper-arm-left'].start.x)).to.be.below(4);
      expect(Math.abs(aboveFloor(seg['upper-arm-left'].end))).to.be.below(1);
      expect(Math.abs(aboveFloor(seg['forearm-left'].end))).to.be.below(1);
      // The hips off the floor, and the chest not lifted like a sphinx: the back continues the legs.
      expect(aboveFloor(body.hips)).to.be.above(4);
      expect(Math.abs(seg.chest.angle - seg.torso.angle)).to.be.below(3);
    }
    // Start: on the knees, shoulders, hips and knees in one line.
    expect(Math.abs(aboveFloor(start.segments['thigh-left'].end))).to.be.below(1);
    expect(Math.abs(offLine(start, start.hips, start.segments['thigh-left'].end))).to.be.below(1.5);
    // End: on the toes, knees off the floor, shoulders, hips, knees and ankles in one line.
    const ankle = end.segments['shin-left'].end;
    expect(Math.abs(aboveFloor(end.segments['foot-left'].end))).to.be.below(1);
    expect(aboveFloor(end.segments['thigh-left'].end)).to.be.above(6);
    expect(Math.abs(offLine(end, end.hips, ankle))).to.be.below(1.5);
    expect(Math.abs(offLine(end, end.segments['thigh-left'].end, ankle))).to.be.below(1.5);
  });

  it('neutral pelvis: from an arched low back with the buttocks out to standing tall, not a forward lean', async () => {
    const { start, end } = await seedFigure('glutes-lower-back-program', 'neutral-pelvis');
    const ankle = (b: PlacedBody) => b.segments['shin-left'].end;
    // Start: the hips behind the feet, the low back tipped forward with the pelvis, the upper back
    // leaning back over it (an arch), so the shoulders are not ahead of the feet.
    expect(start.hips.x).to.be.below(ankle(start).x - 3);
    expect(start.segments.torso.angle).to.be.above(185);
    expect(start.segments.chest.angle).to.be.below(start.segments.torso.angle - 12);
    expect(start.segments.chest.end.x).to.be.at.most(ankle(start).x);
    // End: hips, shoulders and head over the feet, the back straight up, the knees straight.
    for (const p of [end.hips, end.segments.chest.end, end.head])
      expect(Math.abs(p.x - ankle(end).x)).to.be.below(1.5);
    expect(Math.abs(end.segments.torso.angle - 180)).to.be.below(3);
    expect(Math.abs(end.segments.chest.angle - 180)).to.be.below(3);
    expect(Math.abs(end.segments['thigh-left'].end.x - ankle(end).x)).to.be.below(1);
  });

  it('side plank: the bottom forearm on the floor under the shoulder, the top hand on the top hip', async () => {
    const { start, end } = await seedFigure('glutes-lower-back-program', 'side-plank');
    for (const body of [start, end]) {
      const seg = body.segments;
      expect(near(seg['forearm-right'].end, seg['thigh-right'].start)).to.be.below(6);
      expect(Math.abs(seg['upper-arm-left'].end.x - seg['upper-arm-left'].start.x)).to.be.below(8);
      expect(Math.abs(aboveFloor(seg['upper-arm-left'].end))).to.be.below(1);
      expect(Math.abs(aboveFloor(seg['forearm-left'].end))).to.be.below(1);
    }
    // The hips lift off the floor into a straight line.
    expect(end.hips.y).to.be.below(start.hips.y - 6);
  });

  it('standing leg lift: the hand holds the top of the chair back while the other leg lifts out', async () => {
    const { spec, start, end } = await seedFigure('gentle-glute-exercises', 'standing-leg-lift');
    const chair = resolveFigure(spec).props.find((p) => p.kind === 'chair');
    if (chair?.kind !== 'chair') throw new Error('no chair');
    const top = { x: chair.x, y: chair.seatY - chair.back };
    for (const body of [start, end]) expect(near(body.segments['forearm-left'].end, top)).to.be.below(6);
    // The lifted leg goes out to the side, away from the chair; the standing foot stays down.
    expect(end.segments['shin-right'].end.x).to.be.below(start.segments['shin-right'].end.x - 15);
    expect(Math.abs(aboveFloor(end.segments['shin-left'].end))).to.be.below(1);
  });

  it('band side step: in a half squat, knees bent and the hips lower than standing, one foot steps out', async () => {
    const { start, end } = await seedFigure('banded-glute-exercises', 'band-side-step');
    const standing = placeBody(resolveFigure({ position: 'standing', view: 'front' }).start, 'front');
    expect(start.hips.y).to.be.above(standing.hips.y + 4);
    for (const side of ['left', 'right'] as const) {
      const seg = start.segments;
      expect(Math.abs(seg[`shin-${side}`].angle - seg[`thigh-${side}`].angle)).to.be.above(20);
    }
    // The left foot (on the reader's right) goes out, away from the other.
    const gap = (b: PlacedBody) => b.segments['shin-left'].end.x - b.segments['shin-right'].end.x;
    expect(gap(end)).to.be.above(gap(start) + 8);
  });

  it('bird dog: one arm reaches forward and the opposite leg back, level with the back', async () => {
    const { start, end } = await seedFigure('gentle-glute-exercises', 'bird-dog');
    const back = (end.hips.y + end.segments.chest.end.y) / 2;
    // The far arm reaches (behind the head, not across the face), the near leg stretches back.
    expect(end.segments['forearm-right'].end.x).to.be.above(end.segments.chest.end.x + 25);
    expect(Math.abs(end.segments['forearm-right'].end.y - back)).to.be.below(12);
    // The head, looking down at the floor, leaves the reaching forearm in sight above it.
    const forearm = end.segments['forearm-right'];
    for (const t of [0.25, 0.5, 1]) {
      const p = {
        x: forearm.start.x + t * (forearm.end.x - forearm.start.x),
        y: forearm.start.y + t * (forearm.end.y - forearm.start.y),
      };
      expect(near(p, end.head)).to.be.above(BODY.headRadius + 1);
    }
    expect(end.segments['shin-left'].end.x).to.be.below(end.hips.x - 40);
    expect(Math.abs(end.segments['shin-left'].end.y - back)).to.be.below(12);
    // The other hand and knee stay on the floor.
    expect(near(end.segments['thigh-right'].end, start.segments['thigh-right'].end)).to.be.below(0.5);
    expect(near(end.segments['forearm-left'].end, start.segments['forearm-left'].end)).to.be.below(0.5);
  });
});

describe('figure data validation', () => {
  it('refuses a shortening outside 0.2–1 or of a segment it does not know', () => {
    for (const shorten of [{ 'thigh-left': 0.1 }, { 'thigh-left': 2 }, { thigh: 0.5 }]) {
      const result = validateExercise({ id: 'x', name: 'X', figure: { position: 'standing', shorten } });
      expect(result.ok, JSON.stringify(shorten)).to.equal(false);
      if (result.ok) return;
      expect(result.errors[0]!.path).to.contain('figure.shorten');
    }
  });

  it('names the base positions when the position is unknown', () => {
    const result = validateExercise({ id: 'x', name: 'X', figure: { position: 'handstand' } });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).to.equal('figure.position');
    expect(result.errors[0]!.message).to.contain('must be a base position');
    expect(result.errors[0]!.message).to.contain('"lying-back-knees-bent"');
  });

  it('refuses a joint it does not know, listing the joints', () => {
    const result = validateExercise({
      id: 'x',
      name: 'X',
      figure: { position: 'standing', end: { elbow: 10 } },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors[0]!.path).to.contain('figure.end');
    expect(result.errors[0]!.message).to.contain('"hip-left"');
  });

  it('accepts every figure in the examples', async () => {
    let figures = 0;
    for (const file of SEED_IDS) {
      const doc = await exampleRoutine<{
        exercises: Record<string, unknown>;
      }>(file);
      for (const exercise of Object.values(doc.exercises)) {
        const result = validateExercise(exercise);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        if (result.ok && result.value.figure) figures++;
      }
    }
    expect(figures).to.equal(25);
  });
});
