/**
 * What the compare element compares: its `before` and `after`, or a role and one of its saved
 * versions read from its `store`. Sets `el.outcome` and asks for a render; a read that a newer
 * setting has overtaken is dropped.
 */
import { compareRoles } from '../../src/compare/compare.js';
import { CompareInputError, type CompareOptions } from '../../src/compare/types.js';
import type { PswRoleCompare } from './role-compare.component.js';
import { storeFromSrc } from '../base/http-store.js';

type El = PswRoleCompare;

/** The latest read per element: an older one that settles later is ignored. */
const reads = new WeakMap<El, object>();

const options = (el: El): CompareOptions => ({
  ...(el.organisation && { organisation: el.organisation }),
  ...(el.today && { today: el.today }),
});

/** A role's title, read loosely from what a host page gave (a document, an export or neither). */
function titleOf(input: unknown): string | undefined {
  const record = (v: unknown) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : undefined);
  const doc = record(input)?.kind === 'psw-job-description' ? record(record(input)?.document) : record(input);
  const title = record(doc?.role)?.title;
  return typeof title === 'string' && title.trim() ? title.trim() : undefined;
}

function compare(el: El, before: unknown, after: unknown, titles: { before?: string; after?: string }): void {
  try {
    const comparison = compareRoles(before, after, options(el));
    el.outcome = { kind: 'done', comparison, beforeTitle: titles.before, afterTitle: titles.after };
  } catch (e) {
    if (!(e instanceof CompareInputError)) throw e;
    el.outcome = { kind: 'invalid', side: e.side, issues: e.issues };
  }
}

export function refresh(el: El): void {
  reads.delete(el);
  if (el.beforeRole !== undefined || el.afterRole !== undefined) {
    if (el.beforeRole === undefined || el.afterRole === undefined) el.outcome = { kind: 'empty' };
    else compare(el, el.beforeRole, el.afterRole, { before: titleOf(el.beforeRole), after: titleOf(el.afterRole) });
    return;
  }
  const store = storeFromSrc(el, el.src), id = el.roleId;
  if (!store || !id) {
    el.outcome = { kind: 'empty' };
    return;
  }
  const token = {};
  reads.set(el, token);
  el.outcome = { kind: 'loading' };
  const version = el.version;
  void el.waitUntil(
    readFromStore(el, version).then(
      (settle) => {
        if (reads.get(el) !== token) return;
        settle();
        el.requestUpdate();
      },
      () => {
        if (reads.get(el) !== token) return;
        el.outcome = { kind: 'unavailable', message: el.l!.t('storeUnavailable') };
        el.requestUpdate();
      },
    ),
  );
}

/** Reads the role and the version; resolves with what to show (applied only if still current). */
async function readFromStore(el: El, wanted: number | undefined): Promise<() => void> {
  const store = storeFromSrc(el, el.src)!, id = el.roleId!, l = el.l!;
  const role = await store.get(id);
  if (!role) return () => (el.outcome = { kind: 'unavailable', message: l.t('storeNoRole') });
  let number = wanted;
  if (number === undefined || !Number.isFinite(number)) {
    const versions = await store.versions(id);
    if (!versions.length) return () => (el.outcome = { kind: 'unavailable', message: l.t('storeNoVersions') });
    number = Math.max(...versions.map((v) => v.version));
  }
  const saved = await store.getVersion(id, number);
  if (!saved) return () => (el.outcome = { kind: 'unavailable', message: l.t('storeNoVersion', number!) });
  const title = titleOf(role.document) ?? l.t('untitled');
  return () => compare(el, saved.document, role.document, { before: `${title}, ${saved.label}`, after: title });
}
