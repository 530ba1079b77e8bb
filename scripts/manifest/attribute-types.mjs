// Attribute types for the manifest, written out as the values an attribute can take. The analyzer
// copies a property's type text (`VoiceMode | undefined`), so editors would offer `"VoiceMode"` as a
// value and type generators would need our source. Here each named type is looked up with the
// TypeScript checker among the exports of the package's entry and replaced by its literal values
// (`'off' | 'changes' | 'counts'`); an object type (a `Dosage`) becomes `string`, since an attribute is
// always text that a converter reads.
import ts from 'typescript';

/** Splits `A | B<C | D> | 'e|f'` on its top-level bars. */
function topLevelUnion(text) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('<({['.includes(c)) depth += 1;
    else if ('>)}]'.includes(c)) depth -= 1;
    else if (c === '|' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter(Boolean);
}

function literalText(type) {
  if (type.isStringLiteral()) return `'${type.value}'`;
  if (type.isNumberLiteral()) return String(type.value);
  if (type.flags & ts.TypeFlags.BooleanLiteral) return type.intrinsicName;
  if (type.flags & ts.TypeFlags.Undefined) return 'undefined';
  if (type.flags & ts.TypeFlags.Null) return 'null';
  if (type.flags & ts.TypeFlags.String) return 'string';
  if (type.flags & ts.TypeFlags.Number) return 'number';
  if (type.flags & ts.TypeFlags.Boolean) return 'boolean';
  return 'string';
}

/**
 * @param {string} entry the module whose exports name the types (src/index.ts)
 * @returns {(typeText: string) => string}
 */
export function attributeTypeExpander(entry) {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`attribute types: cannot read the exports of ${entry}`);
  const named = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & (ts.SymbolFlags.TypeAlias | ts.SymbolFlags.Interface)) named.set(symbol.name, target);
  }
  return (typeText) => {
    if (!typeText) return typeText;
    const parts = topLevelUnion(typeText).flatMap((part) => {
      const symbol = named.get(part);
      if (!symbol) return [part];
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      return type.isUnion() ? type.types.map(literalText) : [literalText(type)];
    });
    return [...new Set(parts)].join(' | ');
  };
}
