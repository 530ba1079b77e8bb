/**
 * The runtime glue between our elements and @lit/localize: which UI catalog a page uses, loading it,
 * and following the page when its language changes.
 *
 * **One locale per page.** @lit/localize keeps a single active locale for every `msg()` that shares
 * its module (lit/lit#1661), and `configureLocalization` may be called only once. So:
 *  - Our catalog is chosen for the page, not per element (see `choosePageLocale`): when every widget
 *    resolves to the same language, that one; when they disagree, the page's `<html lang>`, else the
 *    first widget's. Author data (locale maps), numbers, dosage lines, lists and text direction still
 *    follow each element's own resolved `lang`.
 *  - The drop-in bundle carries its own copy of @lit/localize, so it never meets a host app's.
 *  - In the npm build @lit/localize is shared with the host app. If the app configured it first, our
 *    `configureLocalization` throws; we catch that and never set the locale ourselves. Our strings
 *    then follow the host's active locale when its catalogs carry our messages, and are English
 *    otherwise. Nothing throws, nothing goes blank.
 *
 * Nothing happens at import: the first element to connect configures localization and starts a
 * MutationObserver on `lang` attributes in its document; the last to disconnect stops it.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, msg, type LocaleModule } from '@lit/localize';
import { choosePageLocale, negotiateLocale, SOURCE_LOCALE } from '../core/negotiate-locale.js';
import { allLocales, targetLocales } from '../translations/locale-codes.js';
import { resolveLocale } from './localized-text.js';

type TargetLocale = (typeof targetLocales)[number];

/** Fixed import paths, one per locale, so bundlers can see and split every catalog. */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../translations/ar.js'),
  de: () => import('../translations/de.js'),
  'en-XA': () => import('../translations/en-XA.js'),
  es: () => import('../translations/es.js'),
  fr: () => import('../translations/fr.js'),
  nl: () => import('../translations/nl.js'),
  'pt-BR': () => import('../translations/pt-BR.js'),
  'zh-Hans': () => import('../translations/zh-Hans.js'),
};

/** An element whose UI strings follow the page's catalog. */
export interface LocalizedHost extends Element {
  requestUpdate(): void;
}

type Mode =
  { kind: 'own'; getLocale: () => string; setLocale: (locale: string) => Promise<void> } | { kind: 'host' };

let mode: Mode | undefined;
/** The locale the host app's @lit/localize last reported ready, when it owns localization. */
let hostLocale: string = SOURCE_LOCALE;
/** The catalog we last asked for, and the promise of its load. */
let requested: string = SOURCE_LOCALE;
let ready: Promise<void> = Promise.resolve();
let observer: MutationObserver | undefined;
let scheduled = false;
const hosts = new Set<LocalizedHost>();

function loadLocale(locale: string): Promise<LocaleModule> {
  const load = (loaders as Record<string, (() => Promise<LocaleModule>) | undefined>)[locale];
  return load ? load() : Promise.reject(new Error(`No catalog for ${locale}`));
}

function configure(): Mode {
  if (mode) return mode;
  try {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales,
      loadLocale,
    });
    mode = { kind: 'own', getLocale, setLocale };
  } catch {
    // The host app configured @lit/localize before us (npm build only): its locale rules our msg().
    mode = { kind: 'host' };
    globalThis.addEventListener?.(LOCALE_STATUS_EVENT, (event) => {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail?.status === 'ready' && detail.readyLocale) hostLocale = detail.readyLocale;
    });
  }
  return mode;
}

/** Starts following the page for `host`; called from `connectedCallback`. */
export function connectLocalization(host: LocalizedHost): void {
  configure();
  hosts.add(host);
  const root = host.ownerDocument?.documentElement;
  if (!observer && root && typeof MutationObserver === 'function') {
    // `lang` anywhere in the light DOM: <html>, an ancestor, or an element itself.
    observer = new MutationObserver(() => {
      schedule();
      hosts.forEach((h) => h.requestUpdate());
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  schedule();
}

/** Stops following the page for `host`; called from `disconnectedCallback`. */
export function disconnectLocalization(host: LocalizedHost): void {
  hosts.delete(host);
  if (hosts.size > 0) {
    schedule();
    return;
  }
  observer?.disconnect();
  observer = undefined;
}

/** Re-chooses the page's catalog once per task, however many elements connect in it. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    applyPageLocale();
  });
}

function applyPageLocale(): void {
  if (mode?.kind !== 'own' || hosts.size === 0) return;
  const connected = [...hosts].filter((h) => h.isConnected);
  // Document order, so "the first widget" means the first on the page, not the first to load.
  connected.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const first = connected[0];
  if (!first) return;
  const page = first.ownerDocument.documentElement.getAttribute('lang');
  const next = choosePageLocale(
    connected.map((h) => resolveLocale(h)),
    page,
    allLocales,
  );
  if (next === requested) return;
  requested = next;
  const { setLocale } = mode;
  ready = setLocale(next).catch(() => {
    // A catalog that failed to load (offline, blocked chunk): English rather than nothing.
    if (requested === next) {
      requested = SOURCE_LOCALE;
      return setLocale(SOURCE_LOCALE).catch(() => undefined);
    }
    return undefined;
  });
}

/**
 * The locale of the catalog our `msg()` strings are showing in: the one we loaded, or under a host
 * app's @lit/localize its locale when its catalogs carry our messages, else English. Plural forms of
 * UI messages are chosen by this locale, so category and wording always agree.
 */
export function uiLocale(): string {
  if (mode?.kind === 'own') return mode.getLocale();
  if (mode?.kind === 'host' && hostLocale !== SOURCE_LOCALE) {
    // A sentinel message: translated only when the host's catalog includes ours.
    return msg('Done') === 'Done' ? SOURCE_LOCALE : negotiateLocale(hostLocale);
  }
  return SOURCE_LOCALE;
}

/**
 * Resolves when the catalog chosen for the page has loaded (or failed over to English). Useful in
 * tests and for hosts that want to reveal widgets only once they speak the page's language.
 */
export async function localeReady(): Promise<void> {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await ready;
}

/** Whether we own @lit/localize on this page (`own`), a host app does (`host`), or nothing connected yet. */
export function localizationMode(): 'own' | 'host' | 'idle' {
  return mode?.kind ?? 'idle';
}
