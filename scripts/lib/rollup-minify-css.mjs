// A rollup plugin for the drop-in bundle: minifies the CSS inside the elements' `css` tagged template
// literals with esbuild's CSS minifier (esbuild already transpiles the sources, so no new dependency).
// terser leaves template literals as they are, so without this every space and comment of the styles
// ships. Only literals without `${…}` are touched (none of ours has one); no target is given, so
// esbuild changes no syntax (light-dark(), :state(), nesting stay as written), it only shortens.
// The literal keeps its line breaks (at its end), so lines after it keep their source-map positions.
import { transformSync } from 'esbuild';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/**
 * The minified text of one stylesheet, or the text as it was when esbuild finds anything wrong with it.
 * esbuild keeps the spaces around `*` in `calc(0.5 * var(--_psw-rem))`, the elements' sizes
 * (components/base/host.styles.ts); they go too (a `*` followed by `var(` is always a product).
 */
export function minifyCss(text) {
  const { code, warnings } = transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' });
  return warnings.length ? text : code.trim().replaceAll(' * var(', '*var(');
}

export function minifyCssLiterals({ include = /\/components\/.*\.ts$/ } = {}) {
  return {
    name: 'psw-minify-css-literals',
    transform(code, id) {
      if (!include.test(id.replaceAll('\\', '/')) || !code.includes('css`')) return null;
      let changed = false;
      const out = code.replace(CSS_LITERAL, (whole, text) => {
        const lines = text.split('\n').length - 1;
        const min = minifyCss(text);
        if (min === text) return whole;
        changed = true;
        return `css\`${min}${'\n'.repeat(lines)}\``;
      });
      // Same lines as before (see above): the existing source map stays right line by line.
      return changed ? { code: out, map: null } : null;
    },
  };
}
