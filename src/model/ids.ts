/**
 * Ids for list items and documents. They come from `crypto.getRandomValues`, not `randomUUID`,
 * because `randomUUID` exists only in secure contexts and intranets are often served over plain
 * http. 16 characters from a 32-letter alphabet give 80 bits, ample for ids that only need to be
 * unique within one document. The first character is always a letter so an id is safe to use in
 * HTML ids and CSS selectors without escaping.
 */
const LETTERS = 'abcdefghijkmnpqrstuvwxyz';
const ALPHABET = LETTERS + '23456789'; // 32 characters: no l/1 or o/0 to confuse readers

interface RandomSource { getRandomValues<T extends Uint8Array>(array: T): T }

/** A new random id, e.g. "k7dq2mxa9tb4vhe3"; an optional prefix is added with a dash. */
export function newId(prefix?: string): string {
  const crypto = (globalThis as { crypto?: RandomSource }).crypto;
  if (!crypto || typeof crypto.getRandomValues !== 'function') {
    throw new Error('psw-role-kit needs crypto.getRandomValues (Node 20+ or any current browser) to make ids');
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = LETTERS[bytes[0]! % LETTERS.length]!; // 256 % 24 ≠ 0: a negligible bias on one letter
  for (let i = 1; i < 16; i++) id += ALPHABET[bytes[i]! & 31];
  return prefix ? `${prefix}-${id}` : id;
}
