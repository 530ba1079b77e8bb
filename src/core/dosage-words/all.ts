/**
 * Registers every language's dosage words. Imported for its effect by `exercise-elements/core` and the
 * server renderer, which must format any language synchronously; never by an element, whose bundle
 * would then carry all the tables (elements load them one by one: internal/dosage-words-loader.ts).
 */
import { registerDosageWords } from '../dosage-words.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import { zh } from './zh.js';

for (const [language, words] of Object.entries({ ar, de, es, fr, nl, pt, zh })) {
  registerDosageWords(language, words);
}
