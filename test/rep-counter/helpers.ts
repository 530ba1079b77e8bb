import sinon from 'sinon';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import type { ClockController } from '../../src/internal/clock-controller.js';

/** Fakes every timer and clock source the counter uses; install it after `fixture()` resolved. */
export function fakeClock(now = 1_000_000): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now,
    shouldAdvanceTime: false,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
}

export const part = (el: RepCounter, name: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

export const tapButton = (el: RepCounter): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!;

/** A secondary button by its visible text, or null when it is not shown. */
export function controlButton(el: RepCounter, text: string): HTMLButtonElement | null {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="controls"] button')];
  return buttons.find((b) => b.textContent?.trim() === text) ?? null;
}

export async function tap(el: RepCounter, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) tapButton(el).click();
  await el.updateComplete;
}

export async function press(el: RepCounter, text: string): Promise<void> {
  const button = controlButton(el, text);
  if (!button) throw new Error(`no "${text}" button`);
  button.click();
  await el.updateComplete;
}

export const countText = (el: RepCounter): string => part(el, 'count').textContent!.trim();
/** The target as seen ("/ 10–15"): without the words only screen readers get. */
export function targetText(el: RepCounter): string {
  const target = part(el, 'button').querySelector('.target')!.cloneNode(true) as HTMLElement;
  target.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return target.textContent!.replace(/\s+/g, ' ').trim();
}

export const statusText = (el: RepCounter): string =>
  part(el, 'status').textContent!.replace(/\s+/g, ' ').trim();
export const announced = (el: RepCounter): string =>
  el
    .shadowRoot!.querySelector('[role="status"]')!
    .textContent!.replace(/\u00a0/g, '')
    .trim();

/** The element's clock controller, for asserting that no timer is left. */
export const clockOf = (el: RepCounter): ClockController =>
  (el as unknown as { clock: ClockController }).clock;

/** Records the detail of each event the counter fires, in order, as [name, detail]. */
export function recordEvents(el: EventTarget): Array<[string, unknown]> {
  const log: Array<[string, unknown]> = [];
  for (const name of ['ex-rep', 'ex-set-complete', 'ex-side-change', 'ex-complete']) {
    el.addEventListener(name, (e) => log.push([name, (e as CustomEvent).detail]));
  }
  return log;
}

/** Fires `visibilitychange` as a tab coming back to the front (test tabs may really be in the background). */
export function becomeVisible(): void {
  const stub = sinon.stub(document, 'visibilityState').get(() => 'visible');
  document.dispatchEvent(new Event('visibilitychange'));
  stub.restore();
}
