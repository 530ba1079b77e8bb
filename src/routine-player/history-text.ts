/**
 * The history line of the summary, against the routine's frequency ("2 of 3–4 this week", "1 of 1–2
 * today", "2 this week" without a frequency), and the latest sessions it lists. Only sessions that
 * count (at least one exercise done) are counted or listed, including entries an older version kept.
 */
import { msg, str } from '@lit/localize';
import { formatRange } from '../core/format-dosage.js';
import type { Routine } from '../data/routine-schema.js';
import { countInPeriod, type HistoryEntry } from '../internal/session-store.js';
import type { PlayerText } from './player-text.js';

export function historyText(
  routine: Routine,
  history: readonly HistoryEntry[],
  t: PlayerText,
  now: number,
): string {
  if (!history.some((entry) => entry.done > 0)) return msg('No completed sessions yet.');
  const frequency = routine.frequency;
  const per =
    frequency && 'per' in frequency && (frequency.per === 'day' || frequency.per === 'week')
      ? frequency.per
      : 'week';
  const count = t.number(countInPeriod(history, per, now));
  const times =
    frequency && 'times' in frequency && frequency.times !== undefined
      ? formatRange(frequency.times, t.locale)
      : '';
  if (!times) return per === 'day' ? msg(str`${count} today`) : msg(str`${count} this week`);
  return per === 'day' ? msg(str`${count} of ${times} today`) : msg(str`${count} of ${times} this week`);
}

/** The latest `limit` sessions that count, newest first. */
export function recentSessions(history: readonly HistoryEntry[], limit: number): HistoryEntry[] {
  return history
    .filter((entry) => entry.done > 0)
    .slice(-limit)
    .reverse();
}
