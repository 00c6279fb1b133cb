import { msg, raw, type Text } from '../core/text.js';

/** A release table older than this may miss releases: the report says so. */
export const RELEASE_TABLE_STALE_DAYS = 120;

/** Days between the table's date and the audit. */
export function releaseTableAge(asOf: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${asOf}T00:00:00Z`)) / 86_400_000);
}

/** The report note naming the release table and, when it is stale, how old it is. */
export function releaseTableNote(
  product: string,
  asOf: string,
  now: Date,
  staleDays = RELEASE_TABLE_STALE_DAYS
): Text {
  const age = releaseTableAge(asOf, now);
  const stale = age > staleDays ? raw(` (${age} days before this audit: newer releases may exist)`) : raw('');
  return msg`Release and end-of-support data: ${raw(product)} release table dated ${raw(asOf)}${stale}.`;
}
