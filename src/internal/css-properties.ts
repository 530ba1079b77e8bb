/**
 * `cssProperties({ '--_ring-offset': '40' })`: sets custom properties on an element through CSSOM
 * (`style.setProperty`), every time, including the first render.
 *
 * Lit's `styleMap` writes the `style` attribute on first render, and a page whose Content-Security-Policy
 * has `style-src` without `'unsafe-inline'` refuses that attribute (a violation report, and the value is
 * lost); CSSOM changes are always allowed. Server rendering leaves element bindings out, so the
 * stylesheet's `var(--name, fallback)` covers the server's HTML until the element takes over.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** Custom property name → value; an `undefined` value removes the property. */
export type CssPropertyValues = Readonly<Record<string, string | undefined>>;

class CssPropertiesDirective extends Directive {
  #names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProperties() belongs on an element, not in an attribute.');
  }

  render(_properties: CssPropertyValues): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [properties]: [CssPropertyValues]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set(Object.keys(properties).filter((name) => properties[name] !== undefined));
    for (const name of this.#names) if (!next.has(name)) style.removeProperty(name);
    this.#names = next;
    for (const name of next) style.setProperty(name, properties[name]!);
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
