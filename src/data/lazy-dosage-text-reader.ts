/**
 * Loads the dosage text parser (plug-dosage-text-reader.ts) for an element whose data writes a dosage
 * as text: a card's `"dosage": "10–15 reps per side"`, a counter's `dosage="2 sets of 10 reps"`, a
 * routine's items. Most pages carry structured dosage or none and never download it. One fixed
 * `import()`, so every bundler splits it out; once it arrived, every element reads text at once.
 */
import { dosageTextReader, hasDosageText, type DosageTextReader } from './dosage-text-reader.js';

let loading: Promise<DosageTextReader> | undefined;

/** The parser: at once when it is plugged in, otherwise once downloaded. A failed load is tried again next time. */
export function loadDosageTextReader(): Promise<DosageTextReader> {
  const reader = dosageTextReader();
  if (reader) return Promise.resolve(reader);
  loading ??= import('./plug-dosage-text-reader.js').then(
    (module) => {
      module.plugInDosageTextReader();
      return dosageTextReader()!;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** A loader's `prepare`: the parser's download when `input` holds dosage or frequency text and it is not here yet. */
export function loadDosageTextReaderFor(input: unknown): Promise<unknown> | undefined {
  if (dosageTextReader() || !hasDosageText(input)) return undefined;
  return loadDosageTextReader();
}
