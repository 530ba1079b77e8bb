/**
 * Stories put widgets into running states by calling their methods, not by real taps. Chrome refuses
 * `navigator.vibrate` before the reader has touched the page and logs a console error each time; on
 * a real page the first tap comes first. For the length of a story, vibration becomes a silent no-op
 * (returning false, as the API does when it refuses). Returns the cleanup for `beforeEach`.
 */
export function silenceVibration(): () => void {
  const nav = navigator as Navigator & { vibrate?: Navigator['vibrate'] };
  if (typeof nav.vibrate !== 'function') return () => {};
  const own = Object.getOwnPropertyDescriptor(nav, 'vibrate');
  Object.defineProperty(nav, 'vibrate', { configurable: true, writable: true, value: () => false });
  return () => {
    if (own) Object.defineProperty(nav, 'vibrate', own);
    else delete (nav as { vibrate?: unknown }).vibrate;
  };
}
