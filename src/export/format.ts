/**
 * Plain-text helpers shared by the exports: cleaning user text and writing numbers, money, dates,
 * hours and frequencies in en-GB words. Deterministic on purpose (no Intl, no time zone), so an
 * export reads the same in Node, in every browser and in tests.
 */
import type { Frequency } from '../model/schema.js';
import { filled } from '../model/visible-text.js';

/**
 * User text made safe to carry into any output format, still as plain text:
 * - line endings (CR LF, CR, U+2028, U+2029) become "\n";
 * - control characters other than tab and line feed are removed (they are invalid in XML 1.0, so a
 *   single one would make a .docx unreadable), tabs become spaces;
 * - unpaired surrogates become U+FFFD (they cannot be encoded in UTF-8 files);
 * - U+FFFE and U+FFFF (XML non-characters) are removed;
 * - each line loses trailing spaces, and the whole loses blank lines at either end.
 */
export function cleanText(input: string): string {
  const s = input
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return s
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/^(?:[ ]*\n)+/, '')
    .replace(/\n+$/, '')
    .replace(/^\s+$/u, '');
}

/** The cleaned text, or undefined when there is nothing to show (absent, empty, blank or invisible). */
export function present(input: string | undefined): string | undefined {
  if (typeof input !== 'string') return undefined;
  const s = cleanText(input);
  // Nothing a reader can see (spaces, or only invisible characters such as U+200B) is nothing.
  return filled(s) ? s : undefined;
}

/** The cleaned text on one line: line breaks become `joiner` (default " / "), spaces collapse. */
export function oneLine(input: string, joiner = ' / '): string {
  return cleanText(input)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(joiner)
    .replace(/ {2,}/g, ' ');
}

/** The cleaned text on one line, or undefined when there is nothing to show (see `present`). */
export function line(input: string | undefined): string | undefined {
  const p = present(input);
  return p === undefined ? undefined : oneLine(p);
}

/** 24071 → "24,071"; 12.5 with 2 decimals → "12.50". */
export function formatNumber(n: number, decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = '0', frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** Numbers as people write them: 37.5 → "37.5", 15 → "15"; never 0 for a number that is not (0.001 → "0.001"). */
export function formatDecimal(n: number): string {
  if (Number.isInteger(n)) return formatNumber(n);
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? Number(n.toPrecision(2)) : rounded);
}

/** "£24,071" for yearly amounts, "£12.50" for hourly ones (pence shown when there are any). */
export function formatPounds(n: number, period: 'year' | 'hour'): string {
  const decimals = period === 'hour' || !Number.isInteger(n) ? 2 : 0;
  return '£' + formatNumber(n, decimals);
}

export function formatSalary(s: { min: number; max: number; period: 'year' | 'hour' }): string {
  const per = s.period === 'year' ? 'a year' : 'an hour';
  return s.min === s.max
    ? `${formatPounds(s.min, s.period)} ${per}`
    : `${formatPounds(s.min, s.period)} to ${formatPounds(s.max, s.period)} ${per}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2027-03-31" → "31 March 2027"; anything else is returned as it is. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** Hours a week at or above which a post is full time: the Agenda for Change standard week. */
export const FULL_TIME_HOURS = 37.5;

export function formatHours(hoursPerWeek: number): string {
  const kind = hoursPerWeek >= FULL_TIME_HOURS ? 'full time' : 'part time';
  return `${formatDecimal(hoursPerWeek)} hours a week (${kind})`;
}

const TIMES = ['', 'once', 'twice'];

/** { count: 2, per: "month" } → "twice a month"; { count: 3, per: "week" } → "3 times a week". */
export function formatFrequency(f: Frequency): string {
  const times = TIMES[f.count] ?? `${f.count} times`;
  return `${times} a ${f.per}`;
}

export function formatWeeks(weeks: number): string {
  return weeks === 1 ? 'every week' : `every ${weeks} weeks`;
}

export function formatMonths(months: number): string {
  return months === 1 ? '1 month' : `${months} months`;
}

/** ["a"] → "a"; ["a", "b"] → "a and b"; ["a", "b", "c"] → "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** First letter in upper case, for labels used at the start of a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** First letter in lower case, for labels used inside a sentence ("Peer supervision" → "peer supervision"). */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
