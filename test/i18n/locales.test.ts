/**
 * Every shipped locale: the XLIFF file translates every message, and the card, the counter and the
 * player's overview and running phases render with no English UI string left (compared against the
 * English source catalog).
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

const LOCALES = ['es', 'fr', 'de', 'pt-BR', 'nl', 'ar', 'zh-Hans'] as const;

interface Unit {
  id: string;
  source: string[];
  target: string[] | null;
}

/** The text pieces of a <source> or <target>, placeholders left out. */
const pieces = (el: Element | null): string[] | null =>
  el
    ? Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .filter(Boolean)
    : null;

async function catalog(locale: string): Promise<Unit[]> {
  const response = await fetch(`/xliff/${locale}.xlf`);
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id')!,
    source: pieces(unit.getElementsByTagName('source')[0] ?? null) ?? [],
    target: pieces(unit.getElementsByTagName('target')[0] ?? null),
  }));
}

const word = (fragment: string) =>
  new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^\\p{L}]|$)`, 'u');

/** English fragments that a translation into `locale` does not also use (so "Details" in Dutch is fine). */
function englishOnly(units: Unit[]): RegExp[] {
  const targets = units.flatMap((u) => u.target ?? []);
  return [...new Set(units.flatMap((u) => u.source))]
    .filter((fragment) => (fragment.match(/\p{L}/gu) ?? []).length >= 3)
    .filter((fragment) => !targets.some((t) => word(fragment).test(t)))
    .map(word);
}

function englishLeft(texts: string[], forbidden: RegExp[], author: string[]): string[] {
  const authored = [...author, location.href].sort((a, b) => b.length - a.length);
  return texts.filter((text) => {
    let rest = text;
    for (const a of authored) rest = rest.split(a).join(' ');
    return forbidden.some((re) => re.test(rest));
  });
}

describe('every locale', () => {
  const author = authorStrings(fullExercise);
  let restore: () => void = () => {};
  afterEach(() => restore());

  for (const locale of LOCALES) {
    describe(locale, () => {
      it('translates every message in its XLIFF file', async () => {
        const units = await catalog(locale);
        expect(units.length).to.be.greaterThan(100);
        const missing = units.filter(
          (u) => u.target === null || (u.source.length > 0 && u.target.length === 0),
        );
        expect(missing.map((u) => u.id)).to.deep.equal([]);
      });

      it('renders the card and the counter with no English left', async () => {
        const forbidden = englishOnly(await catalog(locale));
        restore = setPageLang(locale);
        const card = await fixture<ExerciseCard>(
          html`<exercise-card startable .exercise=${fullExercise}></exercise-card>`,
        );
        const compact = await fixture<ExerciseCard>(
          html`<exercise-card layout="compact" .exercise=${fullExercise}></exercise-card>`,
        );
        const counter = await fixture<RepCounter>(
          html`<rep-counter target="1" sets="2" rest="20"></rep-counter>`,
        );
        await settle(locale, card, compact, counter);
        const texts = [...uiTexts(card), ...uiTexts(compact), ...uiTexts(counter)];
        counter.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
        await counter.updateComplete;
        texts.push(...uiTexts(counter)); // rest, with its announcement
        expect(counter.phase).to.equal('rest');
        counter.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button.primary')!.click();
        await counter.updateComplete;
        counter.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.click();
        await counter.updateComplete;
        expect(counter.phase).to.equal('complete');
        texts.push(...uiTexts(counter));
        expect(englishLeft(texts, forbidden, author)).to.deep.equal([]);
        // Sanity: the same check finds English in an English rendering.
        expect(englishLeft(['How to do it', 'Skip rest'], forbidden, author)).to.have.length(2);
      });

      it('renders the player’s overview and running phases with no English left', async () => {
        clearLibraryStorage();
        const forbidden = englishOnly(await catalog(locale));
        const routineAuthor = authorStrings(TIMED_ROUTINE);
        restore = setPageLang(locale);
        const el = await fixture<RoutinePlayer>(
          html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
        );
        await settle(locale, el);
        el.shadowRoot!.querySelector('details.cue-settings')!.setAttribute('open', '');
        const texts = uiTexts(el);
        for (const step of [
          's0-intro',
          's0-i0-set1-work',
          's0-i0-set1-rest',
          's0-i1-set1-switch',
          's0-i2-set1-work',
        ]) {
          el.state = stateAt(TIMED_ROUTINE, step);
          await el.updateComplete;
          texts.push(...uiTexts(el));
        }
        el.pause();
        await el.updateComplete;
        texts.push(...uiTexts(el));
        expect(englishLeft(texts, forbidden, routineAuthor)).to.deep.equal([]);
        expect(
          englishLeft(['Keyboard shortcuts', 'Up next: the end'], forbidden, routineAuthor),
        ).to.have.length(2);
        clearLibraryStorage();
      });
    });
  }
});
