// The Custom Elements Manifest (custom-elements.json): documents every element's attributes,
// properties, events, slots, parts and CSS custom properties from the JSDoc in the classes.
// Storybook's autodocs and controls read it, and editors use it for completion.
export default {
  globs: ['src/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
