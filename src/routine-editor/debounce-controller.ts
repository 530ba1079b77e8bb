import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `callback` once the calls to `schedule()` have paused for `delay` ms: typing stays fast on a long
 * routine because the text is read once per pause, not once per key. The timer is the controller's own
 * and never outlives the element: on disconnect it is either run now (`flushOnDisconnect`, for work
 * that must not be lost, such as saving a draft) or dropped.
 */
export class DebounceController implements ReactiveController {
  readonly #delay: number;
  readonly #callback: () => void;
  readonly #flushOnDisconnect: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    delay: number,
    callback: () => void,
    options: { flushOnDisconnect?: boolean } = {},
  ) {
    this.#delay = delay;
    this.#callback = callback;
    this.#flushOnDisconnect = options.flushOnDisconnect ?? false;
    host.addController(this);
  }

  /** Whether a call is waiting. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
  }

  /** Runs the waiting call now, if there is one. */
  flush(): void {
    if (this.#timer === undefined) return;
    this.cancel();
    this.#callback();
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostDisconnected(): void {
    if (this.#flushOnDisconnect) this.flush();
    else this.cancel();
  }
}
