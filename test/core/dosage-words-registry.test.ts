/**
 * Only English is built into the formatter; another language's words count once registered (elements
 * register them as their chunks land, `exercise-elements/core` registers all of them on import). This
 * file imports neither, as an element bundle doesn't.
 */
import { expect } from '@open-wc/testing';
import { hasDosageWords, registerDosageWords } from '../../src/core/dosage-words.js';
import { es } from '../../src/core/dosage-words/es.js';
import { formatDosage, formatFrequency } from '../../src/core/format-dosage.js';

describe('the dosage word registry', () => {
  it('writes English words, with the locale’s own numbers, for a language not registered yet', () => {
    expect(hasDosageWords('es')).to.equal(false);
    expect(formatDosage({ reps: 1500 }, 'es')).to.equal(`${new Intl.NumberFormat('es').format(1500)} reps`);
    expect(formatFrequency({ times: 1, per: 'day' }, 'es-MX')).to.equal('once a day');
  });

  it('writes the language’s words, for every region of it, once its table is registered', () => {
    registerDosageWords('es', es);
    expect(formatDosage({ reps: 1500 }, 'es')).to.equal(
      `${new Intl.NumberFormat('es').format(1500)} repeticiones`,
    );
    expect(formatFrequency({ times: 1, per: 'day' }, 'es-MX')).to.equal('una vez al día');
    expect(formatDosage({ reps: 10 }, 'de')).to.equal('10 reps');
  });
});
