import { expect, waitUntil } from '@open-wc/testing';

/** Loads a demo page in an iframe, as a reader would open it, and waits for every card to settle. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const errors: unknown[] = [];
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  win.addEventListener('error', (event) => errors.push(event.message));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => {
      const cards = [...doc.querySelectorAll('exercise-card')];
      return (
        cards.length > 0 &&
        cards.every((card) => card.shadowRoot && !card.shadowRoot.querySelector('[aria-busy="true"]'))
      );
    },
    `cards on ${path} did not finish loading`,
    { timeout: 8000 },
  );
  expect(errors, `errors on ${path}`).to.deep.equal([]);
  return doc;
}

describe('the demo pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the blog post shows every seed exercise it embeds, with no error message', async () => {
    const doc = await openPage('/demo/blog.html');
    const cards = [...doc.querySelectorAll('exercise-card')];
    expect(cards.length).to.be.greaterThan(8);
    for (const card of cards) {
      expect(card.shadowRoot!.querySelector('[role="alert"]'), card.getAttribute('src') ?? 'inline').to.equal(
        null,
      );
      expect(card.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.not.equal('');
    }
    expect(doc.querySelectorAll('rep-counter').length).to.be.greaterThan(0);
  });

  it('the clinic page runs the seed routines in the player, and switches program', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '420px';
    frame.style.height = '800px';
    frame.src = '/demo/clinic.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const player = () => doc.querySelector('routine-player');
    const overview = () => player()?.shadowRoot?.querySelector('[part~="overview"]')?.textContent ?? '';
    await waitUntil(() => overview().includes('Knee wags'), 'the hip routine overview did not show');
    expect(player()!.shadowRoot!.querySelector('[part~="start"]')).to.not.equal(null);
    const select = doc.querySelector('select#routine') as HTMLSelectElement;
    select.value = 'banded-glute-exercises';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => /band/i.test(overview()), 'the program did not switch');
  });

  it('the language menu switches the widgets to Spanish and Arabic (right to left)', async () => {
    const doc = await openPage('/demo/blog.html?lang=es');
    const card = doc.querySelector('exercise-card')!;
    await waitUntil(() => !card.shadowRoot!.textContent!.includes('How to do it'), 'card stayed English');
    expect(doc.documentElement.lang).to.equal('es');
    const menu = doc.querySelector('header select') as HTMLSelectElement;
    menu.value = 'ar';
    menu.dispatchEvent(new Event('change'));
    await waitUntil(
      () => card.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('dir') === 'rtl',
      'not RTL',
    );
    // The demo's own English prose keeps its language and its direction; only the widgets switch.
    const prose = [...doc.querySelectorAll('main h1, main h2, main p')];
    expect(prose.length).to.be.greaterThan(3);
    expect(
      prose.filter(
        (el) =>
          getComputedStyle(el).direction !== 'ltr' || el.closest('[lang]')!.getAttribute('lang') !== 'en',
      ),
    ).to.deep.equal([]);
  });

  it('the playground shows validation messages with their paths', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/demo/playground.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#result')?.textContent?.includes('Valid'), 'sample not checked');
    const load = doc.querySelector<HTMLSelectElement>('#load')!;
    load.value = 'broken';
    load.dispatchEvent(new Event('change'));
    await waitUntil(() => doc.querySelectorAll('#result li').length > 0, 'no messages shown');
    const messages = [...doc.querySelectorAll('#result li')].map((li) => li.textContent);
    expect(messages.join('\n')).to.include('sections[1].kind');
    expect(doc.querySelector('#parsed')?.textContent).to.include('"side": "each"');
  });
});
