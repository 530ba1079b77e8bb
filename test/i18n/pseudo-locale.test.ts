/**
 * Renders every element in the pseudo-locale en-XA (each message wrapped in ⟦…⟧ with accented
 * letters) and fails on any plain ASCII letter left in our shadow roots once author data, numbers,
 * punctuation and Intl's own words are set aside: that letter came from a hard-coded string.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import '../../src/routine-player/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { clearLibraryStorage, stateAt, TIMED_ROUTINE } from '../routine-player/helpers.js';
import { authorStrings, fullExercise, setPageLang, settle, uiTexts } from './helpers.js';

/** Words Intl writes itself in a locale it does not know (units, list conjunctions). */
function intlWords(): Set<string> {
  const samples = [
    ...(['second', 'minute', 'hour'] as const).flatMap((unit) =>
      (['short', 'long'] as const).map((unitDisplay) =>
        new Intl.NumberFormat('en-XA', { style: 'unit', unit, unitDisplay }).format(2),
      ),
    ),
    new Intl.ListFormat('en-XA', { type: 'conjunction' }).format(['1', '2', '3']),
  ];
  return new Set(samples.flatMap((s) => s.match(/[A-Za-z]+/g) ?? []));
}

function untranslated(texts: string[], author: string[]): string[] {
  const authored = [...author, location.href].sort((a, b) => b.length - a.length);
  const intl = intlWords();
  return texts.filter((text) => {
    let rest = text;
    for (const a of authored) rest = rest.split(a).join(' ');
    const words = rest.match(/[A-Za-z]+/g) ?? [];
    return words.some((word) => !intl.has(word));
  });
}

describe('pseudo-locale: no hard-coded UI text', () => {
  let restore: () => void;
  before(() => {
    restore = setPageLang('en-XA');
  });
  after(() => restore());

  const author = authorStrings(fullExercise);

  it('would catch a hard-coded string', () => {
    expect(untranslated(['⟦Ďéţáíĺš⟧', 'Details', '3 sec', 'Glute bridge'], author)).to.deep.equal([
      'Details',
    ]);
  });

  it('translates every string of the full card', async () => {
    const el = await fixture<ExerciseCard>(
      html`<exercise-card startable .exercise=${fullExercise}></exercise-card>`,
    );
    await settle('en-XA', el);
    // The dosage line is built from core word tables, tested per locale in format-dosage-locales.
    const texts = uiTexts(el, '.dosage-line');
    expect(texts.length).to.be.greaterThan(20);
    expect(texts.some((t) => t.includes('⟦'))).to.equal(true);
    expect(untranslated(texts, author)).to.deep.equal([]);
  });

  it('translates every string of the compact card', async () => {
    const el = await fixture<ExerciseCard>(
      html`<exercise-card layout="compact" startable .exercise=${fullExercise}></exercise-card>`,
    );
    await settle('en-XA', el);
    expect(untranslated(uiTexts(el, '.dosage-line'), author)).to.deep.equal([]);
  });

  it('translates the loading skeleton', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card></exercise-card>`);
    await settle('en-XA', el);
    expect(untranslated(uiTexts(el), [])).to.deep.equal([]);
  });

  it('translates the counter when idle, counting, resting and complete', async () => {
    const el = await fixture<RepCounter>(
      html`<rep-counter target="2" sets="2" rest="30" side="each"></rep-counter>`,
    );
    await settle('en-XA', el);
    const seen: string[][] = [uiTexts(el)];
    const tap = async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
      await el.updateComplete;
    };
    await tap();
    seen.push(uiTexts(el)); // counting, left side, an announcement
    await tap();
    await tap();
    await tap();
    expect(el.phase).to.equal('rest');
    seen.push(uiTexts(el));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button.primary')!.click();
    await el.updateComplete;
    for (let i = 0; i < 4; i++) await tap();
    expect(el.phase).to.equal('complete');
    seen.push(uiTexts(el));
    for (const texts of seen) expect(untranslated(texts, [])).to.deep.equal([]);
  });

  it('translates the hold', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="3" hold="5"></rep-counter>`);
    await settle('en-XA', el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
    await el.updateComplete;
    expect(el.phase).to.equal('holding');
    expect(untranslated(uiTexts(el), [])).to.deep.equal([]);
  });

  describe('the routine player', () => {
    const routineAuthor = authorStrings(TIMED_ROUTINE);
    // Dosage and frequency lines come from the core word tables (tested per locale in format-dosage-locales).
    const skip = '.dosage-line, .frequency';
    beforeEach(() => clearLibraryStorage());
    afterEach(() => clearLibraryStorage());

    async function player(): Promise<RoutinePlayer> {
      const el = await fixture<RoutinePlayer>(
        html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
      );
      await settle('en-XA', el);
      return el;
    }

    it('translates the overview, with its cue settings open', async () => {
      const el = await player();
      el.shadowRoot!.querySelector('details.cue-settings')!.setAttribute('open', '');
      expect(el.phase).to.equal('overview');
      const texts = uiTexts(el, skip);
      expect(texts.length).to.be.greaterThan(10);
      expect(untranslated(texts, routineAuthor)).to.deep.equal([]);
    });

    it('translates every running phase: intro, get ready, timed work, rest, switch sides, reps with hold', async () => {
      const el = await player();
      const seen: string[][] = [];
      for (const step of [
        's0-intro',
        's0-i0-get-ready',
        's0-i0-set1-work',
        's0-i0-set1-rest',
        's0-i0-rest',
        's0-i1-set1-left-work',
        's0-i1-set1-switch',
        's0-i2-set1-work',
      ]) {
        el.state = stateAt(TIMED_ROUTINE, step);
        await el.updateComplete;
        expect(el.phase).to.not.equal('overview');
        seen.push(uiTexts(el, skip));
      }
      el.pause();
      await el.updateComplete;
      seen.push(uiTexts(el, skip)); // paused, with its announcement
      for (const texts of seen) expect(untranslated(texts, routineAuthor)).to.deep.equal([]);
      expect(seen.flat().some((t) => t.includes('⟦'))).to.equal(true);
    });
  });
});
