/**
 * A host app that uses @lit/localize itself and configured it before our elements load (the npm build
 * shares one copy of @lit/localize). Our elements must not throw, must not go blank, and follow the
 * host's locale only when the host's catalogs carry our messages.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, type LocaleModule } from '@lit/localize';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { localizationMode, uiLocale } from '../../src/internal/locale-loader.js';
import { setPageLang } from './helpers.js';

// The host app, first on the page: its own catalogs, one of which includes our Spanish messages.
const host = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['es', 'it'],
  loadLocale: (locale: string): Promise<LocaleModule> =>
    locale === 'es'
      ? import('../../src/translations/es.js')
      : Promise.resolve({ templates: { 'host.greeting': 'Ciao' } }),
});

const bridge = { id: 'bridge', name: 'Bridge', steps: ['Lie down.'] };
const heading = (el: ExerciseCard) => el.shadowRoot!.querySelector('#steps-heading')!.textContent!.trim();

describe('under a host app that configured @lit/localize first', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  it('renders without throwing and leaves the host in charge', async () => {
    restore = setPageLang('fr');
    await import('../../src/exercise-card/exercise-card.js');
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    expect(localizationMode()).to.equal('host');
    // The host's locale is English: our English source, not the page's French and not blank.
    expect(heading(el)).to.equal('How to do it');
    expect(host.getLocale()).to.equal('en');
  });

  it('stays English when the host switches to a locale without our messages', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    await host.setLocale('it');
    await el.updateComplete;
    expect(heading(el)).to.equal('How to do it');
    expect(uiLocale()).to.equal('en');
  });

  it('follows the host into a locale whose catalog carries our messages', async () => {
    const el = await fixture<ExerciseCard>(html`<exercise-card .exercise=${bridge}></exercise-card>`);
    await host.setLocale('es');
    await waitUntil(() => heading(el) === 'Cómo hacerlo', 'never followed the host into Spanish');
    expect(uiLocale()).to.equal('es');
    await host.setLocale('en');
  });
});
