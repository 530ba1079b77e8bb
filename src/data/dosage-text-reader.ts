/**
 * Where the dosage schema finds the parser for dosage and frequency written as text ("10–15 reps per
 * side", "3 times a week"). The parser is the larger part of validation and most exercise cards on a page
 * carry structured dosage or none, so the schema does not import it: validate.ts (the public door, and
 * what the server renderer and the editor use) plugs it in before validating; the card, the counter and
 * the player load it (lazy-dosage-text-reader.ts, one fixed `import()`) only for data with a dosage
 * written as text, and the light loader starts that download early when the page shows such a line.
 * One schema, one parser: only when the parser arrives differs.
 */
import type { readDosage } from '../core/parse-dosage.js';
import type { parseFrequency } from '../core/parse-frequency.js';

export interface DosageTextReader {
  readDosage: typeof readDosage;
  parseFrequency: typeof parseFrequency;
}

let reader: DosageTextReader | undefined;

/** Plugs the parser in (plug-dosage-text-reader.ts does, with the one from src/core). */
export function useDosageTextReader(next: DosageTextReader): void {
  reader = next;
}

/** The parser, once plugged in. */
export function dosageTextReader(): DosageTextReader | undefined {
  return reader;
}

const TEXT_KEYS = new Set(['dosage', 'frequency']);

/**
 * Whether a document holds a dosage or frequency written as text anywhere (an exercise, a variation, a
 * routine's items): only then does validating it need the parser. Walks the JSON without recursion.
 */
export function hasDosageText(doc: unknown): boolean {
  const stack: unknown[] = [doc];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') {
        if (TEXT_KEYS.has(key)) return true;
      } else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return false;
}
