import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Speaks short phrases through `speechSynthesis`, in a voice of the phrase's language. A new phrase cuts
 * off the one still speaking, so fast counts never queue up behind each other; whatever this controller
 * started is cancelled when the host disconnects. Without the API (or when it throws) it stays silent.
 *
 * **Choosing the voice.** For `lang` (the UI language, e.g. `es-MX`) it takes an installed voice whose
 * `lang` is exactly that tag, else one of the same language (`es-ES`), preferring the same script and
 * region, then the system's default voice, then a local one. When the browser lists voices and none
 * speaks the language, the phrase is not spoken at all: silence is better than a cue read out in the
 * wrong language.
 *
 * **While the list is empty.** Chrome and others answer `getVoices()` with `[]` until they have loaded
 * their voices, then fire `voiceschanged`; engines without voices (headless Chromium, Linux without a
 * speech service) answer `[]` for good and speak nothing. An empty list is therefore never read as
 * "no voice for this language": the phrase is spoken with `utterance.lang` only, so the engine picks a
 * voice for that language itself, and the controller listens for `voiceschanged` (once per wait, from
 * the first phrase that met an empty list; removed on disconnect). When the list arrives and has no
 * voice for the language of the phrase still speaking, that phrase is cut off; every later phrase
 * follows the list.
 */
export class SpeechCueController implements ReactiveController {
  private speaking = false;
  /** The phrase this controller started without a chosen voice, while it may still be speaking. */
  private unchecked: { utterance: SpeechSynthesisUtterance; lang: string } | undefined;
  /** The synth we listen to for `voiceschanged`, with the listener, until it fires or the host disconnects. */
  private listening: { synth: SpeechSynthesis; listener: () => void } | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Speaks `text` in `lang` (a BCP 47 tag) when given; returns false when nothing was spoken: speech is
   * unavailable, or the installed voices include none for `lang`.
   */
  speak(text: string, lang?: string): boolean {
    try {
      const synth = globalThis.speechSynthesis;
      const Utterance = globalThis.SpeechSynthesisUtterance;
      if (!synth || typeof Utterance !== 'function' || !text) return false;
      let voice: SpeechSynthesisVoice | undefined;
      if (lang) {
        const voices = this.voices(synth);
        if (voices.length > 0) {
          voice = pickVoice(voices, lang);
          // The engine has voices, none in this language: stay silent rather than speak the wrong one.
          if (!voice) return false;
        }
      }
      if (this.speaking) synth.cancel();
      const utterance = new Utterance(text);
      if (lang) utterance.lang = voice?.lang ?? lang;
      if (voice) utterance.voice = voice;
      utterance.rate = 1.1;
      this.unchecked = lang && !voice ? { utterance, lang } : undefined;
      const done = () => {
        if (this.unchecked?.utterance === utterance) this.unchecked = undefined;
      };
      utterance.addEventListener?.('end', done);
      utterance.addEventListener?.('error', done);
      synth.speak(utterance);
      this.speaking = true;
      return true;
    } catch {
      return false;
    }
  }

  hostDisconnected(): void {
    this.stopListening();
    this.unchecked = undefined;
    if (!this.speaking) return;
    this.speaking = false;
    try {
      globalThis.speechSynthesis?.cancel();
    } catch {
      // Nothing to stop.
    }
  }

  /** The installed voices; while the list is empty, listens (once) for it to arrive. */
  private voices(synth: SpeechSynthesis): readonly SpeechSynthesisVoice[] {
    let voices: readonly SpeechSynthesisVoice[] = [];
    try {
      voices = synth.getVoices?.() ?? [];
    } catch {
      voices = [];
    }
    if (voices.length === 0) this.listen(synth);
    return voices;
  }

  private listen(synth: SpeechSynthesis): void {
    if (this.listening || typeof synth.addEventListener !== 'function') return;
    const listener = () => {
      this.stopListening();
      this.checkSpeaking(synth);
    };
    synth.addEventListener('voiceschanged', listener);
    this.listening = { synth, listener };
  }

  /** The voices arrived: a phrase spoken by language alone stops if none of them speaks it. */
  private checkSpeaking(synth: SpeechSynthesis): void {
    const unchecked = this.unchecked;
    if (!unchecked) return;
    let voices: readonly SpeechSynthesisVoice[] = [];
    try {
      voices = synth.getVoices?.() ?? [];
    } catch {
      return;
    }
    if (voices.length === 0) return;
    this.unchecked = undefined;
    if (pickVoice(voices, unchecked.lang)) return;
    try {
      synth.cancel();
      this.speaking = false;
    } catch {
      // Nothing to stop.
    }
  }

  private stopListening(): void {
    const listening = this.listening;
    this.listening = undefined;
    try {
      listening?.synth.removeEventListener('voiceschanged', listening.listener);
    } catch {
      // A synth that cannot remove listeners has nothing to clean up either.
    }
  }
}

interface TagParts {
  tag: string;
  language: string;
  script: string;
  region: string;
}

/** `es_MX`, `es-mx`, `es-MX` all read as `es-MX`; a tag Intl rejects keeps its language subtag. */
function parts(tag: string): TagParts {
  const clean = tag.trim().replace(/_/g, '-');
  try {
    const locale = new Intl.Locale(clean);
    const max = locale.maximize();
    return {
      tag: locale.toString().toLowerCase(),
      language: locale.language.toLowerCase(),
      script: (max.script ?? '').toLowerCase(),
      region: (locale.region ?? max.region ?? '').toLowerCase(),
    };
  } catch {
    const lower = clean.toLowerCase();
    return { tag: lower, language: lower.split('-')[0] ?? lower, script: '', region: '' };
  }
}

/**
 * The voice to speak `lang` with: the exact tag first, then the same language (same script and region
 * first, then the system default, then a local voice, in the list's order otherwise); `undefined` when
 * no voice speaks the language.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const wanted = parts(lang);
  if (!wanted.language) return undefined;
  const candidates = voices
    .map((voice, index) => ({ voice, index, tag: parts(voice.lang ?? '') }))
    .filter((c) => c.tag.language === wanted.language);
  const exact = candidates.find((c) => c.tag.tag === wanted.tag);
  if (exact) return exact.voice;
  const score = (c: (typeof candidates)[number]): number =>
    (c.tag.script === wanted.script ? 8 : 0) +
    (wanted.region && c.tag.region === wanted.region ? 4 : 0) +
    (c.voice.default ? 2 : 0) +
    (c.voice.localService ? 1 : 0);
  candidates.sort((a, b) => score(b) - score(a) || a.index - b.index);
  return candidates[0]?.voice;
}
