/**
 * The one rule for every address the library reads or prints, in data (`media.images[].src`,
 * `source.url`…) and in attributes (`src` of every element): an `https:` or `http:` address, or a
 * relative one, of at most `maxUrlLength` characters, without whitespace, control or bidirectional
 * formatting characters. Anything else (`data:`, `blob:`, `javascript:`, `file:`) is refused: a
 * `javascript:` or `data:` address in an author's JSON must never reach an `href` or a `fetch`, and data
 * made by the page's own code goes in through the `exercise` / `routine` property instead.
 *
 * Whitespace and control characters are refused outright because browsers strip some of them
 * (`java\tscript:`) before reading the scheme; bidirectional controls are refused because they make a
 * printed address read differently from where it goes (`\u202Egpj.exe`).
 */
import { DOCUMENT_LIMITS } from './limits.js';

export const SAFE_URL_PATTERN =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /^(?:https?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/;

/** Whether `url` follows the rule above. Never throws. */
export function isSafeUrl(url: unknown): url is string {
  return typeof url === 'string' && url.length <= DOCUMENT_LIMITS.maxUrlLength && SAFE_URL_PATTERN.test(url);
}

// eslint-disable-next-line no-control-regex -- these are the characters made visible
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Longer addresses are cut in messages; the start says where the data was meant to come from. */
const SHOWN_LENGTH = 120;

/**
 * An address as it may be printed in a message: control and bidirectional formatting characters are
 * percent-encoded (so `\u202Egpj.exe` shows as `%E2%80%AEgpj.exe` and reads as what it is), a long address
 * is cut, and one holding other than plain ASCII is isolated (FSI … PDI) so right-to-left letters in it
 * cannot reorder the sentence around it.
 */
export function displayUrl(url: string): string {
  const text = String(url);
  const cut = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
  const visible = cut.replace(HIDDEN, (ch) => encodeURIComponent(ch));
  return /^[\u0020-\u007E]*$/.test(visible) ? visible : `\u2068${visible}\u2069`;
}
