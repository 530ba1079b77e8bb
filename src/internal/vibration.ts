/** Vibration patterns (ms on, off, on…) per cue: distinct by rhythm, since a phone may be in a pocket. */
export const VIBRATION_PATTERNS = {
  tick: [30],
  side: [80, 60, 80],
  set: [160],
  go: [60, 40, 60],
  complete: [100, 50, 100, 50, 220],
} as const satisfies Record<string, readonly number[]>;

/** Vibrates where the Vibration API exists; returns false (and does nothing else) where it does not. */
export function vibrate(pattern: readonly number[]): boolean {
  try {
    const nav = globalThis.navigator as (Navigator & { vibrate?: Navigator['vibrate'] }) | undefined;
    if (typeof nav?.vibrate !== 'function') return false;
    // Before the reader has touched the page, browsers refuse (and log an error): a counter driven by
    // code, e.g. inside a story or a host's script, stays silent instead.
    if (nav.userActivation && !nav.userActivation.hasBeenActive) return false;
    return nav.vibrate([...pattern]);
  } catch {
    return false;
  }
}
