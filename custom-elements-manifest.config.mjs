// The custom elements manifest (`npm run analyze`, flags in package.json) describes the public API only:
// it feeds Storybook, editors and the framework typings (scripts/framework-types.mjs), so nothing internal
// may leak into it.

/** Public events are `clinic-*`; the analyzer also lists the context request every widget dispatches. */
function publicEventsOnly() {
  return {
    name: 'clinic-public-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('clinic-'));
          if (declaration.events?.length === 0) delete declaration.events;
        }
      }
    },
  };
}

/**
 * `<clinic-provider lang>` is HTMLElement's own `lang`, observed rather than declared, so the analyzer
 * finds the attribute without a type or a property: it gets both here, with the words for users.
 */
function providerLang() {
  return {
    name: 'clinic-provider-lang',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const lang = declaration.tagName === 'clinic-provider' && declaration.attributes?.find((attribute) => attribute.name === 'lang');
          if (lang) {
            Object.assign(lang, {
              type: { text: 'string' },
              fieldName: 'lang',
              description: 'Language of the widgets it serves, e.g. `es` (a widget’s own or nearer `lang` wins).',
            });
          }
        }
      }
    },
  };
}

export default {
  plugins: [publicEventsOnly(), providerLang()],
};
