import type { DosageWords } from '../dosage-words.js';

export const de: DosageWords = {
  sets: { one: '{n} Satz', other: '{n} Sätze' },
  reps: { one: '{n} Wiederholung', other: '{n} Wiederholungen' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} pro Seite',
  alternating: '{what} pro Seite, im Wechsel',
  hold: '{time} halten',
  rest: '{time} Pause',
  timesPer: {
    day: { other: '{n}-mal am Tag' },
    week: { other: '{n}-mal pro Woche' },
  },
  exactTimesPer: {
    day: { '1': 'einmal am Tag', '2': 'zweimal am Tag', '1-2': 'ein- bis zweimal am Tag' },
    week: { '1': 'einmal pro Woche', '2': 'zweimal pro Woche', '1-2': 'ein- bis zweimal pro Woche' },
  },
};
