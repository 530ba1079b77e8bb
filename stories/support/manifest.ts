/**
 * Tables for the docs pages, read from `custom-elements.json` (the analyzer's config gives each element
 * its tag and leaves internal state out), so the Theming page can't drift from the code.
 */

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export interface TokenRow {
  name: string;
  default: string;
  description: string;
  elements: string[];
}

export interface PartRow {
  element: string;
  name: string;
  description: string;
}

interface StyledDeclaration extends Declaration {
  cssProperties?: { name: string; default?: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

function elementDeclarations(input: unknown): StyledDeclaration[] {
  return ((input as Manifest).modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement) as StyledDeclaration[];
}

/** Every CSS custom property of every element, once, with the elements that read it. */
export function tokenRows(input: unknown): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const declaration of elementDeclarations(input)) {
    for (const property of declaration.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        default: property.default ?? '',
        description: property.description ?? '',
        elements: [],
      };
      row.elements.push(`<${declaration.tagName}>`);
      rows.set(property.name, row);
    }
  }
  // Shared tokens first (read by more than one element), then each element's own.
  return [...rows.values()].sort((a, b) => Number(b.elements.length > 1) - Number(a.elements.length > 1));
}

/** Every `::part` of every element. */
export function partRows(input: unknown): PartRow[] {
  return elementDeclarations(input).flatMap((declaration) =>
    (declaration.cssParts ?? []).map((part) => ({
      element: `<${declaration.tagName}>`,
      name: part.name,
      description: part.description ?? '',
    })),
  );
}
