/**
 * What the player keeps between visits, seen from the player: the session in progress (saved on each
 * change that matters and when the tab is hidden, frozen as paused so a resume continues with the time
 * that was left), the resume offer after a reload, and the history of sessions that count. The storage
 * itself (keys, shapes, untrusted reads) is `src/internal/session-store.ts`; the rule for what counts is
 * `countsTowardHistory` in the core reducer.
 */
import {
  countsTowardHistory,
  reduce,
  type PlayerState,
  type SessionSummary,
} from '../core/player-reducer.js';
import type { TimelineStep } from '../core/timeline-types.js';
import {
  addHistory,
  clearSession,
  loadSession,
  saveSession,
  type HistoryEntry,
  type SavedSession,
} from '../internal/session-store.js';

/** Which routine and timeline a session belongs to. */
export interface SessionKey {
  routineId: string;
  /** The hash of the document and pace: a session saved for another version of the routine is never offered. */
  hash: string;
  timeline: readonly TimelineStep[];
}

/** The saved session a page may resume, or `undefined` (none, foreign, finished or corrupt). */
export function resumeOfferFor(key: SessionKey): SavedSession | undefined {
  return loadSession(key.routineId, key.hash, key.timeline);
}

export function forgetSession(routineId: string): void {
  clearSession(routineId);
}

/** Whether a change between two states is worth saving (a tick inside a step is not). */
function worthSaving(prev: PlayerState, next: PlayerState): boolean {
  return (
    prev.index !== next.index ||
    prev.status !== next.status ||
    prev.session !== next.session ||
    prev.repsDone !== next.repsDone ||
    prev.extraMs !== next.extraMs
  );
}

/**
 * Saves `state` frozen at `now` (as paused). Returns `true` when saved, `false` when storage refused,
 * and `null` when there was nothing to save (the session is not under way).
 */
export function saveFrozen(key: SessionKey, state: PlayerState, now: number): boolean | null {
  if (state.status !== 'running' && state.status !== 'paused') return null;
  const frozen = state.status === 'running' ? reduce(state, { type: 'pause', now }) : state;
  if (frozen.status !== 'paused') return null;
  return saveSession(key.routineId, key.hash, frozen, now);
}

/**
 * Follows one state change: a finished session forgets its saved copy, a change worth saving saves
 * it. Returns what `saveFrozen` returned, or `null` when nothing was written.
 */
export function persistChange(
  key: SessionKey,
  prev: PlayerState,
  next: PlayerState,
  now: number,
): boolean | null {
  if (next.status === 'complete' || next.status === 'stopped') {
    clearSession(key.routineId);
    return null;
  }
  return worthSaving(prev, next) ? saveFrozen(key, next, now) : null;
}

/**
 * Adds a finished session to the history when it counts (see `countsTowardHistory`); returns the
 * history as it now is, or `undefined` when this session does not count and nothing was added.
 */
export function recordInHistory(
  routineId: string,
  summary: SessionSummary,
  completedAt: number | null,
): HistoryEntry[] | undefined {
  if (completedAt === null || !countsTowardHistory(summary)) return undefined;
  return addHistory(routineId, {
    completedAt,
    durationMs: summary.durationMs,
    done: summary.done.length,
    skipped: summary.skipped.length,
  });
}
