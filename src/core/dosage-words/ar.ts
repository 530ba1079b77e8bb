import type { DosageWords } from '../dosage-words.js';

/**
 * Arabic counts take six forms: none, one and two are said in words ("تكراران", two reps); 3–10 take
 * the plural, 11–99 the singular in the accusative, 100 and up the singular. Ranges never select
 * `one` or `two` (CLDR's range rules), so those forms can leave the number out.
 */
export const ar: DosageWords = {
  sets: {
    zero: 'لا مجموعات',
    one: 'مجموعة واحدة',
    two: 'مجموعتان',
    few: '{n} مجموعات',
    many: '{n} مجموعةً',
    other: '{n} مجموعة',
  },
  reps: {
    zero: 'لا تكرارات',
    one: 'تكرار واحد',
    two: 'تكراران',
    few: '{n} تكرارات',
    many: '{n} تكرارًا',
    other: '{n} تكرار',
  },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} لكل جانب',
  alternating: '{what} لكل جانب، بالتناوب',
  hold: 'ثبات لمدة {time}',
  rest: 'راحة لمدة {time}',
  timesPer: {
    day: {
      zero: '{n} مرة في اليوم',
      one: 'مرة واحدة في اليوم',
      two: 'مرتان في اليوم',
      few: '{n} مرات في اليوم',
      many: '{n} مرةً في اليوم',
      other: '{n} مرة في اليوم',
    },
    week: {
      zero: '{n} مرة في الأسبوع',
      one: 'مرة واحدة في الأسبوع',
      two: 'مرتان في الأسبوع',
      few: '{n} مرات في الأسبوع',
      many: '{n} مرةً في الأسبوع',
      other: '{n} مرة في الأسبوع',
    },
  },
  exactTimesPer: {
    day: { '1': 'مرة واحدة يوميًا', '2': 'مرتين يوميًا', '1-2': 'مرة أو مرتين يوميًا' },
    week: { '1': 'مرة واحدة أسبوعيًا', '2': 'مرتين أسبوعيًا', '1-2': 'مرة أو مرتين أسبوعيًا' },
  },
};
