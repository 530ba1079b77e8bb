/**
 * Prepares `custom-elements.json` for Storybook's autodocs and controls.
 *
 * Storybook finds an element's docs by its tag name, and lists every member and attribute it is given.
 * Our classes never register themselves (a small entry file does), so the analyzer does not see a tag
 * name; and members marked `@internal` (reactive state, private helpers) still reach the manifest, with
 * their descriptions removed. This keeps what an embedder can use: members that carry a description,
 * attributes that belong to them, and every event, slot, part and CSS property. It never overrides a
 * tag name the manifest already has.
 */

interface Documented {
  name: string;
  description?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  fieldName?: string;
}

interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: Documented[];
  attributes?: Documented[];
  [key: string]: unknown;
}

interface Manifest {
  modules?: { declarations?: Declaration[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** `ExerciseCard` → `exercise-card`: the tag each entry file registers its class under. */
export function tagNameOf(className: string): string {
  return className.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

/** The element classes of this library: they extend the shared base class. */
function isElementClass(declaration: Declaration): boolean {
  return (
    declaration.kind === 'class' &&
    (declaration.customElement === true || declaration.superclass?.name === 'ExerciseElement')
  );
}

function isPublicApi(member: Documented): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name.startsWith('#') || member.name.startsWith('_')) return false;
  return Boolean(member.description?.trim());
}

export function prepareManifest(input: unknown): Manifest {
  const manifest = structuredClone(input) as Manifest;
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!isElementClass(declaration)) continue;
      declaration.customElement = true;
      declaration.tagName ??= tagNameOf(declaration.name);
      const members = (declaration.members ?? []).filter(isPublicApi);
      const fields = new Set(members.map((member) => member.name));
      declaration.members = members;
      declaration.attributes = (declaration.attributes ?? []).filter((attribute) =>
        attribute.fieldName ? fields.has(attribute.fieldName) : isPublicApi(attribute),
      );
    }
  }
  return manifest;
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
  return (prepareManifest(input).modules ?? [])
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
