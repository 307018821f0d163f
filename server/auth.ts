/**
 * Who is asking. Three set-ups, chosen when the server starts:
 * - `tokens`: a JSON file `{ "<token>": { "user": string, "role": "manager" | "hr" | "viewer" } }`,
 *   sent as `Authorization: Bearer <token>`;
 * - `proxyHeader`: a reverse proxy in front (single sign-on) puts the user in header NAME and their
 *   role in header `NAME-Role` (`viewer` when absent); the server must then be reachable only
 *   through that proxy;
 * - neither: the server listens on 127.0.0.1 only and every request is one local `hr` user.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const ROLES = ['manager', 'hr', 'viewer'] as const;
export type UserRole = (typeof ROLES)[number];
export interface Actor { user: string; role: UserRole }

export type Authenticate = (headers: Headers) => Actor | { status: 401; message: string };

export const LOCAL_USER: Actor = { user: 'local', role: 'hr' };

const isRole = (v: unknown): v is UserRole => typeof v === 'string' && (ROLES as readonly string[]).includes(v);
const digest = (s: string) => createHash('sha256').update(s).digest();

/** Reads and checks a tokens file; throws with a plain message when it is unusable. */
export function loadTokens(file: string): Map<string, Actor> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`the tokens file ${file} could not be read as JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`the tokens file ${file} must hold one JSON object: { "<token>": { "user": "…", "role": "manager" | "hr" | "viewer" } }`);
  const tokens = new Map<string, Actor>();
  for (const [token, entry] of Object.entries(data)) {
    const e = entry as Record<string, unknown> | null;
    if (token.length < 16) throw new Error(`a token in ${file} is shorter than 16 characters: use long random tokens`);
    if (!e || typeof e.user !== 'string' || !e.user || !isRole(e.role)) throw new Error(`the entry for a token in ${file} needs "user" (text) and "role" (manager, hr or viewer)`);
    tokens.set(digest(token).toString('hex'), { user: e.user, role: e.role });
  }
  return tokens;
}

export function tokenAuth(tokens: Map<string, Actor>): Authenticate {
  return (headers) => {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
    if (!m) return { status: 401, message: 'Sign in first: send your token as "Authorization: Bearer <token>".' };
    // Looked up by its SHA-256, so the comparison time does not depend on how much of a token matched.
    const actor = tokens.get(digest(m[1]).toString('hex'));
    if (!actor) return { status: 401, message: 'That token is not known to this server.' };
    return actor;
  };
}

export function proxyHeaderAuth(name: string): Authenticate {
  return (headers) => {
    const user = headers.get(name)?.trim();
    if (!user) return { status: 401, message: `Sign in first: this server expects the signed-in user in the ${name} header from its proxy.` };
    const role = headers.get(`${name}-Role`)?.trim().toLowerCase();
    return { user, role: isRole(role) ? role : 'viewer' };
  };
}

export const localAuth: Authenticate = () => LOCAL_USER;
