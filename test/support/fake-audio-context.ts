/**
 * A stand-in for AudioContext, swapped in at the browser API boundary (`window.AudioContext`): it records
 * each note (wave type, frequency, peak gain), every instance, and whether it was closed.
 */
export class FakeAudioContext {
  static instances: FakeAudioContext[] = [];
  /** Every note of every instance since the last reset. */
  static get allNotes() {
    return FakeAudioContext.instances.flatMap((audio) => audio.notes);
  }
  state = 'running';
  currentTime = 0;
  destination = {};
  notes: Array<{ type: string; frequency: number; peak: number }> = [];
  closed = false;
  constructor() {
    FakeAudioContext.instances.push(this);
  }
  createOscillator() {
    const note = { type: 'sine', frequency: 0, peak: 0 };
    this.notes.push(note);
    return {
      set type(value: string) {
        note.type = value;
      },
      get type() {
        return note.type;
      },
      frequency: {
        setValueAtTime(value: number) {
          note.frequency = value;
        },
      },
      // The oscillator is connected to its gain node after the envelope is set: read its peak.
      connect(node: { peak?: number }) {
        note.peak = node.peak ?? 0;
      },
      start() {},
      stop() {},
    };
  }
  createGain() {
    const node = {
      peak: 0,
      gain: {
        setValueAtTime() {},
        exponentialRampToValueAtTime(value: number) {
          node.peak = Math.max(node.peak, value);
        },
      },
      connect() {},
    };
    return node;
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    this.closed = true;
    return Promise.resolve();
  }
}
