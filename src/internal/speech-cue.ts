import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Speaks short phrases through `speechSynthesis`. A new phrase cuts off the one still speaking, so fast
 * counts never queue up behind each other; whatever this controller started is cancelled when the host
 * disconnects. Without the API (or when it throws) it stays silent.
 */
export class SpeechCueController implements ReactiveController {
  private speaking = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Speaks `text` in `lang` (a BCP 47 tag) when given; returns false when speech is unavailable. */
  speak(text: string, lang?: string): boolean {
    try {
      const synth = globalThis.speechSynthesis;
      const Utterance = globalThis.SpeechSynthesisUtterance;
      if (!synth || typeof Utterance !== 'function' || !text) return false;
      if (this.speaking) synth.cancel();
      const utterance = new Utterance(text);
      if (lang) utterance.lang = lang;
      utterance.rate = 1.1;
      synth.speak(utterance);
      this.speaking = true;
      return true;
    } catch {
      return false;
    }
  }

  hostDisconnected(): void {
    if (!this.speaking) return;
    this.speaking = false;
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      // Nothing to stop.
    }
  }
}
