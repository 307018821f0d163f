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

export const DEFAULT_LANG = 'en-GB';
const registry = new Map<string, Map<string, Partial<Strings>>>();

function store(area: string, lang: string, strings: Partial<Strings>): void {
  const byLang = registry.get(area) ?? new Map<string, Partial<Strings>>();
  registry.set(area, byLang);
  const key = lang.toLowerCase();
  byLang.set(key, { ...byLang.get(key), ...strings });
}

/** Adds (or extends) the strings of one component area for one language, e.g. ('builder', 'cy', {...}). */
export function registerStrings(area: string, lang: string, strings: Partial<Strings>): void {
  store(area, lang, strings);
  for (const host of hosts) host.requestUpdate();
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
  const l = lang.toLowerCase();
  const message = byLang?.get(l)?.[key] ?? byLang?.get(l.split('-')[0]!)?.[key] ?? english[key];
  return typeof message === 'function' ? (message as (...a: unknown[]) => string)(...args) : String(message);
}

/** The language that applies to an element. */
export function resolveLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return el.ownerDocument?.documentElement.getAttribute('lang') || DEFAULT_LANG;
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
function watchPageLang() {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

export class Localizer<T extends Strings> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly area: string,
    private readonly english: T,
  ) {
    // The English catalogue is also the fallback `t` uses, so storing it changes no rendered text:
    // no element is asked to render again (an element created while another renders would
    // otherwise make that one render twice).
    store(area, DEFAULT_LANG, english);
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchPageLang();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The BCP 47 language in effect, e.g. "en-GB" or "cy". */
  get lang(): string {
    return resolveLang(this.host);
  }

  /** The string for `key` in the element's language, falling back to English. */
  t<K extends keyof T & string>(key: K, ...args: Args<T[K]>): string {
    return translate(this.area, this.lang, this.english, key, ...args);
  }

  /** Formats a number for the element's language (Intl). */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLang, options).format(value);
  }

  /** Formats a YYYY-MM-DD date or an ISO timestamp for the element's language (Intl). */
  date(value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const d = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : value;
    if (Number.isNaN(d.getTime())) return String(value);
    return new Intl.DateTimeFormat(this.intlLang, { timeZone: typeof value === 'string' && value.length === 10 ? 'UTC' : undefined, ...options }).format(d);
  }

  private get intlLang(): string {
    try {
      return Intl.getCanonicalLocales(this.lang)[0] ?? DEFAULT_LANG;
    } catch {
      return DEFAULT_LANG;
    }
  }
}
