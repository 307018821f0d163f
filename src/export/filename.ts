/**
 * File names for exports: `<slug of the job title>-<YYYY-MM-DD>.<ext>`, e.g.
 * `peer-support-worker-2026-11-25.docx`. Only `a-z`, `0-9`, `-` and one `.`, so the name is safe on
 * every file system, in a URL and in a `download` attribute, whatever the title holds.
 */
import type { RoleDocument } from '../model/schema.js';

/** The longest slug kept from the title (the whole name stays under about 80 characters). */
export const MAX_SLUG_LENGTH = 60;
const FALLBACK = 'psw-role';

/** "Peer Support Worker (Crisis) – Band 3" → "peer-support-worker-crisis-band-3". */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents stripped: "é" → "e"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const atWord = cut.lastIndexOf('-');
  // Cut at the last whole word unless that loses most of the text.
  return (atWord >= max / 2 ? cut.slice(0, atWord) : slug.slice(0, max)).replace(/-+$/, '');
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The local calendar date of `date` (default: now) as YYYY-MM-DD, as file names carry it; a valid
 * YYYY-MM-DD string is kept.
 */
export function isoDay(date?: Date | string): string {
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = date instanceof Date && !Number.isNaN(date.getTime()) ? date : new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A file name for an export of `doc`: the job title as a slug (or "psw-role"), the date, and `ext`
 * ("docx", ".md", "json", "jsonld"…; anything but letters and digits is dropped, "txt" if nothing is
 * left).
 */
export function suggestFilename(doc: RoleDocument, ext: string, date?: Date | string): string {
  const slug = slugify(doc.role.title ?? '') || FALLBACK;
  const extension = ext.toLowerCase().replace(/[^a-z0-9]/g, '') || 'txt';
  return `${slug}-${isoDay(date)}.${extension}`;
}
