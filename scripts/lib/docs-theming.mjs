// The theming parts of the generated documentation (scripts/build-docs.mjs): the token table and
// the parts and states of docs/theming.md, and themes/default.css.
import { tokenDefaults } from './cem-plugins.mjs';
import { GENERATED, code, table } from './markdown.mjs';

export function tokenTable(base) {
  const defaults = tokenDefaults();
  const split = (v) => {
    const m = /^light-dark\((.*),\s*([^,]+)\)$/.exec(v ?? '');
    return m ? [m[1].trim(), m[2].trim()] : [v, v];
  };
  return table(['Token', 'Default (light)', 'Default (dark)', 'What it colours or sizes'],
    (base.cssProperties ?? []).map((p) => {
      const [light, dark] = split(defaults[p.name]);
      return [code(p.name), code(light), code(dark), p.description];
    }));
}

export function partsAndStates(elements) {
  return elements.map((d) => [
    `### \`<${d.tagName}>\``,
    '',
    `- Parts: ${(d.cssParts ?? []).map((p) => code(p.name)).join(', ') || 'none'}`,
    `- States: ${(d.cssStates ?? []).map((s) => code(`:state(${s.name})`)).join(', ') || 'none'}`,
    '',
    `Details: [\`<${d.tagName}>\`](elements/${d.tagName}.md#api).`,
  ].join('\n')).join('\n\n');
}

export function defaultThemeCss(base) {
  const defaults = tokenDefaults();
  const lines = (base.cssProperties ?? []).map((p) => `    /* ${p.description} */\n    ${p.name}: ${defaults[p.name]};`);
  return [
    '/*',
    ' * psw-role-kit default theme (psw-role-kit/themes/default.css): every public token with the value the',
    ' * elements use when it is not set. You do not need this file: the elements carry these defaults.',
    ' * Copy it as the starting point of your own theme, and change what you need.',
    ' *',
    ' * Colours use light-dark(): the light value unless the page (or an ancestor of the element) declares',
    ' * `color-scheme: light dark` and the reader prefers dark. The rules sit in the psw-theme layer on',
    ' * :where(:root), so any unlayered rule of the host page wins.',
    ' *',
    ' * Sizes: the elements measure in their own rem, the larger of the page\'s root font size and the',
    ' * element\'s text size (docs/theming.md, "Sizes"). The rem values below are equal to that on a page',
    ' * that keeps the browser\'s root font size; on a page that shrinks it (html { font-size: 62.5% }),',
    ' * leave the size tokens out.',
    ` * ${GENERATED} from the @cssprop docs on PswElement and components/base/host.styles.ts, view-tokens.styles.ts.`,
    ' */',
    '@layer psw-theme {',
    '  :where(:root) {',
    ...lines,
    '  }',
    '}',
    '',
  ].join('\n');
}
