/**
 * Re-renders every connected element once a new UI catalog has loaded. @lit/localize's
 * `updateWhenLocaleChanges` does this with one window listener per element, added on connect and
 * removed on disconnect; a page of a thousand cards paid for a thousand of them. Here one listener
 * serves every element: added with the first to connect, removed with the last to disconnect.
 */
import { LOCALE_STATUS_EVENT } from '@lit/localize';

interface Updatable {
  requestUpdate(): void;
}

const following = new Set<Updatable>();

function onLocaleStatus(event: Event): void {
  if ((event as CustomEvent<{ status?: string }>).detail?.status !== 'ready') return;
  refreshFollowers();
}

/** Re-renders every connected element now: something they render from (a dosage word table) arrived. */
export function refreshFollowers(): void {
  following.forEach((element) => element.requestUpdate());
}

/** Starts re-rendering `element` on locale changes; call from `connectedCallback`. */
export function followLocaleChanges(element: Updatable): void {
  if (following.size === 0) globalThis.addEventListener?.(LOCALE_STATUS_EVENT, onLocaleStatus);
  following.add(element);
}

/** Stops it; call from `disconnectedCallback`. */
export function unfollowLocaleChanges(element: Updatable): void {
  if (following.delete(element) && following.size === 0) {
    globalThis.removeEventListener?.(LOCALE_STATUS_EVENT, onLocaleStatus);
  }
}
