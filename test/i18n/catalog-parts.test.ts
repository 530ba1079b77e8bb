/**
 * Catalogs come in parts (scripts/build-catalogs.mjs): a page fetches only the parts of its locale
 * that its elements call msg() in, an element added later fetches its own and re-renders when it
 * arrives, and each locale keeps every plural form the browser's Intl.PluralRules can select.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { ExerciseCard } from '../../src/exercise-card/exercise-card.component.js';
import '../../src/exercise-card/exercise-card.js';
import '../../src/rep-counter/rep-counter.js';
import '../../src/routine-player/routine-player.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { clearLibraryStorage, TIMED_ROUTINE } from '../routine-player/helpers.js';
import { mount, setPageLang, settle, uiTexts, unmountAll } from './helpers.js';

// The test page loads hundreds of modules; keep every resource entry so catalog fetches are seen.
performance.setResourceTimingBufferSize(5000);

const ALL_PARTS = ['card', 'counter', 'editor', 'form', 'json', 'player', 'session', 'shared'];
/** Every part a reader's widget can need: all but the authoring element's. */
const READER_PARTS = ALL_PARTS.filter((part) => !['editor', 'form', 'json'].includes(part));

/** The parts of `locale`'s catalog this page has fetched, sorted. */
function fetchedParts(locale: string): string[] {
  const parts = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname.match(/\/translations\/([\w-]+)\.(?:js|ts)$/)?.[1])
    .filter((name): name is string => name?.startsWith(`${locale}-`) ?? false)
    .map((name) => name.slice(locale.length + 1));
  return [...new Set(parts)].sort();
}

const bridge = { id: 'bridge', name: 'Bridge', steps: ['Lie down.'] };
const stepsHeading = (el: Element) => el.shadowRoot!.querySelector('#steps-heading')!.textContent!.trim();

/** Aggregate modules (every part of a locale), as a host app would load them. */
const wholeCatalogs: Record<string, () => Promise<{ templates: Record<string, unknown> }>> = {
  ar: () => import('../../src/translations/ar.js'),
  de: () => import('../../src/translations/de.js'),
  'en-XA': () => import('../../src/translations/en-XA.js'),
  es: () => import('../../src/translations/es.js'),
  fr: () => import('../../src/translations/fr.js'),
  nl: () => import('../../src/translations/nl.js'),
  'pt-BR': () => import('../../src/translations/pt-BR.js'),
  'zh-Hans': () => import('../../src/translations/zh-Hans.js'),
};

describe('catalog parts', () => {
  let restore: () => void = () => {};
  const cleanUp = () => {
    unmountAll();
    restore();
    clearLibraryStorage();
  };

  describe('a German page that gains elements one by one', () => {
    after(cleanUp);

    it('fetches only the shared and card parts for a page with one card', async () => {
      restore = setPageLang('de');
      const card = mount(html`<exercise-card .exercise=${bridge}></exercise-card>`).firstElementChild!;
      await settle('de', card as ExerciseCard);
      expect(stepsHeading(card)).to.equal('So geht’s');
      expect(fetchedParts('de')).to.deep.equal(['card', 'shared']);
    });

    it('fetches the counter’s part when a counter is added, and re-renders it in German', async () => {
      const counter = mount(html`<rep-counter target="3"></rep-counter>`).firstElementChild as RepCounter;
      await waitUntil(
        () => uiTexts(counter).includes('Tippen zum Zählen'),
        `the counter stayed: ${uiTexts(counter).join(' | ')}`,
      );
      expect(fetchedParts('de')).to.deep.equal(['card', 'counter', 'shared']);
    });

    it('fetches the player’s parts when a player is added, and shows it in German', async () => {
      const player = mount(html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`)
        .firstElementChild as RoutinePlayer;
      await waitUntil(
        () => uiTexts(player).includes('Starten') && uiTexts(player).includes('Auf einen Blick'),
        `the player stayed: ${uiTexts(player).join(' | ')}`,
      );
      expect(fetchedParts('de')).to.deep.equal(READER_PARTS);
    });
  });

  describe('an element under a tag we do not know', () => {
    after(cleanUp);

    it('fetches every part (a subclass under a host’s own name)', async () => {
      restore = setPageLang('nl');
      customElements.define('clinic-parts-card', class extends ExerciseCard {});
      const card = mount(
        html`<clinic-parts-card .exercise=${bridge}></clinic-parts-card>`,
      ).firstElementChild!;
      await settle('nl', card as ExerciseCard);
      expect(stepsHeading(card)).to.equal('Zo doe je het');
      expect(fetchedParts('nl')).to.deep.equal(ALL_PARTS);
    });
  });

  describe('plural forms', () => {
    for (const locale of Object.keys(wholeCatalogs)) {
      it(`${locale} has every form Intl.PluralRules selects, for every counted message`, async () => {
        const { templates } = await wholeCatalogs[locale]!();
        const xliff = await (await fetch(`/xliff/${locale}.xlf`)).text();
        const families = new Set([...xliff.matchAll(/id="([\w.]+)\.other"/g)].map((m) => m[1]!));
        expect(families.size).to.be.greaterThan(5);
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        const missing = [...families].flatMap((family) =>
          categories.map((category) => `${family}.${category}`).filter((id) => !templates[id]),
        );
        expect(missing).to.deep.equal([]);
      });
    }

    it('leaves out the forms a language never selects (German has no "few")', async () => {
      const { templates } = await wholeCatalogs.de!();
      expect(templates['card.more.other']).to.not.equal(undefined);
      expect(templates['card.more.few']).to.equal(undefined);
    });
  });
});
