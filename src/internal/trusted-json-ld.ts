/**
 * Under Trusted Types (`require-trusted-types-for 'script'`) a page refuses plain strings as the text
 * of any `<script>`, even `application/ld+json`, which never runs. The card's JSON-LD is data it
 * serialized itself (with `<` escaped), so it goes in through a policy of our own that lets exactly
 * that text through. Elsewhere the string is used as it is.
 *
 * A page that also lists allowed policy names (`trusted-types …`) must add `exercise-elements` (and
 * `'allow-duplicates'` if the script may load twice); otherwise creating the policy fails, the card
 * leaves the JSON-LD out and says nothing more.
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

/** The policy's name, for pages that list allowed policies in their CSP. */
export const TRUSTED_TYPES_POLICY = 'exercise-elements';

/** The policy; `null` where there is no Trusted Types API; `false` once the page refused it. */
let policy: ScriptPolicy | null | false | undefined;

/**
 * Script text for `json` that a Trusted Types page accepts: a `TrustedScript` where the API exists,
 * the string itself elsewhere; `undefined` when the page refused our policy.
 */
export function jsonLdScriptText(json: string): string | undefined {
  if (policy === undefined) {
    const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
    try {
      policy = trustedTypes?.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (input) => input }) ?? null;
    } catch {
      // Asked once: a refusal is reported to the page once, not on every render.
      policy = false;
    }
  }
  if (policy === false) return undefined;
  // A TrustedScript stringifies to its text; script.textContent accepts it where a plain string is refused.
  return policy ? (policy.createScript(json) as string) : json;
}
