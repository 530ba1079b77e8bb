/** Plugs the dosage text parser of src/core into the dosage schema (see dosage-text-reader.ts). */
import { readDosage } from '../core/parse-dosage.js';
import { parseFrequency } from '../core/parse-frequency.js';
import { useDosageTextReader } from './dosage-text-reader.js';

export function plugInDosageTextReader(): void {
  useDosageTextReader({ readDosage, parseFrequency });
}
