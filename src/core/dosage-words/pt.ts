import type { DosageWords } from '../dosage-words.js';

/** Brazilian Portuguese; also serves `pt-PT` and plain `pt`, whose readers share these words. */
export const pt: DosageWords = {
  sets: { one: '{n} série', other: '{n} séries' },
  reps: { one: '{n} repetição', other: '{n} repetições' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} de cada lado',
  alternating: '{what} de cada lado, alternando',
  hold: 'segure {time}',
  rest: 'descanse {time}',
  timesPer: {
    day: { one: '{n} vez por dia', other: '{n} vezes por dia' },
    week: { one: '{n} vez por semana', other: '{n} vezes por semana' },
  },
  exactTimesPer: {
    day: { '1': 'uma vez por dia', '2': 'duas vezes por dia', '1-2': 'uma ou duas vezes por dia' },
    week: { '1': 'uma vez por semana', '2': 'duas vezes por semana', '1-2': 'uma ou duas vezes por semana' },
  },
};
