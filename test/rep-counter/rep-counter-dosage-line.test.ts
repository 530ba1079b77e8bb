// A counter reads a dosage line ("2 sets of 3 reps per side") with the dosage text parser, a chunk its
// page downloads only for such a line. These run in order in one page: the parser is not there until
// the first counter with a line asks for it.
import { expect, fixture, html } from '@open-wc/testing';
import { RepCounter } from '../../src/rep-counter/rep-counter.js';
import { countText, part, statusText, tap, tapButton, targetText } from './helpers.js';

/** Module scripts this page fetched whose address names the dosage text parser. */
const parserFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /plug-dosage-text-reader|parse-dosage/.test(name));

describe('rep-counter with a dosage line', () => {
  it('a counter set by target, sets and side counts at once and downloads no dosage parser', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="3" sets="2" side="each"></rep-counter>`);
    expect(part(el, 'base').getAttribute('aria-busy')).to.equal('false');
    expect(tapButton(el).disabled).to.equal(false);
    await tap(el, 2);
    expect(countText(el)).to.equal('2');
    expect(parserFetches()).to.deep.equal([]);
  });

  it('waits, busy and disabled, for the parser; then counts by the line, with a count restored meanwhile', async () => {
    const el = document.createElement('rep-counter') as RepCounter;
    el.setAttribute('dosage', '2 sets of 3 reps per side, hold 3 s');
    document.body.append(el);
    try {
      // A page (or the player after a reload) restoring a count before the line could be read.
      el.restore(4);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const firstFrame = {
        busy: part(el, 'base').getAttribute('aria-busy'),
        disabled: tapButton(el).disabled,
      };
      await el.updateComplete;
      expect(firstFrame).to.deep.equal({ busy: 'true', disabled: true });
      expect(part(el, 'base').getAttribute('aria-busy')).to.equal('false');
      expect(tapButton(el).disabled).to.equal(false);
      expect(targetText(el)).to.equal('/ 3');
      // 4 reps of 3 per side: the left side done, one rep on the right.
      expect(statusText(el)).to.contain('Set 1 of 2').and.contain('Right');
      expect(countText(el)).to.equal('1');
      expect(el.count).to.equal(4);
      expect(parserFetches().length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });

  it('reads a line set as the property, and a changed line starts the count over', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter .dosage=${'5 reps'}></rep-counter>`);
    expect(targetText(el)).to.equal('/ 5');
    await tap(el, 2);
    el.dosage = '3 sets of 8 reps';
    await el.updateComplete;
    expect(targetText(el)).to.equal('/ 8');
    expect(statusText(el)).to.contain('Set 1 of 3');
    expect(countText(el)).to.equal('0');
  });
});
