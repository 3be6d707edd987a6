// Read by `cem analyze` (the package build). The manifest describes what a page author uses: the public
// elements, with their attributes, properties, events, slots, parts and custom properties, in the files
// that npm ships. The base classes, controllers and helpers behind them are implementation: their
// declarations are dropped here (after the analyzer has copied inherited members, events, parts and
// custom properties into each element), as are private and protected members. test/manifest.test.js
// checks the result against the official schema, the sources and docs/elements.md.
import { posix } from 'node:path';

/** `src/overview/overview.ts` → `dist/overview/overview.js`, the file the package ships. */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/**
 * A default written as a simple literal in the source (`10_000`, `'auto'`, `false`) as its value, or
 * undefined for anything else (an expression is no default a reader can use).
 */
function literalValue(text) {
  if (text === undefined) return undefined;
  if (/^-?[\d_]+(\.[\d_]+)?$/.test(text)) return Number(text.replaceAll('_', ''));
  if (text === 'true' || text === 'false') return text === 'true';
  const quoted = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2];
  if (text === '[]') return [];
  return undefined;
}

/**
 * An attribute's default as the attribute's value (attributes are strings): `auto`, `10000`. A boolean
 * attribute is absent by default, so it has none.
 */
function attributeDefault(text) {
  const value = literalValue(text);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A property's default as JSON-like source: `"auto"`, `10000`, `false`. */
function fieldDefault(text) {
  const value = literalValue(text);
  return value === undefined ? undefined : JSON.stringify(value);
}

const withDefault = (item, value) => {
  const { default: _, ...rest } = item;
  return value === undefined ? rest : { ...rest, default: value };
};

const LISTS = [
  'members',
  'attributes',
  'events',
  'slots',
  'cssParts',
  'cssProperties',
  'cssStates',
];
const DEFAULTS = { members: fieldDefault, attributes: attributeDefault };

/**
 * Keeps each module's custom elements (a class with a tag) and their public members only, with paths to
 * the shipped JavaScript, defaults as values, and the tags that `defineElement()` registers.
 */
function publicElementsOnly() {
  // Fields listed in `static properties` come marked "public"; the others carry no mark.
  const isPublic = (member) =>
    (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');
  /** Module path → [tag, class name] of each `defineElement('sa-…', SaClass)` call in it. */
  const definitions = new Map();
  return {
    name: 'public-elements-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        node.expression.getText() === 'defineElement' &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        const list = definitions.get(moduleDoc.path) ?? [];
        list.push([node.arguments[0].text, node.arguments[1].text]);
        definitions.set(moduleDoc.path, list);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const elementModule = new Map();
      for (const mod of modules)
        for (const d of mod.declarations ?? [])
          if (d.customElement && d.tagName) elementModule.set(d.name, mod.path);
      // References to anything the manifest does not describe (the internal base classes) are dropped.
      // A re-export names its module relative to the one that re-exports it (`./base/sa-element.js`).
      const reference = (ref, from = '') => {
        const path = ref?.module?.startsWith('.')
          ? posix.join(posix.dirname(from), ref.module).replace(/\.js$/, '.ts')
          : ref?.module;
        return ref && elementModule.get(ref.name) === path
          ? { ...ref, module: shipped(path) }
          : undefined;
      };
      const clean = (item, defaultOf) => {
        const { inheritedFrom, ...rest } = withDefault(item, defaultOf(item.default));
        const from = reference(inheritedFrom);
        return from ? { ...rest, inheritedFrom: from } : rest;
      };

      customElementsManifest.modules = modules
        .map((mod) => {
          const elements = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
          const exports = (mod.exports ?? [])
            .filter((e) => e.kind === 'js' && elementModule.has(e.declaration?.name))
            .map((e) => ({ ...e, declaration: reference(e.declaration, mod.path) }))
            .filter((e) => e.declaration);
          for (const [tag, name] of definitions.get(mod.path) ?? [])
            if (elementModule.has(name))
              exports.push({
                kind: 'custom-element-definition',
                name: tag,
                declaration: { name, module: shipped(elementModule.get(name)) },
              });
          return {
            ...mod,
            path: shipped(mod.path),
            declarations: elements.map((d) => {
              // `static properties` lists internal state too (`state: true`): no attribute for a hidden field.
              const hidden = new Set(
                (d.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name),
              );
              const out = {
                ...d,
                members: (d.members ?? []).filter(isPublic).map(({ privacy: _privacy, ...m }) => m),
                attributes: (d.attributes ?? []).filter((a) => !hidden.has(a.fieldName)),
              };
              for (const list of LISTS)
                if (out[list]?.length)
                  out[list] = out[list].map((item) =>
                    clean(item, DEFAULTS[list] ?? ((value) => value)),
                  );
              return out;
            }),
            exports,
          };
        })
        .filter((mod) => mod.declarations.length > 0 || mod.exports.length > 0);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  plugins: [publicElementsOnly()],
};
