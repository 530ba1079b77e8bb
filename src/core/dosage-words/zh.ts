import type { DosageWords } from '../dosage-words.js';

/** Simplified Chinese; also serves other `zh` tags. No plural forms, no space before a measure word. */
export const zh: DosageWords = {
  sets: { other: '{n}组' },
  reps: { other: '{n}次' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '每侧{what}',
  alternating: '左右交替，每侧{what}',
  hold: '保持{time}',
  rest: '休息{time}',
  timesPer: {
    day: { other: '每天{n}次' },
    week: { other: '每周{n}次' },
  },
  exactTimesPer: {
    day: { '1': '每天一次', '2': '每天两次', '1-2': '每天一到两次' },
    week: { '1': '每周一次', '2': '每周两次', '1-2': '每周一到两次' },
  },
};
