import type { DosageWords } from '../dosage-words.js';

export const es: DosageWords = {
  sets: { one: '{n} serie', other: '{n} series' },
  reps: { one: '{n} repetición', other: '{n} repeticiones' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} por lado',
  alternating: '{what} por lado, alternando',
  hold: 'mantén {time}',
  rest: 'descansa {time}',
  timesPer: {
    day: { one: '{n} vez al día', other: '{n} veces al día' },
    week: { one: '{n} vez a la semana', other: '{n} veces a la semana' },
  },
  exactTimesPer: {
    day: { '1': 'una vez al día', '2': 'dos veces al día', '1-2': 'una o dos veces al día' },
    week: { '1': 'una vez a la semana', '2': 'dos veces a la semana', '1-2': 'una o dos veces a la semana' },
  },
};
