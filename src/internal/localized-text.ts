/**
 * Which language an element is shown in. Choosing the text for that language is pure logic and lives
 * in src/core/localized-text.ts; it is re-exported here for the elements.
 */
import { supportedLocale } from '../core/intl-cache.js';

export { pickText, type LocalizedText } from '../core/localized-text.js';

/**
 * The language `element` is shown in: its own `lang`, the nearest ancestor's (crossing shadow roots
 * through their hosts), `<html lang>`, the browser's first preferred language, and finally `en`.
 */
export function resolveLocale(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    if (node.parentElement) {
      node = node.parentElement;
    } else {
      // Server rendering has neither getRootNode nor ShadowRoot.
      const root = node.getRootNode?.();
      node = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root.host : null;
    }
  }
  const documentLang = element.ownerDocument?.documentElement?.getAttribute('lang')?.trim();
  if (documentLang) return documentLang;
  if (typeof navigator !== 'undefined') {
    const preferred = navigator.languages?.[0] ?? navigator.language;
    if (preferred) return preferred;
  }
  return 'en';
}

/**
 * The element's resolved language as a tag Intl accepts (`es-MX`, `ar`), for numbers, lists and
 * dates; a malformed `lang` reads as English instead of throwing inside a render.
 */
export function intlLocale(element: Element): string {
  return supportedLocale(resolveLocale(element));
}
