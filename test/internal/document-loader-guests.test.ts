// Issue 17: what the shared DocumentLoader does for both its hosts, the card and the player. Messages
// follow a later change of the page's language, and partial data is shown with what was left out
// reported to the author.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card/exercise-card.js';
import '../../src/routine-player/routine-player.js';
import type { ExWarningDetail } from '../../src/internal/events.js';
import { mount, settle, setPageLang, unmountAll } from '../i18n/helpers.js';

const ARABIC = /[\u0600-\u06FF]/;

type Host = HTMLElement & { updateComplete: Promise<unknown>; status: string; debug: boolean };

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

afterEach(() => {
  unmountAll();
  sinon.restore();
});

describe('messages follow a later change of language', () => {
  const hosts: Array<[string, string, unknown]> = [
    ['exercise-card', 'exercise', { id: 'x', name: 42 }],
    ['routine-player', 'routine', { id: 'r', title: 'Hips', sections: 'none' }],
  ];
  for (const [tag, property, invalid] of hosts) {
    it(`<${tag}>: created just after the page switched from Arabic to English`, async () => {
      const restore = setPageLang('ar');
      try {
        const root = mount(html``);
        // A first element brings the Arabic catalog in.
        const first = document.createElement(tag) as Host;
        (first as unknown as Record<string, unknown>)[property] = invalid;
        root.append(first);
        await waitUntil(() => first.status === 'error', 'no error shown');
        await settle('ar', first);
        expect(shown(first)).to.match(ARABIC);
        // The page switches; the next element arrives while the Arabic catalog is still the active one.
        document.documentElement.setAttribute('lang', 'en');
        const el = document.createElement(tag) as Host;
        (el as unknown as Record<string, unknown>)[property] = invalid;
        root.append(el);
        await settle('en', el, first);
        await el.updateComplete;
        expect(shown(el), 'no Arabic left in the message').to.not.match(ARABIC);
        expect(shown(first), 'nor in the first one').to.not.match(ARABIC);
        expect(shown(el)).to.match(/data has 1 problem/);
      } finally {
        restore();
      }
    });
  }
});

describe('<routine-player> with partial data', () => {
  it('shows a routine whose exercise has an unknown level, and tells the author', async () => {
    sinon.stub(console, 'warn');
    const el = document.createElement('routine-player') as Host & { routine: unknown };
    const warned = oneEvent(el, 'ex-warning') as Promise<CustomEvent<ExWarningDetail>>;
    el.routine = {
      id: 'r',
      title: 'Hips',
      sections: [
        {
          title: 'Main',
          kind: 'main',
          items: [
            { exercise: { id: 'a', name: 'Knee wags', difficulty: 'expert', steps: ['Rock.', ' '] } },
            { exercise: { id: 'b', name: 'Bridge' } },
          ],
        },
      ],
    };
    el.debug = true;
    mount(html``).append(el);
    const { detail } = await warned;
    expect(detail.warnings.map((w) => w.path)).to.deep.equal([
      'sections[0].items[0].exercise.steps[1]',
      'sections[0].items[0].exercise.difficulty',
    ]);
    await waitUntil(() => shown(el).includes('Knee wags'), 'the overview did not show');
    expect(el.shadowRoot!.querySelector('[part~="warnings"]'), 'listed while debug is set').to.not.equal(
      null,
    );
  });

  it('leaves out an item without a name, but refuses a routine whose only item has none', async () => {
    sinon.stub(console, 'warn');
    const section = (items: unknown[]) => ({
      id: 'r',
      title: 'Hips',
      sections: [{ title: 'Main', kind: 'main', items }],
    });
    const partial = document.createElement('routine-player') as Host & { routine: unknown };
    partial.routine = section([{ exercise: { id: 'a' } }, { exercise: { id: 'b', name: 'Bridge' } }]);
    const refused = document.createElement('routine-player') as Host & { routine: unknown };
    refused.routine = section([{ exercise: { id: 'a' } }]);
    mount(html``).append(partial, refused);
    await waitUntil(() => partial.status === 'ready' && refused.status === 'error');
    expect(shown(partial)).to.include('Bridge');
    expect(shown(refused)).to.include('needs "name"');
  });
});
