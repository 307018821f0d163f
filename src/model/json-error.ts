/**
 * Finds where JSON text goes wrong, for a message with a line and column. Browsers word
 * `JSON.parse` errors differently (and some give no position), so after `JSON.parse` fails we scan
 * the text ourselves. The scanner is iterative, so deeply nested text cannot overflow the stack.
 */
export interface JsonErrorLocation { offset: number; line: number; column: number; problem: string }

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where the scanner is: what may come next. Numbers, not names, as the minifier shortens constants
 * but not strings: a value (VALUE_OR_CLOSE: or `]`, right after `[`), a field name (KEY_OR_CLOSE:
 * or `}`, right after `{`), the `:` after a name, what follows a value, the end of the text.
 */
const VALUE = 0, VALUE_OR_CLOSE = 1, KEY = 2, KEY_OR_CLOSE = 3, COLON = 4, AFTER = 5, END = 6;
type State = typeof VALUE | typeof VALUE_OR_CLOSE | typeof KEY | typeof KEY_OR_CLOSE | typeof COLON | typeof AFTER | typeof END;

/** The first syntax error in `text`, or undefined when the scanner finds none. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const stack: string[] = [];
  let state: State = VALUE;
  let i = 0;
  const fail = (problem: string, at = i): JsonErrorLocation => {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    return { offset: at, line, column: at - before.lastIndexOf('\n'), problem };
  };
  const show = (c: string) => (c.trim() ? `“${c}”` : `a ${c === '\t' ? 'tab' : 'control character'}`);
  const scanString = (): JsonErrorLocation | undefined => {
    const start = i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') { i++; return undefined; }
      if (c === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return fail('a backslash starts an escape JSON does not allow');
        i = ESCAPE.lastIndex;
        continue;
      }
      if (c < ' ') return fail('a line break or control character inside text in quotes (write it as \\n)');
      i++;
    }
    return fail('text in quotes that is never closed', start);
  };
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return state === END ? undefined : fail('the text ends too early; something is missing at the end');
    const c = text[i]!;
    switch (state) {
      case END:
        return fail(`unexpected ${show(c)} after the end of the JSON`);
      case VALUE_OR_CLOSE:
      case VALUE:
        if (c === ']' && state === VALUE_OR_CLOSE) { stack.pop(); i++; state = AFTER; break; }
        if (c === '{') { stack.push('}'); i++; state = KEY_OR_CLOSE; break; }
        if (c === '[') { stack.push(']'); i++; state = VALUE_OR_CLOSE; break; }
        if (c === '"') { const e = scanString(); if (e) return e; state = AFTER; break; }
        if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return fail(`a badly written number`);
          i = NUMBER.lastIndex; state = AFTER; break;
        }
        {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (word) { i += word.length; state = AFTER; break; }
        }
        if ((c === ']' || c === '}') && text.slice(0, i).trimEnd().endsWith(',')) return fail(`a comma before “${c}” is not allowed in JSON`);
        if (c === "'") return fail('text must be in double quotes ("), not single quotes');
        return fail(`unexpected ${show(c)} where a value should be`);
      case KEY_OR_CLOSE:
      case KEY:
        if (c === '}' && state === KEY_OR_CLOSE) { stack.pop(); i++; state = AFTER; break; }
        if (c !== '"') return fail(c === '}' ? 'a comma before “}” is not allowed in JSON' : `expected a field name in double quotes, found ${show(c)}`);
        { const e = scanString(); if (e) return e; }
        state = COLON; break;
      case COLON:
        if (c !== ':') return fail(`expected “:” after the field name, found ${show(c)}`);
        i++; state = VALUE; break;
      case AFTER: {
        const close = stack[stack.length - 1];
        if (c === ',' && close) { i++; state = close === '}' ? KEY : VALUE; break; }
        if (c === close) { stack.pop(); i++; break; }
        return fail(close ? `expected “,” or “${close}”, found ${show(c)}` : `unexpected ${show(c)} after the end of the JSON`);
      }
    }
    if (state === AFTER && stack.length === 0) state = END;
  }
}
