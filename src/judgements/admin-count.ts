import { fail, pass, warn, type RawFinding } from '../core/check.js';
import { msg, raw, type Text } from '../core/text.js';

/**
 * How many accounts hold full control: 1-2 PASS, 3-5 WARN, 6 or more FAIL. Zero is PASS too (no
 * login holds it; the engine's own break-glass account is judged elsewhere).
 */
export function judgeAdminCount(count: number, head: Text): RawFinding {
  if (count <= 2) return pass(msg`${raw(head)}.`);
  if (count <= 5) return warn(msg`${raw(head)}; keep it to two.`);
  return fail(msg`${raw(head)}; six or more make every account a path to full control.`);
}
