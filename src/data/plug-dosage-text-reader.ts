/** Plugs the dosage text parser of src/core into the dosage schema (see dosage-text-reader.ts). */
import { readDosage, type DosageReading } from '../core/parse-dosage.js';
import { parseFrequency } from '../core/parse-frequency.js';
import { useDosageTextReader } from './dosage-text-reader.js';

/**
 * The lines validated lately, with their readings as JSON. A page often says the same line many times
 * (a routine's "10 reps", cards imported with one dosage per category), and reading a line was about
 * half of validating a card: each line is read once per page. Every document gets a reading of its own
 * (parsed from the JSON), so data changed in one never reaches another.
 */
const readings = new Map<string, string>();

function readDosageOnce(text: string): DosageReading {
  let json = readings.get(text);
  if (json === undefined) {
    if (readings.size > 255) readings.clear();
    readings.set(text, (json = JSON.stringify(readDosage(text))));
  }
  return JSON.parse(json) as DosageReading;
}

export function plugInDosageTextReader(): void {
  useDosageTextReader({ readDosage: readDosageOnce, parseFrequency });
}
