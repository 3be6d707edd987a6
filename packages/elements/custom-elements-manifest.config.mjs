// Read by `cem analyze` (the package build). The manifest describes what a page author uses: the public
// elements, with their attributes, properties, events, slots, parts and custom properties. The base
// classes, controllers and helpers behind them are implementation: their declarations are dropped here
// (after the analyzer has copied inherited members into each element), as are private and protected
// members and their attributes. test/manifest.test.js checks the result.

/** Keeps each module's custom elements (a class with a tag) and their public members only. */
function publicElementsOnly() {
  const isPublic = (member) =>
    (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');
  return {
    name: 'public-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules
        .map((mod) => {
          const elements = (mod.declarations ?? []).filter((d) => d.customElement && d.tagName);
          const names = new Set(elements.map((d) => d.name));
          return {
            ...mod,
            declarations: elements.map((d) => {
              // `static properties` lists internal state too (`state: true`): no attribute for a hidden field.
              const hidden = new Set(
                (d.members ?? []).filter((m) => !isPublic(m)).map((m) => m.name),
              );
              return {
                ...d,
                // Fields listed in `static properties` come marked "public"; the others carry no mark.
                members: (d.members ?? []).filter(isPublic).map(({ privacy: _privacy, ...m }) => m),
                attributes: (d.attributes ?? []).filter((a) => !hidden.has(a.fieldName)),
              };
            }),
            exports: (mod.exports ?? []).filter(
              (e) =>
                names.has(e.declaration?.name) && (e.kind === 'js' || e.name.startsWith('sa-')),
            ),
          };
        })
        .filter((mod) => mod.declarations.length > 0);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/static/**'],
  litelement: true,
  plugins: [publicElementsOnly()],
};
