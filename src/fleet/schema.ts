import { z } from 'zod';
import { STATUSES } from '../core/status.js';

/** The fleet report's own version; independent of the per-target report's schemaVersion. */
export const FLEET_SCHEMA_VERSION = 1;

/**
 * A target's gate as its own report says: enforced and passed, enforced and failed, not enforced,
 * or incomplete (a fault stopped a check: the leg exited 3, whatever its fail-on level).
 */
export const GATE_STATES = ['passed', 'failed', 'not-enforced', 'incomplete'] as const;
export type GateState = (typeof GATE_STATES)[number];

const summary = z.object(
  Object.fromEntries(STATUSES.map(s => [s, z.number().int().min(0)])) as Record<
    (typeof STATUSES)[number],
    z.ZodNumber
  >
);

const fleetTarget = z
  .object({
    name: z.string(),
    engine: z.enum(['postgres', 'cockroachdb', 'couchbase']),
    deployment: z.enum(['cloud', 'self-hosted']),
    environment: z.enum(['production', 'staging', 'development', 'sandbox']),
    compliance: z.array(z.string()),
    version: z.string().optional(),
    auditedAt: z.string(),
    /** Hours between the audit and the merge; negative when the report is from the future. */
    ageHours: z.number(),
    /** Older than the merge's max age, or from the future: its verdict cannot stand for today. */
    outdated: z.boolean(),
    gate: z.enum(GATE_STATES),
    unwaivedFails: z.number().int().min(0),
    waivedFails: z.number().int().min(0),
    expiredWaivers: z.number().int().min(0),
    summary,
    /** db-posture version and report schemaVersion that wrote the leg (mixed fleets show both). */
    toolVersion: z.string(),
    schemaVersion: z.number().int(),
    /** The report file as given to merge (or the artifact it came from). */
    source: z.string(),
    /** Where a reader finds the leg's full report: a relative path or an artifact URL. */
    link: z.string().optional()
  })
  .strict();

const checkRow = z
  .object({
    checkId: z.string(),
    title: z.string(),
    dimension: z.string(),
    /** Targets with an unwaived FAIL of this check, by name. */
    failing: z.array(z.string()),
    /** Targets where every FAIL of this check is waived. */
    waived: z.array(z.string()),
    warning: z.array(z.string()),
    unknown: z.array(z.string())
  })
  .strict();

const targetList = z.array(z.object({ checkId: z.string(), targets: z.array(z.string()) }).strict());

export const fleetReportSchema = z
  .object({
    schemaVersion: z.literal(FLEET_SCHEMA_VERSION),
    kind: z.literal('db-posture-fleet'),
    tool: z.object({ name: z.literal('db-posture'), version: z.string() }).strict(),
    generatedAt: z.string(),
    maxAgeHours: z.number(),
    summary: z
      .object({
        targets: z.number().int(),
        passed: z.number().int(),
        failed: z.number().int(),
        notEnforced: z.number().int(),
        incomplete: z.number().int(),
        missing: z.number().int(),
        outdated: z.number().int()
      })
      .strict(),
    gate: z
      .object({
        passed: z.boolean(),
        /** True when a target has no report, an outdated one, or could not be audited. */
        incomplete: z.boolean(),
        reasons: z.array(z.string())
      })
      .strict(),
    targets: z.array(fleetTarget),
    missing: z.array(
      z
        .object({
          name: z.string(),
          reason: z.enum(['no-report', 'audit-error']),
          detail: z.string()
        })
        .strict()
    ),
    checks: z.array(checkRow),
    duplicates: z.array(
      z.object({ name: z.string(), kept: z.string(), superseded: z.array(z.string()) }).strict()
    ),
    changes: z
      .object({
        comparedTo: z.object({ generatedAt: z.string(), source: z.string() }).strict(),
        addedTargets: z.array(z.string()),
        removedTargets: z.array(z.string()),
        gateChanges: z.array(
          z
            .object({
              name: z.string(),
              from: z.enum([...GATE_STATES, 'missing']),
              to: z.enum([...GATE_STATES, 'missing'])
            })
            .strict()
        ),
        newlyFailing: targetList,
        noLongerFailing: targetList
      })
      .strict()
      .optional(),
    notes: z.array(z.string())
  })
  .strict();

export type FleetReport = z.output<typeof fleetReportSchema>;
export type FleetTarget = FleetReport['targets'][number];
export type FleetCheckRow = FleetReport['checks'][number];
export type FleetMissing = FleetReport['missing'][number];
