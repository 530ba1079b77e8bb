/**
 * Whatever throws inside an element's update becomes a message and an `ex-error`, never a blank element
 * or an exception in the page: the base class catches it (src/internal/exercise-element.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import sinon from 'sinon';
import '../../src/exercise-card/exercise-card.js';
import type { ExErrorDetail } from '../../src/internal/events.js';
import { ExerciseElement } from '../../src/internal/exercise-element.js';
import { RoutinePlayer } from '../../src/routine-player/routine-player.component.js';
import '../../src/routine-player/routine-player.js';

/** An element whose render throws while `broken` is set, and whose willUpdate throws on `brokenEarly`. */
class FragileElement extends ExerciseElement {
  static override properties = {
    ...ExerciseElement.properties,
    broken: { type: Boolean },
    brokenEarly: { type: Boolean },
  };
  declare broken: boolean;
  declare brokenEarly: boolean;
  constructor() {
    super();
    this.broken = false;
    this.brokenEarly = false;
  }
  protected override willUpdate(): void {
    if (this.brokenEarly) throw new RangeError('Invalid string length');
  }
  protected override render() {
    if (this.broken) throw new TypeError('Cannot read properties of undefined');
    return litHtml`<p class="content">Fine</p>`;
  }
}
customElements.define('fragile-element', FragileElement);

/** A player whose render throws once, the way a bug in a template would. */
class BrokenPlayer extends RoutinePlayer {
  static throwOnce = true;
  protected override render() {
    if (BrokenPlayer.throwOnce) {
      BrokenPlayer.throwOnce = false;
      throw new Error('a bug in a template');
    }
    return super.render();
  }
}
customElements.define('broken-player', BrokenPlayer);

function errorsOf(el: EventTarget): ExErrorDetail[] {
  const details: ExErrorDetail[] = [];
  el.addEventListener('ex-error', (e) => details.push((e as CustomEvent<ExErrorDetail>).detail));
  return details;
}

const alertText = (el: Element) =>
  el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('an element that fails while updating', () => {
  afterEach(() => sinon.restore());

  it('shows a message with role="alert" and fires ex-error of kind internal when render throws', async () => {
    sinon.stub(console, 'error');
    const el = document.createElement('fragile-element') as FragileElement;
    el.broken = true;
    const errors = errorsOf(el);
    await fixture(html`<div></div>`).then((host) => host.append(el));
    await el.updateComplete;
    expect(alertText(el)).to.equal(
      'This content could not be shown. Something went wrong while showing this content. Reloading the page may help.',
    );
    expect(errors).to.deep.equal([
      {
        kind: 'internal',
        message: 'Something went wrong while showing this content. Reloading the page may help.',
        errors: [],
      },
    ]);
  });

  it('catches a throw in willUpdate too, and shows its content again once an update gets through', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<FragileElement>(html`<fragile-element></fragile-element>`);
    const errors = errorsOf(el);
    el.brokenEarly = true;
    await el.updateComplete;
    expect(alertText(el)).to.contain('could not be shown');
    el.brokenEarly = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.content')?.textContent).to.equal('Fine');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.broken = true;
    await el.updateComplete;
    expect(errors.map((e) => e.kind)).to.deep.equal(['internal', 'internal']);
  });

  it('does not reject updateComplete, so no unhandled rejection reaches the page', async () => {
    sinon.stub(console, 'error');
    const el = await fixture<FragileElement>(html`<fragile-element></fragile-element>`);
    el.broken = true;
    let rejected = false;
    await el.updateComplete.catch(() => (rejected = true));
    expect(rejected).to.equal(false);
  });

  it('logs the error itself for the author', async () => {
    const log = sinon.stub(console, 'error');
    const el = await fixture<FragileElement>(html`<fragile-element id="x"></fragile-element>`);
    el.broken = true;
    await el.updateComplete;
    expect(log.firstCall.args[0]).to.equal('fragile-element#x: could not be shown');
    expect(log.firstCall.args[1]).to.be.instanceOf(TypeError);
  });

  it('a routine player with a bug in its template shows the message, and start() does not throw', async () => {
    sinon.stub(console, 'error');
    const el = document.createElement('broken-player') as BrokenPlayer;
    el.noPersist = true;
    el.routine = {
      id: 'r',
      title: 'R',
      sections: [
        // Structured dosage: validated at once, so the first render is the routine's, the one that throws.
        {
          title: 'Main',
          kind: 'main',
          items: [{ exercise: { id: 'a', name: 'A', dosage: { sets: 3, durationSeconds: 30 } } }],
        },
      ],
    };
    const errors = errorsOf(el);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(alertText(el)).to.contain('This content could not be shown.');
      expect(errors.map((e) => e.kind)).to.deep.equal(['internal']);
      expect(() => el.start()).not.to.throw();
      await el.updateComplete;
      // The next update got through: the player runs.
      expect(el.state.status).to.equal('running');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    } finally {
      el.remove();
    }
  });
});

describe('the 25 × 200 routine that crashed the player', () => {
  const section = (s: number) => ({
    title: `Section ${s}`,
    kind: 'main',
    items: Array.from({ length: 200 }, (_, i) => ({
      exercise: { id: `e${s}-${i}`, name: 'E', dosage: { sets: 100, reps: 1000, holdSeconds: 86_400 } },
    })),
  });
  const routine = { id: 'huge', title: 'Huge', sections: Array.from({ length: 25 }, (_, s) => section(s)) };

  it('is refused with a message and ex-error, and start() does not throw', async () => {
    const el = document.createElement('routine-player') as RoutinePlayer;
    el.noPersist = true;
    const errors = errorsOf(el);
    el.routine = routine as never;
    document.body.append(el);
    try {
      await el.updateComplete;
      await el.updateComplete;
      expect(el.phase).to.equal('error');
      expect(alertText(el)).to.contain('This routine could not be shown.');
      expect(alertText(el)).to.contain('sections: must have at most 20 entries');
      expect(errors.map((e) => e.kind)).to.deep.equal(['invalid']);
      expect(() => el.start()).not.to.throw();
    } finally {
      el.remove();
    }
  });
});
