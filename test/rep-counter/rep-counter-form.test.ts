import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { controlButton, countText, tap, tapButton } from './helpers.js';

describe('<rep-counter> in a form', () => {
  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  async function checkInForm(attrs = ''): Promise<{ form: HTMLFormElement; el: RepCounter }> {
    // fixtureSync: a plain <form> would make fixture() wait for an animation frame, which a background
    // test tab never gets.
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <rep-counter name="bridges" target="3" side="each"></rep-counter><button>Send</button>
      </form>`,
    );
    const el = form.querySelector('rep-counter')!;
    for (const attr of attrs.split(' ').filter(Boolean)) el.setAttribute(attr, '');
    await el.updateComplete;
    return { form, el };
  }

  it('submits the reps under its name in the documented format', async () => {
    const { form, el } = await checkInForm();
    await tap(el, 4);
    expect(new FormData(form).get('bridges')).to.equal('reps=4;sets=0;left=3;right=1');
  });

  it('submits an empty value before the first rep', async () => {
    const { form } = await checkInForm();
    expect(new FormData(form).get('bridges')).to.equal('');
  });

  it('sends its value with a real submission', async () => {
    const { form, el } = await checkInForm();
    await tap(el, 6);
    let sent: string | null = null;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      sent = new FormData(form).get('bridges') as string;
    });
    form.requestSubmit();
    expect(sent).to.equal('reps=6;sets=1;left=3;right=3');
  });

  it('starts over on form.reset() without events', async () => {
    const { form, el } = await checkInForm();
    await tap(el, 2);
    const reps = sinon.spy();
    el.addEventListener('ex-rep', reps);
    form.reset();
    await el.updateComplete;
    expect([countText(el), el.value, new FormData(form).get('bridges'), reps.called]).to.deep.equal([
      '0',
      '',
      '',
      false,
    ]);
  });

  it('is missing a value while required and no rep is counted', async () => {
    const { form, el } = await checkInForm('required');
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity?.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Count at least one rep.');
    await tap(el);
    expect([form.checkValidity(), el.validity?.valueMissing]).to.deep.equal([true, false]);
  });

  it('ignores taps, keys and buttons while disabled, and submits nothing', async () => {
    const { form, el } = await checkInForm('disabled');
    expect(el.matches(':disabled')).to.equal(true);
    expect(tapButton(el).disabled).to.equal(true);
    tapButton(el).click();
    el.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(countText(el)).to.equal('0');
    expect(controlButton(el, 'Undo')!.disabled).to.equal(true);
    expect(new FormData(form).has('bridges')).to.equal(false);
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = fixtureSync<HTMLFormElement>(
      html`<form>
        <fieldset disabled><rep-counter name="x" target="3"></rep-counter></fieldset>
      </form>`,
    );
    const el = form.querySelector('rep-counter')!;
    await el.updateComplete;
    tapButton(el).click();
    await el.updateComplete;
    expect([tapButton(el).disabled, countText(el)]).to.deep.equal([true, '0']);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    await tap(el);
    expect(countText(el)).to.equal('1');
  });

  it('restores its count from the saved form state', async () => {
    const { el } = await checkInForm();
    await tap(el, 4);
    const saved = JSON.stringify({ ...(el as unknown as { counter: object }).counter, previous: null });
    const { el: fresh } = await checkInForm();
    fresh.formStateRestoreCallback(saved);
    await fresh.updateComplete;
    expect([fresh.value, countText(fresh)]).to.deep.equal(['reps=4;sets=0;left=3;right=1', '1']);
  });

  it('ignores a form state it cannot read', async () => {
    const { el } = await checkInForm();
    el.formStateRestoreCallback('not json');
    el.formStateRestoreCallback('{"phase":"nope"}');
    await el.updateComplete;
    expect(el.value).to.equal('');
  });
});
