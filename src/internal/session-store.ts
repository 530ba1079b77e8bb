/**
 * What the routine player keeps in `localStorage`, and nothing else: the session in progress (so a
 * reload can offer "Resume where you left off"), a private history of completed sessions, and the
 * user's cue choices. Nothing here leaves the device.
 *
 * Keys: `exercise-elements:session:<routine id>` holds one saved session per routine together with the
 * content hash of the timeline it was saved for; a session whose hash differs (the routine was edited,
 * or another pace builds other steps) is foreign and ignored, so the pair (id, hash) is the real key
 * while a routine never piles up stale entries. `exercise-elements:history:<routine id>` holds the
 * history; `exercise-elements:player-cues` the cue choices.
 *
 * Storage is untrusted: it may be missing, throw (private modes, sandboxed iframes, a full quota),
 * or hold anything at all. Every read checks the shape of what it finds and treats anything odd as
 * absent; every write swallows errors. No function here throws.
 */
import type { PlayerState, PlayerStatus, StopReason } from '../core/player-reducer.js';
import type { TimelineStep } from '../core/timeline-types.js';
import type { CheckinFeeling } from './events.js';

const PREFIX = 'exercise-elements:';
export const SESSION_KEY_PREFIX = `${PREFIX}session:`;
export const HISTORY_KEY_PREFIX = `${PREFIX}history:`;
export const CUES_STORAGE_KEY = `${PREFIX}player-cues`;

/** Format version of what is stored; anything else is ignored. */
const VERSION = 1;
/** The history keeps the latest sessions only. */
export const HISTORY_LIMIT = 200;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Blocked storage: nothing was kept either.
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isTime = (value: unknown): value is number | null => value === null || isFiniteNumber(value);

/* ------------------------------------------------------------------ session in progress */

export interface SavedSession {
  /** The state as saved; always `paused` (a running session is frozen at the moment it was saved). */
  state: PlayerState;
  /** When it was saved (ms since the epoch). */
  savedAt: number;
}

const RESUMABLE: ReadonlySet<PlayerStatus> = new Set(['running', 'paused']);
const STOP_REASONS: ReadonlySet<StopReason> = new Set(['pain', 'user', 'ended']);

/** Saves a session in progress for `routineId`; returns false when storage refused. */
export function saveSession(routineId: string, hash: string, state: PlayerState, savedAt: number): boolean {
  return writeJson(SESSION_KEY_PREFIX + routineId, { v: VERSION, hash, savedAt, state });
}

/**
 * The saved session for this routine and hash, with `timeline` (the current one, which the hash
 * vouches for) put in place of the stored copy; `undefined` when none, foreign, finished or corrupt.
 */
export function loadSession(
  routineId: string,
  hash: string,
  timeline: readonly TimelineStep[],
): SavedSession | undefined {
  const saved = readJson(SESSION_KEY_PREFIX + routineId);
  if (!isRecord(saved) || saved.v !== VERSION || saved.hash !== hash || !isFiniteNumber(saved.savedAt)) {
    return undefined;
  }
  const state = readState(saved.state, timeline);
  return state ? { state, savedAt: saved.savedAt } : undefined;
}

/** Forgets the session in progress for `routineId`. */
export function clearSession(routineId: string): void {
  remove(SESSION_KEY_PREFIX + routineId);
}

/** Rebuilds a player state from stored JSON, checking every field; `undefined` when anything is off. */
function readState(value: unknown, timeline: readonly TimelineStep[]): PlayerState | undefined {
  if (!isRecord(value)) return undefined;
  const s = value;
  if (typeof s.status !== 'string' || !RESUMABLE.has(s.status as PlayerStatus)) return undefined;
  if (!Array.isArray(s.timeline) || s.timeline.length !== timeline.length) return undefined;
  const index = s.index;
  if (!Number.isInteger(index) || (index as number) < 0 || (index as number) >= timeline.length)
    return undefined;
  const numbers = [s.elapsedBeforePause, s.extraMs, s.repsDone, s.session, s.pausedMs];
  if (!numbers.every((n) => isFiniteNumber(n) && n >= 0)) return undefined;
  const times = [s.stepStartedAt, s.pausedAt, s.startedAt, s.completedAt, s.stoppedAt, s.lastNow];
  if (!times.every(isTime)) return undefined;
  if (s.stopReason !== null && !STOP_REASONS.has(s.stopReason as StopReason)) return undefined;
  if (!Array.isArray(s.skipped) || !s.skipped.every((id) => typeof id === 'string')) return undefined;
  return {
    timeline: [...timeline],
    status: s.status as PlayerStatus,
    index: index as number,
    stepStartedAt: s.stepStartedAt as number | null,
    elapsedBeforePause: s.elapsedBeforePause as number,
    pausedAt: s.pausedAt as number | null,
    extraMs: s.extraMs as number,
    repsDone: s.repsDone as number,
    session: s.session as number,
    startedAt: s.startedAt as number | null,
    pausedMs: s.pausedMs as number,
    completedAt: s.completedAt as number | null,
    stoppedAt: s.stoppedAt as number | null,
    stopReason: s.stopReason as StopReason | null,
    skipped: [...(s.skipped as string[])],
    lastNow: s.lastNow as number | null,
  };
}

/* ------------------------------------------------------------------ history */

export interface HistoryEntry {
  /** When the session was completed (ms since the epoch). */
  completedAt: number;
  /** Active time, pauses excluded. */
  durationMs: number;
  /** How many exercises were done and how many skipped. */
  done: number;
  skipped: number;
  /** The check-in, once given. The free-text note is not kept: it goes to `ex-checkin` only. */
  pain?: number | null;
  feeling?: CheckinFeeling | null;
}

const FEELINGS: ReadonlySet<string> = new Set(['too-easy', 'about-right', 'too-hard']);

function readEntry(value: unknown): HistoryEntry | undefined {
  if (!isRecord(value)) return undefined;
  const { completedAt, durationMs, done, skipped, pain, feeling } = value;
  if (![completedAt, durationMs, done, skipped].every(isFiniteNumber)) return undefined;
  const entry: HistoryEntry = {
    completedAt: completedAt as number,
    durationMs: durationMs as number,
    done: done as number,
    skipped: skipped as number,
  };
  if (isFiniteNumber(pain) && pain >= 0 && pain <= 10) entry.pain = pain;
  if (typeof feeling === 'string' && FEELINGS.has(feeling)) entry.feeling = feeling as CheckinFeeling;
  return entry;
}

/** The completed sessions of `routineId`, oldest first; entries that do not parse are left out. */
export function readHistory(routineId: string): HistoryEntry[] {
  const stored = readJson(HISTORY_KEY_PREFIX + routineId);
  if (!isRecord(stored) || stored.v !== VERSION || !Array.isArray(stored.entries)) return [];
  return stored.entries.map(readEntry).filter((entry): entry is HistoryEntry => entry !== undefined);
}

function writeHistory(routineId: string, entries: HistoryEntry[]): HistoryEntry[] {
  const kept = entries.slice(-HISTORY_LIMIT);
  writeJson(HISTORY_KEY_PREFIX + routineId, { v: VERSION, entries: kept });
  return kept;
}

/** Adds a completed session; returns the history as it now is (in memory even if storage refused). */
export function addHistory(routineId: string, entry: HistoryEntry): HistoryEntry[] {
  return writeHistory(routineId, [...readHistory(routineId), entry]);
}

/** Adds the check-in to the entry of the session completed at `completedAt`. */
export function addCheckinToHistory(
  routineId: string,
  completedAt: number,
  checkin: Pick<HistoryEntry, 'pain' | 'feeling'>,
): HistoryEntry[] {
  const entries = readHistory(routineId);
  const entry = entries.find((e) => e.completedAt === completedAt);
  if (!entry) return entries;
  Object.assign(entry, checkin);
  return writeHistory(routineId, entries);
}

/** Forgets every completed session of `routineId`. */
export function clearHistory(routineId: string): void {
  remove(HISTORY_KEY_PREFIX + routineId);
}

/**
 * How many sessions that count fall in the current calendar day or week (weeks start on Monday, in
 * local time), for "2 of 3–4 this week". An entry with nothing done (stored by an older version, which
 * kept every completed session) does not count.
 */
export function countInPeriod(entries: readonly HistoryEntry[], per: 'day' | 'week', now: number): number {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  if (per === 'week') start.setDate(start.getDate() - ((start.getDay() + 6) % 7));
  const from = start.getTime();
  return entries.filter((e) => e.done > 0 && e.completedAt >= from && e.completedAt <= now).length;
}

/* ------------------------------------------------------------------ cue choices */

export type CueName = 'beeps' | 'voice' | 'voiceCounts' | 'vibrate' | 'flash';
export type CuePrefs = Partial<Record<CueName, boolean>>;

const CUE_NAMES: readonly CueName[] = ['beeps', 'voice', 'voiceCounts', 'vibrate', 'flash'];

// When storage refuses, choices last for the page.
let cuesInMemory: CuePrefs = {};

/** The user's remembered cue choices; a cue not chosen yet is absent. */
export function readCuePrefs(): CuePrefs {
  const stored = readJson(CUES_STORAGE_KEY);
  const prefs: CuePrefs = { ...cuesInMemory };
  if (!isRecord(stored)) return prefs;
  for (const name of CUE_NAMES) {
    const value = stored[name];
    if (typeof value === 'boolean') prefs[name] = value;
  }
  return prefs;
}

/** Remembers one cue choice for later visits (and for this page if storage refuses). */
export function writeCuePref(name: CueName, value: boolean): void {
  cuesInMemory = { ...cuesInMemory, [name]: value };
  const stored = readJson(CUES_STORAGE_KEY);
  writeJson(CUES_STORAGE_KEY, { ...(isRecord(stored) ? stored : {}), [name]: value });
}
