import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { ClockController } from '../../src/internal/clock-controller.js';
import { becomeVisible, fakeClock } from './helpers.js';

class ClockHost extends LitElement {
  wakes: number[] = [];
  clock = new ClockController(this, { onWake: (now) => this.wakes.push(now) });
}
customElements.define('clock-host-test', ClockHost);

describe('ClockController', () => {
  let clock: sinon.SinonFakeTimers;
  afterEach(() => clock?.restore());

  it('wakes its host at the deadline with the time', async () => {
    const host = await fixture<ClockHost>(html`<clock-host-test></clock-host-test>`);
    clock = fakeClock(0);
    host.clock.schedule(3000);
    clock.tick(2999);
    expect(host.wakes).to.deep.equal([]);
    clock.tick(1);
    expect(host.wakes).to.deep.equal([3000]);
  });

  it('wakes on every whole step before the deadline when asked to', async () => {
    const host = await fixture<ClockHost>(html`<clock-host-test></clock-host-test>`);
    clock = fakeClock(0);
    host.clock.schedule(2500, 1000);
    clock.tick(3000);
    expect(host.wakes).to.deep.equal([500, 1500, 2500]);
    expect(host.clock.live).to.equal(false);
  });

  it('replaces the deadline on schedule and drops it on cancel', async () => {
    const host = await fixture<ClockHost>(html`<clock-host-test></clock-host-test>`);
    clock = fakeClock(0);
    host.clock.schedule(1000);
    host.clock.schedule(2000);
    clock.tick(1500);
    expect(host.wakes).to.deep.equal([]);
    host.clock.cancel();
    clock.tick(5000);
    expect([host.wakes, host.clock.live, clock.countTimers()]).to.deep.equal([[], false, 0]);
  });

  it('re-checks the time when the page becomes visible', async () => {
    const host = await fixture<ClockHost>(html`<clock-host-test></clock-host-test>`);
    clock = fakeClock(0);
    host.clock.schedule(10_000);
    clock.setSystemTime(12_000);
    becomeVisible();
    expect(host.wakes).to.deep.equal([12_000]);
  });

  it('stops its timer and its visibility listener on disconnect, and re-arms on reconnect', async () => {
    const host = await fixture<ClockHost>(html`<clock-host-test></clock-host-test>`);
    clock = fakeClock(0);
    host.clock.schedule(1000);
    const parent = host.parentElement!;
    host.remove();
    expect([host.clock.live, clock.countTimers()]).to.deep.equal([false, 0]);
    clock.setSystemTime(5000);
    becomeVisible();
    expect(host.wakes).to.deep.equal([]);
    parent.append(host);
    clock.tick(0);
    expect(host.wakes).to.deep.equal([5000]);
  });
});
