import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A small localisation helper. Each component area keeps its user-facing strings in one en-GB
 * catalogue; another language is one more file registered with `registerStrings` (partial
 * catalogues fall back to English string by string). The language is the element's `lang`, else the
 * closest ancestor's (across shadow roots), else `<html lang>`, else en-GB, and elements re-render
 * when `<html lang>` changes.
 */
export type Message = string | ((...args: never[]) => string);
export type Strings = Record<string, Message>;
type Args<M> = M extends (...args: infer A) => string ? A : [];
/**
 * Another language's strings for a catalogue `T`: any subset of its keys, each a string or a
 * function taking the same arguments as the English one (missing keys fall back to English).
 */
export type Translation<T extends Strings> = {
  [K in keyof T]?: T[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

export const DEFAULT_LANG = 'en-GB';

/**
 * The strings and the elements to re-render live in one object per page, under a global symbol, so
 * that a locale file built on its own (`psw-role-kit/cdn/locales/cy.js`) and a second copy of the
 * bundle register into, and re-render, the same elements.
 */
interface LocalizeState {
  registry: Map<string, Map<string, Partial<Strings>>>;
  hosts: Set<ReactiveControllerHost>;
  observer?: MutationObserver;
  /** Counts registrations, so cached templates can tell that strings changed. */
  revision: number;
}
const STATE_KEY = Symbol.for('psw-role-kit/localize/v1');
const state: LocalizeState = ((globalThis as unknown as Record<symbol, LocalizeState | undefined>)[STATE_KEY] ??= {
  registry: new Map(),
  hosts: new Set(),
  revision: 0,
});
const { registry, hosts } = state;

function store(area: string, lang: string, strings: Partial<Strings>): void {
  const byLang = registry.get(area) ?? new Map<string, Partial<Strings>>();
  registry.set(area, byLang);
  const key = lang.toLowerCase();
  byLang.set(key, { ...byLang.get(key), ...strings });
  state.revision = (state.revision ?? 0) + 1;
}

/** Adds (or extends) the strings of one component area for one language, e.g. ('builder', 'cy', {...}). */
export function registerStrings(area: string, lang: string, strings: Partial<Strings>): void {
  store(area, lang, strings);
  for (const host of hosts) host.requestUpdate();
}

/**
 * Everything registered so far: area → language (lower case) → strings. English is there for every
 * area an element has used. For tools (translation coverage) and tests; treat it as read-only.
 */
export function registeredStrings(): ReadonlyMap<string, ReadonlyMap<string, Partial<Strings>>> {
  return registry;
}

/**
 * The string for `key` of an area in a language, falling back to `english` string by string. For
 * code with no element of its own (e.g. the page-level document); elements use `Localizer.t`.
 */
export function translate<T extends Strings, K extends keyof T & string>(
  area: string,
  lang: string,
  english: T,
  key: K,
  ...args: Args<T[K]>
): string {
  const byLang = registry.get(area);
  const [l, base] = langKeys(lang);
  const message = byLang?.get(l)?.[key] ?? byLang?.get(base)?.[key] ?? english[key];
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
}

/** A language tag's registry keys, e.g. 'cy-GB' → ['cy-gb', 'cy'] (kept: a long role asks thousands of times a render). */
const langKeyCache = new Map<string, readonly [string, string]>();
function langKeys(lang: string): readonly [string, string] {
  let keys = langKeyCache.get(lang);
  if (!keys) {
    const l = lang.toLowerCase();
    keys = [l, l.split('-')[0]!];
    if (langKeyCache.size < 64) langKeyCache.set(lang, keys); // a page uses a few languages
  }
  return keys;
}

/** The language that applies to an element. */
export function resolveLang(el: Element): string {
  return closestAcross(el, (e) => !!e.getAttribute('lang'))?.getAttribute('lang') || el.ownerDocument?.documentElement.getAttribute('lang') || DEFAULT_LANG;
}

/** The nearest element from `node` up (itself included) that `match`es, across shadow roots, or null. */
export function closestAcross(node: Node | null, match: (el: Element) => boolean): Element | null {
  while (node) {
    if (node instanceof Element && match(node)) return node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

function watchPageLang() {
  if (state.observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  state.observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  state.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export class Localizer<T extends Strings> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly area: string,
    private readonly english: T,
  ) {
    // The English catalogue is also the fallback `t` uses, so storing it changes no rendered text:
    // no element is asked to render again (an element created while another renders would
    // otherwise make that one render twice). Once per area, so cached templates stay valid.
    if (!registry.get(area)?.has(DEFAULT_LANG.toLowerCase())) store(area, DEFAULT_LANG, english);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchPageLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The language found by the last look-up, kept until the current task's microtasks have run. */
  private langCache?: string;

  /**
   * The BCP 47 language in effect, e.g. "en-GB" or "cy". Looked up once per run of microtasks: a
   * render asks for it with every string (thousands of times in a long role), and each look-up walks
   * up the tree; an element renders in a microtask, so a `lang` changed meanwhile is still seen.
   */
  get lang(): string {
    if (this.langCache === undefined) {
      this.langCache = resolveLang(this.host);
      queueMicrotask(() => (this.langCache = undefined));
    }
    return this.langCache;
  }

  /**
   * Changes when the language in effect changes or strings are registered (a locale file loaded after
   * the elements rendered): put it in `guard()` dependencies instead of `lang`.
   */
  get revision(): string {
    return `${this.lang}#${state.revision}`;
  }

  /** The string for `key` in the element's language, falling back to English. */
  t<K extends keyof T & string>(key: K, ...args: Args<T[K]>): string {
    return translate(this.area, this.lang, this.english, key, ...args);
  }

  /** Formats a number for the element's language (Intl). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.lang, options).format(value);
  }

  /** Formats a YYYY-MM-DD date or an ISO timestamp for the element's language (Intl). */
  date(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
    if (Number.isNaN(d.getTime())) return String(value);
    return dateTimeFormat(this.lang, { timeZone: typeof value === 'string' && value.length === 10 ? 'UTC' : undefined, ...options }).format(d);
  }

}

/** `lang` as a locale `Intl` accepts (an unusable `lang` attribute gives en-GB). */
export function intlLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/**
 * Intl formats by kind, language and options, made once: making one costs far more than formatting
 * with it (about 40 times as much in Node), and a long role formats a share for every duty on every
 * render, the status line its time after every change. The options used are a handful, so the cache
 * stays small (it is emptied if it ever grows past 200). A language the browser holds no formats for
 * (some builds leave out Welsh) is formatted as en-GB, the toolkit's own language, not as the
 * browser's default (often en-US, with a 12-hour clock).
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cachedFormat<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, lang: string, options: object | undefined, make: (locales: string[]) => F): F {
  const key = `${kind}\u0000${lang}\u0000${options ? JSON.stringify(options) : ''}`;
  let format = formats.get(key) as F | undefined;
  if (!format) {
    if (formats.size >= 200) formats.clear();
    format = make([intlLang(lang), DEFAULT_LANG]);
    formats.set(key, format);
  }
  return format;
}

const numberFormat = (lang: string, options: Intl.NumberFormatOptions | undefined): Intl.NumberFormat =>
  cachedFormat('number', lang, options, (locales) => new Intl.NumberFormat(locales, options));

/** The date and time format for `lang` (an unusable one gives en-GB) and `options`, made once. */
export const dateTimeFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cachedFormat('date', lang, options, (locales) => new Intl.DateTimeFormat(locales, options));
