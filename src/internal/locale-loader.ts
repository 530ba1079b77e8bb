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
 * **Catalogs in parts.** scripts/build-catalogs.mjs splits each locale's catalog by the code that
 * calls `msg()` (`shared`, `card`, `counter`, `player`, `session`) and stores hashed message ids under
 * a short prefix. We load only the parts the connected elements need (`ELEMENT_PARTS`, by tag; a tag
 * we don't know, such as a subclass under a host's own name, gets every part), merge them into one
 * store per locale, and hand @lit/localize a view of it that looks full ids up by their short key. A
 * part that arrives after its locale became active (an element added later) re-renders our elements.
 *
 * Nothing happens at import: the first element to connect configures localization and starts a
 * MutationObserver on `lang` attributes in its document; the last to disconnect stops it.
 */
import {
  configureLocalization,
  LOCALE_STATUS_EVENT,
  msg,
  type LocaleModule,
  type TemplateLike,
  type TemplateMap,
} from '@lit/localize';
import { choosePageLocale, negotiateLocale, SOURCE_LOCALE } from '../core/negotiate-locale.js';
import {
  ALL_PARTS,
  ELEMENT_PARTS,
  KEY_LENGTH,
  partLoaders,
  type CatalogPart,
} from '../translations/catalog-parts.js';
import { allLocales, targetLocales } from '../translations/locale-codes.js';
import { resolveLocale } from './localized-text.js';

/** The key a catalog stores message `id` under: hashed ids (`s` + 16 hex digits) are cut short. */
export function catalogKey(id: string): string {
  return /^[sh][0-9a-f]{16}$/.test(id) ? id.slice(0, KEY_LENGTH) : id;
}

/** A catalog keyed by `catalogKey`, as @lit/localize reads one: `templates[id]` with the full id. */
export function compactTemplates(store: Record<string, TemplateLike>): TemplateMap {
  return new Proxy(store, {
    get: (target, id) => (typeof id === 'string' ? target[catalogKey(id)] : undefined),
  });
}

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
/** Each locale's catalog by short key, merged from its parts as they arrive. */
const stores = new Map<string, Record<string, TemplateLike>>();
/** Part loads by `locale/part`, kept while loading and once loaded. */
const partLoads = new Map<string, Promise<void>>();

/** The parts of a catalog that the connected elements call `msg()` from. */
function neededParts(): Set<CatalogPart> {
  return new Set([...hosts].flatMap((host) => ELEMENT_PARTS[host.localName] ?? ALL_PARTS));
}

/** Something loaded with a catalog; see `loadWithCatalogs`. */
export interface CatalogCompanion {
  /** Starts loading what `locale` needs for elements with these `parts`; resolves (never rejects) once in. */
  load(locale: string, parts: ReadonlySet<CatalogPart>): Promise<void> | undefined;
  /** Resolves once everything it was asked for so far has landed or failed. */
  settled(): Promise<void>;
}

const companions: CatalogCompanion[] = [];

/**
 * Adds a load that travels with every catalog: `loadLocale` waits for it beside the parts, so the page
 * re-renders once, with both. Dosage words come this way (dosage-words-loader.ts adds them when its
 * module loads): only elements that write dosage lines import it, so the counter never carries it.
 */
export function loadWithCatalogs(companion: CatalogCompanion): void {
  companions.push(companion);
}

/** Loads the parts the connected elements need of `locale`'s catalog; resolves once all are in. */
function loadLocale(locale: string): Promise<LocaleModule> {
  const store = stores.get(locale) ?? {};
  stores.set(locale, store);
  const needed = neededParts();
  const extras = companions.map((companion) => companion.load(locale, needed));
  const loads = [...needed].map((part) => {
    const key = `${locale}/${part}`;
    let load = partLoads.get(key);
    if (!load) {
      // catalog-parts.ts has a loader for every part of every target locale: it is generated so.
      load = partLoaders[locale]![ALL_PARTS.indexOf(part)]!().then((mod) => {
        Object.assign(store, mod.templates);
      });
      // Forget a part that failed (offline, blocked chunk), so the next element to connect retries it.
      load.catch(() => partLoads.delete(key));
      partLoads.set(key, load);
    }
    return load;
  });
  return Promise.all([...loads, ...extras]).then(() => ({ templates: compactTemplates(store) }));
}

/** Loads parts that elements connected after `locale` was requested need, and re-renders with them. */
function loadLateParts(locale: string): void {
  if ([...neededParts()].every((part) => partLoads.has(`${locale}/${part}`))) return;
  const late = loadLocale(locale).then(
    () => hosts.forEach((h) => h.requestUpdate()),
    // Those elements keep their English strings; the page's other parts stay translated.
    () => undefined,
  );
  ready = Promise.all([ready, late]).then(() => undefined);
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
  if (next === requested) {
    if (next !== SOURCE_LOCALE) loadLateParts(next);
    return;
  }
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
 * Resolves when the catalog chosen for the page, with every part its elements need, has loaded (or
 * failed over to English), and with it what its elements asked for besides (dosage words). Useful in
 * tests and for hosts that want to reveal widgets only once they speak the page's language.
 */
export async function localeReady(): Promise<void> {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await ready;
  await Promise.all(companions.map((companion) => companion.settled()));
}

/** Whether we own @lit/localize on this page (`own`), a host app does (`host`), or nothing connected yet. */
export function localizationMode(): 'own' | 'host' | 'idle' {
  return mode?.kind ?? 'idle';
}
