import { expect, waitUntil } from '@open-wc/testing';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';

const title = (el: ExerciseCard) => el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim();

function inlineScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

describe('<exercise-card> inline data after other sources', () => {
  it('shows an inline script a CMS adds after the `exercise` property was cleared', async () => {
    const el = document.createElement('exercise-card');
    el.exercise = { id: 'plank', name: 'Plank' };
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(title(el)).to.equal('Plank');
      el.exercise = undefined;
      await el.updateComplete;
      el.append(inlineScript('{"id":"late","name":"Late"}'));
      await waitUntil(() => title(el) === 'Late', 'the late inline script was not picked up');
    } finally {
      el.remove();
    }
  });

  it('keeps showing the property’s exercise when an inline script is added beside it', async () => {
    const el = document.createElement('exercise-card');
    el.exercise = { id: 'plank', name: 'Plank' };
    document.body.append(el);
    try {
      await el.updateComplete;
      el.append(inlineScript('{"id":"other","name":"Other"}'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(title(el)).to.equal('Plank');
    } finally {
      el.remove();
    }
  });
});
