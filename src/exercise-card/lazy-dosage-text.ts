/**
 * The card's `prepare` for its DocumentLoader: data with a dosage written as text needs the dosage text
 * parser, which a card's page downloads only then (most cards carry structured dosage or none). One
 * fixed `import()`, so every bundler splits it out; after it arrived, every card validates at once.
 */
import { dosageTextReader, hasDosageText } from '../data/dosage-text-reader.js';

export function loadDosageTextReaderFor(input: unknown): Promise<void> | undefined {
  if (dosageTextReader() || !hasDosageText(input)) return undefined;
  return import('../data/plug-dosage-text-reader.js').then((module) => module.plugInDosageTextReader());
}
