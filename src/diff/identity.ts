/**
 * A finding's identity across audits: (check id, target, object), the same key a waiver uses. Within
 * one report the target is fixed, so indexes inside a report key on (check id, object) alone.
 */
export interface FindingIdentity {
  readonly checkId: string;
  readonly object?: string;
}

/**
 * The exact-match key of a finding within one target. An absent object and an empty one are
 * different keys (a waiver without `object` covers only the check's finding without object).
 */
export function findingKey(checkId: string, object: string | undefined): string {
  return object === undefined ? `${checkId}\u0000` : `${checkId}\u0000\u0001${object}`;
}

/** Groups items by their exact key in one pass (linear in the items). */
export function indexByKey<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = index.get(k);
    if (bucket) bucket.push(item);
    else index.set(k, [item]);
  }
  return index;
}
