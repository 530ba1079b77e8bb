import type { DosageWords } from '../dosage-words.js';

export const fr: DosageWords = {
  sets: { one: '{n} série', other: '{n} séries' },
  reps: { one: '{n} répétition', other: '{n} répétitions' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} de chaque côté',
  alternating: '{what} de chaque côté, en alternant',
  hold: 'tenir {time}',
  rest: 'repos {time}',
  timesPer: {
    day: { other: '{n} fois par jour' },
    week: { other: '{n} fois par semaine' },
  },
  exactTimesPer: {
    day: { '1': 'une fois par jour', '2': 'deux fois par jour', '1-2': 'une à deux fois par jour' },
    week: { '1': 'une fois par semaine', '2': 'deux fois par semaine', '1-2': 'une à deux fois par semaine' },
  },
};
