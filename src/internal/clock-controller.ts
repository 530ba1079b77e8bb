import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockOptions {
  /** Called with the current time on each wake-up: at the deadline, and on every display step before it. */
  onWake: (now: number) => void;
  /** Clock source, in ms; `Date.now` by default so time asleep (a closed laptop) still passes. */
  now?: () => number;
}

/**
 * Wakes its host at a deadline, given as a timestamp. A hold started at t ends at t + hold whatever the
 * tab did in between: the controller sets one `setTimeout` towards the deadline, and on each wake (and
 * whenever the page becomes visible again, since background tabs throttle timers) it reads the clock and
 * calls back with `now`; the host's reducer decides whether the deadline passed. With `stepMs`, it also
 * wakes each time the whole steps left change (a seconds countdown), so a display can follow without a
 * frame loop. Only one deadline is pending at a time; `schedule` replaces it.
 *
 * Nothing outlives the host's connection: `hostDisconnected` clears the timer and the visibility
 * listener. The deadline itself is kept, so a host moved in the DOM re-arms it on reconnection.
 */
export class ClockController implements ReactiveController {
  private readonly onWake: (now: number) => void;
  private readonly clock: () => number;
  private deadline: number | null = null;
  private stepMs = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  private listening = false;

  constructor(host: ReactiveControllerHost, options: ClockOptions) {
    this.onWake = options.onWake;
    this.clock = options.now ?? (() => Date.now());
    host.addController(this);
  }

  /** The current time on this controller's clock. */
  now(): number {
    return this.clock();
  }

  /** True while a timer is pending (for tests and diagnostics). */
  get live(): boolean {
    return this.timer !== undefined;
  }

  /** The pending deadline, or null. */
  get pending(): number | null {
    return this.deadline;
  }

  /**
   * Wakes the host at `deadline` (null cancels). With `stepMs`, wakes also whenever the number of whole
   * steps left changes, e.g. 1000 for a seconds countdown.
   */
  schedule(deadline: number | null, stepMs = 0): void {
    this.deadline = deadline;
    this.stepMs = stepMs > 0 ? stepMs : 0;
    this.arm();
  }

  /** Drops the pending deadline and its timer. */
  cancel(): void {
    this.schedule(null);
  }

  hostConnected(): void {
    this.connected = true;
    if (!this.listening && typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', this.onVisibility);
      this.listening = true;
    }
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.clearTimer();
    if (this.listening) {
      document.removeEventListener('visibilitychange', this.onVisibility);
      this.listening = false;
    }
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.deadline !== null) this.wake();
  };

  private arm(): void {
    this.clearTimer();
    if (!this.connected || this.deadline === null) return;
    const left = this.deadline - this.clock();
    // The next moment the whole steps left change; a timer may fire early or late, the wake re-reads time.
    const delay = this.stepMs > 0 && left > this.stepMs ? left % this.stepMs || this.stepMs : left;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.wake();
      },
      Math.max(0, delay),
    );
  }

  private wake(): void {
    const before = this.deadline;
    this.onWake(this.clock());
    // A host whose deadline moved has scheduled again. Otherwise keep waiting for a deadline still ahead
    // (an early or step wake-up); one already passed and left in place is not retried in a loop.
    if (this.deadline === before && before !== null && before > this.clock()) this.arm();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
