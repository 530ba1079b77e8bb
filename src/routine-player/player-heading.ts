import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * A real heading at `level` (clamped to 1–6), so the player fits the outline of the page it sits in:
 * `heading-level` sets the routine title's level and every inner heading goes one level deeper.
 */
export function heading(
  level: number,
  content: unknown,
  options: { part?: string; id?: string; className?: string; focusable?: boolean; dir?: 'auto' } = {},
): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1]!;
  return staticHtml`<${tag}
    part=${ifDefined(options.part)}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    dir=${ifDefined(options.dir)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
  >${content}</${tag}>`;
}
