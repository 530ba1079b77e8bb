import type { DosageWords } from '../dosage-words.js';

export const nl: DosageWords = {
  sets: { one: '{n} set', other: '{n} sets' },
  reps: { one: '{n} herhaling', other: '{n} herhalingen' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} per kant',
  alternating: '{what} per kant, afwisselend',
  hold: '{time} vasthouden',
  rest: '{time} rust',
  timesPer: {
    day: { other: '{n} keer per dag' },
    week: { other: '{n} keer per week' },
  },
  exactTimesPer: {
    day: { '1': 'één keer per dag', '2': 'twee keer per dag', '1-2': 'één of twee keer per dag' },
    week: { '1': 'één keer per week', '2': 'twee keer per week', '1-2': 'één of twee keer per week' },
  },
};
