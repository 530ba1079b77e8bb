/**
 * The player's light DOM: exactly one schema.org `HowTo` JSON-LD script while `structured-data` is on
 * and the routine is ready (adopting a server-rendered one instead of adding a second), written
 * through the library's Trusted Types policy, and rebuilt only when the routine, pace, language,
 * dosage words or base URL change, never on a tick.
 */
import type { Routine } from '../data/routine-schema.js';
import { ensureDosageWords } from '../internal/dosage-words-loader.js';
import { jsonLdScriptText } from '../internal/trusted-json-ld.js';

/** Marks the JSON-LD script the player owns (it adopts a server-rendered one instead of adding a second). */
export const ROUTINE_JSON_LD_MARKER = 'data-routine-player';

type RoutineJsonLdWriter = typeof import('../core/routine-json-ld.js');

let writer: RoutineJsonLdWriter | undefined;
let loading: Promise<RoutineJsonLdWriter> | undefined;

/**
 * The schema.org writer (src/core/routine-json-ld.ts) loads only for a player with `structured-data`:
 * most players have none, and their page should not download it. One fixed `import()`, so every
 * bundler splits it out. A failed load (offline) leaves the player without JSON-LD; the next sync tries
 * again.
 */
function loadWriter(whenLoaded: () => void): RoutineJsonLdWriter | undefined {
  if (writer) return writer;
  loading ??= import('../core/routine-json-ld.js').then(
    (module) => (writer = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  loading.then(whenLoaded, () => undefined);
  return undefined;
}

/** What the JSON-LD is built from; the same object means the same routine and pace. */
export interface JsonLdSource {
  routine: Routine;
  estimateSeconds: number;
}

export class StructuredDataSync {
  private script: HTMLScriptElement | undefined;
  private cache:
    { source: JsonLdSource; locale: string; words: boolean; base: string; json: string } | undefined;

  /** `onWriterLoaded`: the host updates, which syncs again, once the writer has arrived. */
  constructor(
    private readonly host: HTMLElement,
    private readonly onWriterLoaded: () => void,
  ) {}

  /** The writer's download while it is under way (so the host's `updateComplete` can wait for it). */
  get loading(): Promise<unknown> | undefined {
    return writer ? undefined : loading;
  }

  /** Brings the light DOM in line: `source` undefined removes the script. */
  sync(source: JsonLdSource | undefined, locale: string): void {
    const host = this.host;
    const owned = Array.from(host.children).filter(
      (child): child is HTMLScriptElement =>
        child.localName === 'script' && child.hasAttribute(ROUTINE_JSON_LD_MARKER),
    );
    if (!source) {
      owned.forEach((script) => script.remove());
      this.script = undefined;
      return;
    }
    // Still on its way: a server-rendered script stays as it is until the writer can check it.
    const write = loadWriter(this.onWriterLoaded);
    if (!write) return;
    // Built again once the language's dosage words arrive (they lag on a mixed-language page).
    const words = ensureDosageWords(locale);
    const base = host.ownerDocument.baseURI;
    const cached = this.cache;
    const json =
      cached &&
      cached.source === source &&
      cached.locale === locale &&
      cached.words === words &&
      cached.base === base
        ? cached.json
        : write.routineJsonLd(source.routine, {
            locale,
            totalSeconds: source.estimateSeconds,
            resolveUrl: (url) => {
              try {
                return new URL(url, base).href;
              } catch {
                return url;
              }
            },
          });
    this.cache = { source, locale, words, base, json };
    let script = this.script && this.script.parentNode === host ? this.script : owned[0];
    owned.filter((s) => s !== script).forEach((s) => s.remove());
    if (script?.textContent === json) {
      this.script = script;
      return;
    }
    // Trusted Types pages accept the text only through our policy; one that refuses it gets no JSON-LD.
    const text = jsonLdScriptText(json);
    try {
      if (text === undefined) throw new Error('refused');
      if (!script) {
        script = host.ownerDocument.createElement('script');
        script.type = 'application/ld+json';
        script.setAttribute(ROUTINE_JSON_LD_MARKER, '');
        script.textContent = text;
        host.append(script);
      } else {
        script.textContent = text;
      }
      this.script = script;
    } catch {
      // A policy refused or a default policy threw: the player still works, without JSON-LD.
      script?.remove();
      this.script = undefined;
    }
  }
}
