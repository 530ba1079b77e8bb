/**
 * `formatDuration(seconds, locale)`: an elapsed time in words the locale uses, "1 min, 5 sec",
 * "1 دقيقة و5 ثوانٍ". `Intl.DurationFormat` writes it where the browser has it; elsewhere the fallback
 * builds the same shape from `Intl.NumberFormat` units joined by `Intl.ListFormat`'s unit lists, which
 * is what DurationFormat does inside. Timers show clocks instead (format-clock.ts).
 */

/** How long the unit names are: `short` ("5 sec") or `long` ("5 seconds"). */
export type DurationStyle = 'short' | 'long' | 'narrow';

interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

interface DurationFormatLike {
  format(duration: Partial<DurationParts>): string;
}
type DurationFormatConstructor = new (
  locale?: string,
  options?: { style?: DurationStyle },
) => DurationFormatLike;

/** Whole seconds as hours, minutes and seconds; zero parts left out, "0 sec" for nothing. */
export function formatDuration(seconds: number, locale?: string, style: DurationStyle = 'short'): string {
  const parts = split(seconds);
  const tag = safeLocale(locale);
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  const present = Object.fromEntries(Object.entries(parts).filter(([, value]) => value > 0));
  // DurationFormat writes nothing for a zero duration; "0 sec" comes from the fallback.
  if (typeof DurationFormat === 'function' && Object.keys(present).length > 0) {
    try {
      return new DurationFormat(tag, { style }).format(present);
    } catch {
      // An engine whose DurationFormat rejects the input: the fallback writes the same thing.
    }
  }
  return formatDurationFallback(seconds, tag, style);
}

/** The fallback for engines without `Intl.DurationFormat`; exported so it can be tested directly. */
export function formatDurationFallback(
  seconds: number,
  locale?: string,
  style: DurationStyle = 'short',
): string {
  const tag = safeLocale(locale);
  const parts = split(seconds);
  const units: Array<[keyof DurationParts, 'hour' | 'minute' | 'second']> = [
    ['hours', 'hour'],
    ['minutes', 'minute'],
    ['seconds', 'second'],
  ];
  const words = units
    .filter(([key]) => parts[key] > 0)
    .map(([key, unit]) =>
      new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: style }).format(parts[key]),
    );
  if (words.length === 0) {
    words.push(new Intl.NumberFormat(tag, { style: 'unit', unit: 'second', unitDisplay: style }).format(0));
  }
  try {
    return new Intl.ListFormat(tag, { type: 'unit', style }).format(words);
  } catch {
    return words.join(' ');
  }
}

function split(seconds: number): DurationParts {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  return { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

function safeLocale(locale: string | undefined): string {
  try {
    return (locale && Intl.getCanonicalLocales(locale)[0]) || 'en';
  } catch {
    return 'en';
  }
}
