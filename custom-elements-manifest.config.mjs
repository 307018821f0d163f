// The custom elements manifest (psw-role-kit/custom-elements.json), generated from the JSDoc on each
// element class (@summary, @tag, @fires, @csspart, @cssprop, @cssstate, @slot).
export default {
  globs: ['components/**/*.component.ts', 'components/base/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
