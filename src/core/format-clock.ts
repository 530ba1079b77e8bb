/**
 * `formatClock(ms, locale)`: a countdown as a clock face, "0:45", "12:05", "1:02:03", with the locale's
 * digits. The separator stays ":" (what timers show in every locale we target); only digits localize.
 * Time is rounded up to whole seconds, so a countdown shows "0:01" until it really ends and never
 * reads "0:00" while time is left. Negative or non-finite input reads as zero.
 */
export function formatClock(ms: number, locale?: string): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const plain = numberFormat(locale, 1);
  const padded = numberFormat(locale, 2);
  return hours > 0
    ? `${plain.format(hours)}:${padded.format(minutes)}:${padded.format(seconds)}`
    : `${plain.format(minutes)}:${padded.format(seconds)}`;
}

function numberFormat(locale: string | undefined, digits: number): Intl.NumberFormat {
  const options: Intl.NumberFormatOptions = { minimumIntegerDigits: digits, useGrouping: false };
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    // A malformed locale tag: fall back to the default locale rather than throw in a render.
    return new Intl.NumberFormat(undefined, options);
  }
}
