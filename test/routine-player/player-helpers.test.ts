import { expect } from '@open-wc/testing';
import { contentHash } from '../../src/core/content-hash.js';
import { formatClock } from '../../src/core/format-clock.js';
import { countInPeriod, type HistoryEntry } from '../../src/internal/session-store.js';

describe('formatClock', () => {
  const table: Array<[number, string | undefined, string]> = [
    [0, 'en', '0:00'],
    [1, 'en', '0:01'], // a countdown never shows 0:00 while time is left
    [999, 'en', '0:01'],
    [1000, 'en', '0:01'],
    [1001, 'en', '0:02'],
    [45_000, 'en', '0:45'],
    [60_000, 'en', '1:00'],
    [725_000, 'en', '12:05'],
    [3_723_000, 'en', '1:02:03'],
    [-5000, 'en', '0:00'],
    [Number.NaN, 'en', '0:00'],
    [Number.POSITIVE_INFINITY, 'en', '0:00'],
    [65_000, 'ar-EG', '١:٠٥'],
    [65_000, 'not a locale!', '1:05'],
  ];
  for (const [ms, locale, expected] of table) {
    it(`writes ${ms} ms as "${expected}" in ${locale}`, () => {
      expect(formatClock(ms, locale)).to.equal(expected);
    });
  }
});

describe('contentHash', () => {
  it('is stable for the same text and differs for a one-character change', () => {
    expect(contentHash('{"id":"a"}')).to.equal(contentHash('{"id":"a"}'));
    expect(contentHash('{"id":"a"}')).to.not.equal(contentHash('{"id":"b"}'));
    expect(contentHash('')).to.match(/^[0-9a-z]+$/);
  });

  it('tells apart texts that only differ by order or by a seed', () => {
    expect(contentHash('ab')).to.not.equal(contentHash('ba'));
    expect(contentHash('ab', 1)).to.not.equal(contentHash('ab', 2));
  });
});

describe('countInPeriod', () => {
  const at = (d: number, h = 9) => new Date(2025, 0, d, h).getTime();
  const entries: HistoryEntry[] = [at(3), at(5, 23), at(6, 0), at(8, 7)].map((completedAt) => ({
    completedAt,
    durationMs: 1,
    done: 1,
    skipped: 0,
  }));

  it('counts the sessions of the calendar week starting on Monday', () => {
    // Wednesday 8 January 2025: the week began on Monday the 6th.
    expect(countInPeriod(entries, 'week', at(8, 12))).to.equal(2);
  });

  it('counts the sessions of today', () => {
    expect(countInPeriod(entries, 'day', at(8, 12))).to.equal(1);
    expect(countInPeriod(entries, 'day', at(7, 12))).to.equal(0);
  });

  it('on a Sunday still counts from the Monday before', () => {
    // Sunday 5 January: Friday the 3rd and Sunday itself, not Monday the 6th (later).
    expect(countInPeriod(entries, 'week', at(5, 23) + 1)).to.equal(2);
  });
});
