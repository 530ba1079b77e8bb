import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of `navigator.wakeLock` this controller uses (kept narrow so older typings still compile). */
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}
interface WakeLockSentinelLike {
  release(): Promise<void>;
  addEventListener?(type: 'release', listener: () => void): void;
}

export interface WakeLockOptions {
  /** Called once per controller when the browser has no Screen Wake Lock (or refuses it). */
  onUnsupported?: () => void;
}

/**
 * Keeps the screen awake while the host wants it (a routine player while it runs).
 *
 * The host says what it wants with `want(true | false)`; the controller does the rest. A lock is asked
 * for while wanted, connected and visible. Browsers drop the lock when the page is hidden, so it is
 * asked for again on `visibilitychange` back to visible. It is released when no longer wanted (pause,
 * finish) and on disconnect. Without the API, or when the request is refused (no user activation, a
 * policy, battery saver), the host is told once through `onUnsupported` and nothing else changes.
 */
export class WakeLockController implements ReactiveController {
  private readonly onUnsupported: (() => void) | undefined;
  private wanted = false;
  private connected = false;
  private sentinel: WakeLockSentinelLike | undefined;
  /** Counts requests, so a lock granted after it stopped being wanted is released at once. */
  private request = 0;
  private told = false;
  /** True while a request is on its way, so a burst of updates asks only once. */
  private pending = false;

  constructor(host: ReactiveControllerHost, options: WakeLockOptions = {}) {
    this.onUnsupported = options.onUnsupported;
    host.addController(this);
  }

  /** True while a lock is held (for tests and diagnostics). */
  get held(): boolean {
    return this.sentinel !== undefined;
  }

  /** Whether the API exists in this browser. */
  static get supported(): boolean {
    return typeof navigator !== 'undefined' && typeof wakeLockOf(navigator)?.request === 'function';
  }

  /** Asks for (true) or gives up (false) the screen lock. Safe to call on every update. */
  want(wanted: boolean): void {
    if (wanted === this.wanted) return;
    this.wanted = wanted;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  private readonly onVisibility = (): void => {
    // Browsers drop the lock while hidden: let it go with them, and take it again on return.
    this.sync();
  };

  private sync(): void {
    const should = this.wanted && this.connected && document.visibilityState !== 'hidden';
    if (should && !this.sentinel && !this.pending) void this.acquire();
    if (!should) this.release();
  }

  private async acquire(): Promise<void> {
    this.pending = true;
    let superseded = false;
    try {
      // Never report back in the middle of the host's update (hosts call `want` from `updated`).
      await Promise.resolve();
      if (!this.sentinel && this.wanted && this.connected) superseded = await this.requestLock();
    } finally {
      this.pending = false;
    }
    // Given up and wanted again while the request was on its way: ask once more.
    if (superseded) this.sync();
  }

  /** Asks for the lock; true when it was given up meanwhile (and released again). */
  private async requestLock(): Promise<boolean> {
    const api = typeof navigator !== 'undefined' ? wakeLockOf(navigator) : undefined;
    if (!api || typeof api.request !== 'function') {
      this.tellUnsupported();
      return false;
    }
    const request = ++this.request;
    try {
      const sentinel = await api.request('screen');
      if (request !== this.request || this.sentinel) {
        void sentinel.release().catch(() => undefined);
        return true;
      }
      this.sentinel = sentinel;
      sentinel.addEventListener?.('release', () => {
        if (this.sentinel === sentinel) this.sentinel = undefined;
      });
    } catch {
      if (request === this.request) this.tellUnsupported();
    }
    return false;
  }

  private release(): void {
    this.request++;
    const sentinel = this.sentinel;
    this.sentinel = undefined;
    if (!sentinel) return;
    try {
      void sentinel.release().catch(() => undefined);
    } catch {
      // Already released by the browser.
    }
  }

  private tellUnsupported(): void {
    if (this.told) return;
    this.told = true;
    this.onUnsupported?.();
  }
}

function wakeLockOf(nav: Navigator): WakeLockLike | undefined {
  return (nav as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
}
