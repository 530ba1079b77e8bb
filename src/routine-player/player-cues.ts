/**
 * The player's sound, voice and vibration, each switched on or off on its own. Which cue a step gets
 * is decided here, in one table: work starts with the high `start` beep, rests and side switches begin
 * with the falling `end` pair (the work before them ended), the last three seconds of a countdown
 * (get ready, timed work, rests) beep once a second, and the end of the routine plays the rising
 * `finish` run. The voice says the step's words (exercise name, "switch sides", "rest", "last set") and, with
 * `voiceCounts`, "3, 2, 1". Audio and speech are the shared controllers, so they close and cancel with
 * the host's connection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimelineStep } from '../core/timeline-types.js';
import { AudioCueController, type BeepCue } from '../internal/audio-cue.js';
import { SpeechCueController } from '../internal/speech-cue.js';
import { vibrate } from '../internal/vibration.js';

export interface CueSettings {
  beeps: boolean;
  voice: boolean;
  voiceCounts: boolean;
  vibrate: boolean;
}

/** Vibration rhythms (ms on, off, on…), distinct so a phone in a pocket still tells them apart. */
export const PLAYER_VIBRATIONS = {
  start: [250],
  end: [100, 80, 100],
  count: [40],
  finish: [100, 50, 100, 50, 300],
} as const satisfies Record<BeepCue, readonly number[]>;

/** Steps whose last seconds are counted down 3-2-1. */
export function countsDown(step: TimelineStep | undefined): boolean {
  if (!step) return false;
  if (step.kind === 'work') return step.mode === 'timed';
  return step.kind === 'get-ready' || step.kind === 'rest-set' || step.kind === 'rest-exercise';
}

/** The beep a step begins with, if any. */
export function beepFor(step: TimelineStep): BeepCue | null {
  switch (step.kind) {
    case 'work':
      return 'start';
    case 'rest-set':
    case 'rest-exercise':
    case 'switch-sides':
      return 'end';
    default:
      return null;
  }
}

export class PlayerCueController implements ReactiveController {
  private readonly audio: AudioCueController;
  private readonly speech: SpeechCueController;
  private readonly settings: () => CueSettings;

  constructor(host: ReactiveControllerHost, settings: () => CueSettings) {
    this.audio = new AudioCueController(host);
    this.speech = new SpeechCueController(host);
    this.settings = settings;
    host.addController(this);
  }

  /** Call from a user gesture (Start, Resume): lets audio play under autoplay rules. */
  prime(): void {
    if (this.settings().beeps) this.audio.prime();
  }

  /** A step began: its beep, its vibration and its words. */
  step(step: TimelineStep, words: string, lang: string): void {
    const s = this.settings();
    const beep = beepFor(step);
    if (s.beeps && beep) this.audio.beep(beep);
    if (s.vibrate && beep) vibrate(PLAYER_VIBRATIONS[beep]);
    if (s.voice && words) this.speech.speak(words, lang);
  }

  /** One of the last three seconds of a countdown; `words` is the number to say with `voiceCounts`. */
  count(words: string, lang: string): void {
    const s = this.settings();
    if (s.beeps) this.audio.beep('count');
    if (s.vibrate) vibrate(PLAYER_VIBRATIONS.count);
    if (s.voice && s.voiceCounts) this.speech.speak(words, lang);
  }

  /** The routine is complete. */
  complete(words: string, lang: string): void {
    const s = this.settings();
    if (s.beeps) this.audio.beep('finish');
    if (s.vibrate) vibrate(PLAYER_VIBRATIONS.finish);
    if (s.voice && words) this.speech.speak(words, lang);
  }

  hostConnected(): void {
    // Nothing to start: audio waits for a gesture, speech for a cue.
  }
}
