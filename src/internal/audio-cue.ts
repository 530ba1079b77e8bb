import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The short sounds the library plays. */
export type ToneCue = 'tick' | 'side' | 'set' | 'go' | 'complete';

/** Notes as [frequency Hz, start offset s, length s]: each cue is a different shape, not only a pitch. */
const NOTES: Record<ToneCue, ReadonlyArray<readonly [number, number, number]>> = {
  tick: [[880, 0, 0.06]],
  side: [
    [660, 0, 0.12],
    [990, 0.15, 0.16],
  ],
  set: [
    [523.25, 0, 0.12],
    [659.25, 0.13, 0.12],
    [783.99, 0.26, 0.22],
  ],
  go: [
    [784, 0, 0.09],
    [784, 0.14, 0.09],
  ],
  complete: [
    [523.25, 0, 0.12],
    [659.25, 0.12, 0.12],
    [783.99, 0.24, 0.12],
    [1046.5, 0.36, 0.35],
  ],
};

/**
 * Loud timer beeps for a follow-along player: `count` for each of the 3-2-1 seconds before a timed
 * stretch ends, `start` when work begins, `end` when work ends (a falling pair, so start and end are
 * told apart without looking). Square and triangle waves near full gain carry over music and room
 * noise, where the counter's soft sine ticks would be lost. `finish` is a rising run for the end of
 * a whole routine.
 */
export type BeepCue = 'count' | 'start' | 'end' | 'finish';

interface Voice {
  wave: OscillatorType;
  /** Peak gain of the envelope, 0–1. */
  peak: number;
  notes: ReadonlyArray<readonly [number, number, number]>;
}

const BEEPS: Record<BeepCue, Voice> = {
  count: { wave: 'square', peak: 0.9, notes: [[880, 0, 0.12]] },
  start: { wave: 'triangle', peak: 1, notes: [[1320, 0, 0.45]] },
  end: {
    wave: 'square',
    peak: 0.9,
    notes: [
      [988, 0, 0.16],
      [659, 0.2, 0.3],
    ],
  },
  finish: {
    wave: 'triangle',
    peak: 1,
    notes: [
      [523.25, 0, 0.14],
      [659.25, 0.15, 0.14],
      [783.99, 0.3, 0.14],
      [1046.5, 0.45, 0.5],
    ],
  },
};

const SOFT: Omit<Voice, 'notes'> = { wave: 'sine', peak: 0.25 };

type AudioContextClass = typeof AudioContext;

/**
 * Synthesizes short cues with Web Audio (an oscillator through a gain envelope; no audio files, no
 * requests). The AudioContext is created lazily by `prime()`, which the host calls from a user gesture
 * so autoplay rules allow it, and closed when the host disconnects. Missing or throwing APIs silence the
 * sound and nothing else.
 */
export class AudioCueController implements ReactiveController {
  private context: AudioContext | undefined;
  private broken = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Creates (or resumes) the AudioContext; call it from a user gesture. */
  prime(): void {
    if (this.broken) return;
    try {
      if (!this.context) {
        const Ctor: AudioContextClass | undefined =
          globalThis.AudioContext ??
          (globalThis as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext;
        if (!Ctor) {
          this.broken = true;
          return;
        }
        this.context = new Ctor();
      }
      if (this.context.state === 'suspended') void this.context.resume().catch(() => undefined);
    } catch {
      this.broken = true;
      this.context = undefined;
    }
  }

  /** Plays a cue if a context was primed; otherwise does nothing. */
  play(cue: ToneCue): void {
    this.synthesize({ ...SOFT, notes: NOTES[cue] });
  }

  /** Plays a loud timer beep (see `BeepCue`) if a context was primed; otherwise does nothing. */
  beep(cue: BeepCue): void {
    this.synthesize(BEEPS[cue]);
  }

  private synthesize(voice: Voice): void {
    const ctx = this.context;
    if (!ctx) return;
    try {
      const start = ctx.currentTime + 0.01;
      for (const [frequency, offset, length] of voice.notes) {
        const at = start + offset;
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = voice.wave;
        oscillator.frequency.setValueAtTime(frequency, at);
        // A quick attack and an exponential decay: no click at either end.
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(voice.peak, at + 0.01);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + length);
        oscillator.connect(gain);
        gain.connect(ctx.destination);
        oscillator.start(at);
        oscillator.stop(at + length + 0.02);
      }
    } catch {
      // A half-implemented Web Audio: stay silent.
    }
  }

  hostDisconnected(): void {
    const ctx = this.context;
    this.context = undefined;
    if (!ctx) return;
    try {
      void ctx.close().catch(() => undefined);
    } catch {
      // Already closed.
    }
  }
}
