import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { LibraryPanel } from '../../src/routine-editor/library-panel.component.js';
import type { ExLibraryPickDetail } from '../../src/internal/events.js';

// The class never registers itself; the editor does, with the guarded define.
LibraryPanel.define('test-library-panel');

const LIBRARY = '/test/fixtures/library/mini-library.json';

function part(el: LibraryPanel, name: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}
const names = (el: LibraryPanel) =>
  Array.from(el.shadowRoot!.querySelectorAll('.result-name')).map((n) => n.textContent!.trim());
const status = (el: LibraryPanel) =>
  (el.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openPanel(src = LIBRARY): Promise<LibraryPanel> {
  const el = await fixture<LibraryPanel>(html`<test-library-panel src=${src}></test-library-panel>`);
  part(el, 'toggle').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.result') || /could not/i.test(status(el)), 'settled');
  return el;
}

async function type(el: LibraryPanel, selector: string, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
  await el.updateComplete;
}

describe('<library-panel>', () => {
  afterEach(() => sinon.restore());

  it('loads nothing until the author opens it, then lists the library', async () => {
    const fetch = sinon.spy(window, 'fetch');
    const el = await fixture<LibraryPanel>(html`<test-library-panel src=${LIBRARY}></test-library-panel>`);
    expect(fetch.called).to.equal(false);
    expect(part(el, 'toggle').getAttribute('aria-expanded')).to.equal('false');
    part(el, 'toggle').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.result'), 'results shown');
    expect(fetch.callCount).to.equal(1);
    expect(part(el, 'toggle').getAttribute('aria-expanded')).to.equal('true');
    expect(names(el)).to.have.length(8);
    expect(status(el)).to.include('Exercises found: 8');
    expect(el.shadowRoot!.querySelector('.credit')!.textContent).to.include('Free Exercise DB');
  });

  it('keeps what it loaded when closed and opened again', async () => {
    const el = await openPanel();
    const fetch = sinon.spy(window, 'fetch');
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.result')).to.equal(null);
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(names(el)).to.have.length(8);
    expect(fetch.called).to.equal(false);
  });

  it('finds exercises by name, best match first', async () => {
    const el = await openPanel();
    await type(el, '#query', 'bridge');
    expect(names(el)).to.deep.equal(['Side Bridge', 'Butt Lift (Bridge)', 'Barbell Glute Bridge']);
    expect(status(el)).to.include('Exercises found: 3');
  });

  it('narrows by target area and by equipment', async () => {
    const el = await openPanel();
    await type(el, '#area', 'glutes');
    expect(names(el)).to.deep.equal(['Barbell Glute Bridge', 'Butt Lift (Bridge)']);
    await type(el, '#equipment', 'none');
    expect(names(el)).to.deep.equal(['Butt Lift (Bridge)']);
    await type(el, '#area', '');
    await type(el, '#equipment', 'dumbbell');
    expect(names(el)).to.deep.equal(['Hammer Curls']);
  });

  it('says so when nothing matches', async () => {
    const el = await openPanel();
    await type(el, '#query', 'trampoline');
    expect(names(el)).to.deep.equal([]);
    expect(status(el)).to.include('No exercise matches');
  });

  it('says when it lists only the first results', async () => {
    const el = await openPanel();
    el.limit = 2;
    await el.updateComplete;
    expect(names(el)).to.have.length(2);
    expect(status(el)).to.include('Exercises found: 8').and.include('Showing the first 2');
  });

  it('adds an exercise by mouse: ex-library-pick carries it with absolute picture addresses', async () => {
    const el = await openPanel();
    await type(el, '#query', 'plank');
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
    expect(button.getAttribute('aria-label')).to.equal('Add Plank');
    setTimeout(() => button.click());
    const event = (await oneEvent(el, 'ex-library-pick')) as CustomEvent<ExLibraryPickDetail>;
    const { exercise } = event.detail;
    expect(exercise.name).to.equal('Plank');
    expect(exercise.dosage).to.equal(undefined);
    expect(exercise.media!.images![0]!.src).to.equal(
      new URL('/test/fixtures/library/images/Plank/0.jpg', location.href).href,
    );
    await el.updateComplete;
    expect(status(el)).to.include('Added Plank');
  });

  it('adds an exercise by keyboard: type, arrow down into the list, Enter', async () => {
    const el = await openPanel();
    el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.focus();
    await sendKeys({ type: 'squat' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Bodyweight Squat']);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal('Add Bodyweight Squat');
    const picked = oneEvent(el, 'ex-library-pick') as Promise<CustomEvent<ExLibraryPickDetail>>;
    await sendKeys({ press: 'Enter' });
    expect((await picked).detail.exercise.id).to.equal('Bodyweight_Squat');
  });

  it('moves between results with the arrow keys, Home and End', async () => {
    const el = await openPanel();
    const buttons = () => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.add'));
    buttons()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons()[1]);
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons()[7]);
    await sendKeys({ press: 'Home' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('query');
  });

  it('leaves out an invalid entry and tells the author', async () => {
    const entries = [{ id: 'a', name: 'Arm circles' }, { id: 'broken' }, { id: 'b', name: 'Bird dog' }];
    sinon.stub(window, 'fetch').resolves(new Response(JSON.stringify(entries), { status: 200 }));
    sinon.stub(console, 'warn');
    const el = await fixture<LibraryPanel>(
      html`<test-library-panel src="/library.json"></test-library-panel>`,
    );
    const warned = oneEvent(el, 'ex-warning');
    part(el, 'toggle').click();
    const event = await warned;
    expect(event.detail.warnings[0].path).to.equal('exercises[1]');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Arm circles', 'Bird dog']);
  });

  it('says in words when the library cannot be loaded, fires ex-error and offers to try again', async () => {
    const el = await fixture<LibraryPanel>(
      html`<test-library-panel src="/test/fixtures/library/missing.json"></test-library-panel>`,
    );
    const failed = oneEvent(el, 'ex-error');
    part(el, 'toggle').click();
    const event = await failed;
    expect(event.detail.kind).to.equal('load');
    await el.updateComplete;
    expect(status(el)).to.match(/Could not load data from .*missing\.json.*404/);
    const retry = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) =>
      b.textContent!.includes('Try again'),
    );
    expect(retry, 'a Try again button').to.not.equal(undefined);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#query')!.disabled).to.equal(true);
  });

  it('shows "Loading" while the file is on its way', async () => {
    let release: (r: Response) => void = () => {};
    sinon.stub(window, 'fetch').returns(new Promise<Response>((resolve) => (release = resolve)));
    const el = await fixture<LibraryPanel>(html`<test-library-panel src=${LIBRARY}></test-library-panel>`);
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(status(el)).to.include('Loading the exercise library');
    release(new Response(JSON.stringify([{ id: 'a', name: 'Arm circles' }]), { status: 200 }));
    await waitUntil(() => names(el).length === 1, 'listed');
    expect(names(el)).to.deep.equal(['Arm circles']);
  });

  it('is accessible open, with results, and closed', async () => {
    const el = await openPanel();
    await expect(el).to.be.accessible();
    await type(el, '#query', 'trampoline');
    await expect(el).to.be.accessible();
    part(el, 'toggle').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
