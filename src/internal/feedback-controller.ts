import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AudioCueController, type ToneCue } from './audio-cue.js';
import { SpeechCueController } from './speech-cue.js';
import { VIBRATION_PATTERNS, vibrate } from './vibration.js';

/** What the user hears and feels at a moment: a rep, a side change, a set done, a set starting, the end. */
export type FeedbackCue = ToneCue;

/**
 * Spoken feedback, from the host's `voice` attribute: `off` (default), `changes` (side, set and end
 * only), or `counts` (every count as well).
 */
export type VoiceMode = 'off' | 'changes' | 'counts';

/** Where the mute choice is remembered; shared by every element of the library on the origin. */
export const MUTE_STORAGE_KEY = 'exercise-elements:muted';

// A choice storage refused to keep (missing, blocked, full quota) lasts for the page, and wins over
// whatever storage still holds: an older value left behind by a failed write must not undo the choice.
let unsavedChoice: boolean | undefined;

/** Reads the remembered mute choice (default: not muted). */
export function readMuted(): boolean {
  if (unsavedChoice !== undefined) return unsavedChoice;
  try {
    return globalThis.localStorage?.getItem(MUTE_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the mute choice for later visits (and for this page if storage refuses). */
export function writeMuted(muted: boolean): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) throw new Error('no storage');
    storage.setItem(MUTE_STORAGE_KEY, muted ? '1' : '0');
    unsavedChoice = undefined;
  } catch {
    // Storage full or refused: the choice holds for this page.
    unsavedChoice = muted;
  }
}

function prefersReducedMotion(): boolean {
  try {
    return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  } catch {
    return false;
  }
}

/**
 * One place for the sound, vibration and speech that accompany counting. Each channel is optional and
 * fails on its own: a browser without Web Audio still vibrates and speaks. `muted` silences the tones
 * and the voice; vibration is a separate choice (it is felt, not heard, and a host such as the player
 * offers it apart) and is off only where the user prefers reduced motion. The host owns `muted` (its
 * property, remembered with `readMuted`/`writeMuted`). Call `prime()` from a user gesture so audio may
 * start; the audio context and any speech end with the host's connection.
 */
export class FeedbackController implements ReactiveController {
  /** Spoken feedback mode; the host keeps it in sync with its `voice` attribute. */
  voice: VoiceMode = 'off';
  /** Language for speech, e.g. the host's `lang`. */
  lang: string | undefined;

  private readonly audio: AudioCueController;
  private readonly speech: SpeechCueController;

  constructor(host: ReactiveControllerHost) {
    this.audio = new AudioCueController(host);
    this.speech = new SpeechCueController(host);
    host.addController(this);
  }

  /** Silences tones and speech (not vibration); the host keeps it in sync with its `muted` property. */
  muted = false;

  /** Call from a user gesture: creates the audio context when sound is on. */
  prime(): void {
    if (!this.muted) this.audio.prime();
  }

  /** Plays the cue's tone and vibration, and speaks `words` when the voice mode asks for this cue. */
  cue(cue: FeedbackCue, words?: string): void {
    if (!prefersReducedMotion()) vibrate(VIBRATION_PATTERNS[cue]);
    if (this.muted) return;
    this.audio.play(cue);
    const speak = this.voice === 'counts' || (this.voice === 'changes' && cue !== 'tick');
    if (speak && words) this.speech.speak(words, this.lang);
  }

  hostConnected(): void {
    // Nothing to start: the audio context waits for a gesture.
  }
}
