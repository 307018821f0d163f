// @ts-check
/**
 * The organisation policy for `assess`: --policy POLICY.json and --today. The core quietly falls
 * back to its defaults for values it cannot use (an editor must not break on a bad host setting);
 * on the command line a typo should be an error, so the file is checked strictly here.
 */
import { defaultPolicy } from '../../dist/lib/src/index.js';
import { CliError } from './errors.js';
import { decode, readBytes } from './input.js';
import { didYouMean } from './suggest.js';

/** @typedef {import('../../dist/lib/src/index.js').Policy} Policy */

const NUMBER_KEYS = /** @type {const} */ (['minFixedTermMonths', 'maxInvolvementRequestCap', 'minCoreDuties', 'minSupervisionSessionsPerMonth']);
const BALANCE_KEYS = /** @type {const} */ (['tooRigidFlexibleBelow', 'tooLooseFlexibleAbove', 'tooLooseCoreBelow']);
const KEYS = [...NUMBER_KEYS, 'balance', 'today'];

/**
 * A real calendar date written YYYY-MM-DD.
 * @param {unknown} value
 */
export function isDay(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads and checks a policy file; throws CliError naming the first problem.
 * @param {string} file
 * @returns {Promise<Partial<Policy>>}
 */
export async function readPolicy(file) {
  const { name, bytes, tooLong } = await readBytes(file);
  const fail = (/** @type {string} */ msg) => { throw new CliError(`policy ${name}: ${msg}`); };
  if (tooLong !== undefined) fail('the file is too large for a policy');
  const decoded = decode(bytes);
  if ('problem' in decoded) return fail(decoded.problem);
  let data;
  try {
    data = JSON.parse(decoded.text.replace(/^\ufeff/, ''));
  } catch (e) {
    return fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(data)) return fail('must be a JSON object such as { "minCoreDuties": 4 }');
  for (const [key, value] of Object.entries(data)) {
    if (!KEYS.includes(key)) fail(`“${key}” is not a policy setting.${didYouMean(key, KEYS)} Settings: ${KEYS.join(', ')}.`);
    if (key === 'today') {
      if (!isDay(value)) fail(`“today” must be a date written YYYY-MM-DD (found ${JSON.stringify(value)})`);
    } else if (key === 'balance') {
      if (!isObject(value)) return fail('“balance” must be an object such as { "tooRigidFlexibleBelow": 10 }');
      for (const [bk, bv] of Object.entries(value)) {
        if (!(/** @type {readonly string[]} */ (BALANCE_KEYS)).includes(bk)) fail(`“balance.${bk}” is not a policy setting.${didYouMean(bk, BALANCE_KEYS)} Settings: ${BALANCE_KEYS.join(', ')}.`);
        if (typeof bv !== 'number' || !Number.isFinite(bv) || bv < 0 || bv > 100) fail(`“balance.${bk}” must be a percentage from 0 to 100 (found ${JSON.stringify(bv)})`);
      }
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      fail(`“${key}” must be a number, 0 or more (found ${JSON.stringify(value)})`);
    }
  }
  return /** @type {Partial<Policy>} */ (data);
}

/**
 * The policy with every threshold filled in, for showing the thresholds the assessment used.
 * @param {Partial<Omit<Policy, 'balance'>> & { balance?: Partial<Policy['balance']> }} policy
 * @returns {Policy}
 */
export function withDefaults(policy) {
  return { ...defaultPolicy, ...policy, balance: { ...defaultPolicy.balance, ...policy.balance } };
}
