/**
 * Escaping for the embed snippet. The snippet is pasted into pages we never see (a WordPress "Custom
 * HTML" block, Squarespace, Wix), so nothing an author typed may end an element, open a comment or start
 * markup there.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe both between tags and inside a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON for the inside of a `<script type="application/json">`. Every `<`, `>` and `&` becomes a JSON
 * escape, so no string can write `</script` or `<!--` (either would end or confuse the script element
 * in the HTML parser); U+2028 and U+2029 are escaped too, for hosts that paste it into JavaScript.
 * `JSON.parse` reads the escapes back as the same characters.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
