/**
 * Other languages' dosage words are lazy chunks (src/core/dosage-words/<language>.ts): an English page
 * fetches none, a page in another language fetches its own with its catalog and shows both at once, and
 * an element whose `lang` differs from the page's fetches its own and re-renders when it lands. This
 * file imports no module that registers every table (src/core/index.ts, dosage-words/all.ts), as an
 * element bundle doesn't.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import '../../src/routine-player/routine-player.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import type { ExerciseInput } from '../../src/data/exercise-schema.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { formatDosage } from '../../src/core/format-dosage.js';
import { ensureDosageWords } from '../../src/internal/dosage-words-loader.js';
import { localeReady } from '../../src/internal/locale-loader.js';
import { targetLocales } from '../../src/translations/locale-codes.js';
import { clearLibraryStorage, TIMED_ROUTINE } from '../routine-player/helpers.js';
import { mount, setPageLang, settle, unmountAll } from './helpers.js';

// The test page loads hundreds of modules; keep every resource entry so word fetches are seen.
performance.setResourceTimingBufferSize(5000);

/** The languages whose dosage words this page has fetched, sorted. */
function fetchedWords(): string[] {
  const languages = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/\/core\/dosage-words\/([a-z]+)\.(?:js|ts)$/)?.[1])
    .filter((language): language is string => language !== undefined && language !== 'all');
  return [...new Set(languages)].sort();
}

const bridge = { id: 'bridge', name: 'Bridge', dosage: { sets: 3, reps: 10 } } as ExerciseInput;
const LINES = { en: '3 sets × 10 reps', es: '3 series × 10 repeticiones', de: '3 Sätze × 10 Wiederholungen' };

const shown = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('dosage words', () => {
  let restore: () => void = () => {};
  afterEach(() => {
    unmountAll();
    restore();
    clearLibraryStorage();
  });

  it('an English page shows English words and fetches no word table', async () => {
    restore = setPageLang('en');
    const card = mount(html`<exercise-card .exercise=${bridge}></exercise-card>`)
      .firstElementChild as ExerciseCard;
    await settle('en', card);
    expect(shown(card, '.dosage-line')).to.equal(LINES.en);
    expect(fetchedWords()).to.deep.equal([]);
  });

  it('a Spanish page with only a counter fetches no word table (a counter writes no dosage line)', async () => {
    restore = setPageLang('es');
    const counter = mount(html`<rep-counter target="3"></rep-counter>`).firstElementChild as RepCounter;
    await settle('es', counter);
    expect(fetchedWords()).to.deep.equal([]);
  });

  it('a Spanish page fetches the Spanish words with its catalog and never mixes languages on screen', async () => {
    restore = setPageLang('es');
    const card = mount(html`<exercise-card .exercise=${bridge}></exercise-card>`)
      .firstElementChild as ExerciseCard;
    // Every state the card's shadow root goes through: UI label and dosage line, side by side.
    const seen: string[] = [];
    const record = () => seen.push(`${shown(card, '.dosage-label')} | ${shown(card, '.dosage-line')}`);
    const observer = new MutationObserver(record);
    observer.observe(card.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await settle('es', card);
    await waitUntil(() => shown(card, '.dosage-line') === LINES.es, `shows ${shown(card, '.dosage-line')}`);
    record();
    observer.disconnect();
    expect(shown(card, '.dosage-label')).to.equal('Pauta');
    expect(fetchedWords()).to.deep.equal(['es']);
    const states = [...new Set(seen)].filter((state) => !state.startsWith(' |'));
    const allowed = [`Dosage | ${LINES.en}`, `Pauta | ${LINES.es}`];
    expect(states.filter((state) => !allowed.includes(state))).to.deep.equal([]);
  });

  it('a lang="de" card on an English page ends with German words, in its line and its JSON-LD', async () => {
    restore = setPageLang('en');
    const page = mount(
      html`<div>
        <exercise-card .exercise=${bridge}></exercise-card>
        <exercise-card lang="de" structured-data .exercise=${bridge}></exercise-card>
      </div>`,
    ).firstElementChild!;
    const [english, german] = Array.from(page.querySelectorAll<ExerciseCard>('exercise-card'));
    await settle('en', english!, german!);
    await waitUntil(() => shown(german!, '.dosage-line') === LINES.de, shown(german!, '.dosage-line'), {
      timeout: 4000,
    });
    // UI strings follow the page; the words follow the card's own language.
    expect(shown(german!, '.dosage-label')).to.equal('Dosage');
    expect(shown(english!, '.dosage-line')).to.equal(LINES.en);
    await german!.updateComplete;
    const jsonLd = JSON.parse(german!.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(jsonLd.description).to.contain(LINES.de);
    expect(fetchedWords()).to.deep.equal(['de', 'es']);
  });

  it('a French page shows French words in the player’s overview', async () => {
    restore = setPageLang('fr');
    const player = mount(html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`)
      .firstElementChild as RoutinePlayer;
    await settle('fr', player);
    expect(shown(player, '.frequency')).to.equal('3 fois par semaine');
    const lines = Array.from(player.shadowRoot!.querySelectorAll('.dosage-line'), (l) => l.textContent);
    expect(lines.join(' / ')).to.contain('3 répétitions');
    expect(fetchedWords()).to.include('fr');
  });
  it('a lang="nl" player on an English page ends with Dutch words, in its overview and its JSON-LD', async () => {
    restore = setPageLang('en');
    const page = mount(
      html`<div>
        <exercise-card .exercise=${bridge}></exercise-card>
        <routine-player lang="nl" no-persist structured-data .routine=${TIMED_ROUTINE}></routine-player>
      </div>`,
    ).firstElementChild!;
    const player = page.querySelector<RoutinePlayer>('routine-player')!;
    await settle('en', player);
    await waitUntil(() => shown(player, '.frequency') === '3 keer per week', shown(player, '.frequency'));
    await player.updateComplete;
    const jsonLd = player.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(jsonLd).to.contain('3 herhalingen');
    expect(jsonLd).to.contain('3 keer per week');
  });
  // Last: it loads every table into this page.
  it('has a table elements can load for every language the UI ships', async () => {
    for (const locale of targetLocales.filter((l) => l !== 'en-XA')) ensureDosageWords(locale);
    await localeReady();
    const stillEnglish = targetLocales.filter(
      (locale) => locale !== 'en-XA' && formatDosage({ reps: 10 }, locale).endsWith('reps'),
    );
    expect(stillEnglish).to.deep.equal([]);
  });
});
