import { z } from 'zod';
import { STATUSES } from '../core/status.js';
import type { ReportDiff } from './diff.js';

const status = z.enum(STATUSES);
const entry = z
  .object({
    checkId: z.string(),
    object: z.string().optional(),
    title: z.string(),
    baseStatus: status.optional(),
    headStatus: status.optional(),
    detail: z.string(),
    direction: z.enum(['worse', 'better']).optional(),
    waived: z.boolean(),
    checkChange: z.enum(['appeared', 'vanished']).optional()
  })
  .strict();
const side = z
  .object({ auditedAt: z.string(), toolVersion: z.string(), file: z.string().optional() })
  .strict();

/**
 * The JSON diff, version 1 (`db-posture diff --format json`). `schema/diff.schema.json` is generated
 * from it (npm run schema) and a test fails when the two drift.
 */
export const jsonDiffSchema = z
  .object({
    schemaVersion: z.literal(1),
    kind: z.literal('db-posture-diff'),
    target: z.object({ engine: z.enum(['postgres', 'cockroachdb', 'couchbase']), name: z.string() }).strict(),
    base: side,
    head: side,
    counts: z
      .object({
        new: z.number().int(),
        resolved: z.number().int(),
        changed: z.number().int(),
        unchanged: z.number().int(),
        newFail: z.number().int(),
        newWarn: z.number().int(),
        resolvedFail: z.number().int()
      })
      .strict(),
    new: z.array(entry),
    resolved: z.array(entry),
    changed: z.array(entry),
    unchanged: z.array(entry),
    checks: z.object({ appeared: z.array(z.string()), vanished: z.array(z.string()) }).strict()
  })
  .strict();

export type JsonDiff = z.output<typeof jsonDiffSchema>;

export function toJsonDiff(diff: ReportDiff): JsonDiff {
  return { schemaVersion: 1, kind: 'db-posture-diff', ...diff } as JsonDiff;
}

export function renderJsonDiff(diff: ReportDiff): string {
  return `${JSON.stringify(toJsonDiff(diff), null, 2)}\n`;
}
