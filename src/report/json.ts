import { z } from 'zod';
import { STATUSES } from '../core/status.js';
import { FAIL_ON, GATE_MODES } from '../core/gate.js';
import { comparedToJson } from '../diff/compare.js';
import { COMPLIANCE, DEPLOYMENT_VALUES, ENGINES, ENVIRONMENTS, SENSITIVITIES } from '../core/vocabulary.js';
import type { AuditReport } from '../pipeline/report.js';

const status = z.enum(STATUSES);
const observedValue = z.union([
  z
    .object({
      value: z.union([z.string(), z.boolean()]),
      items: z.array(z.string()).optional(),
      note: z.string().optional()
    })
    .strict(),
  z.object({ unknown: z.string() }).strict()
]);
/** What the engine observed the cluster records (added in 0.2; detection coverage reads it). */
export const observedSchema = z
  .object({
    settings: z.record(z.string(), observedValue),
    channels: z.record(z.string(), observedValue).optional(),
    overrides: z
      .array(
        z
          .object({
            setting: z.string(),
            scope: z.string(),
            value: z.string(),
            items: z.array(z.string()).optional()
          })
          .strict()
      )
      .optional()
  })
  .strict();
const waiverEntry = z.object({
  check: z.string(),
  target: z.string(),
  object: z.string().optional(),
  reason: z.string(),
  owner: z.string(),
  expires: z.string()
});

/**
 * The JSON report, version 1. This schema is the contract: `schema/report.schema.json` is generated
 * from it (npm run schema) and a test fails when the two drift.
 */
export const jsonReportSchema = z
  .object({
    schemaVersion: z.literal(1),
    tool: z.object({ name: z.literal('db-posture'), version: z.string() }),
    target: z.object({
      engine: z.enum(ENGINES),
      deployment: z.enum(DEPLOYMENT_VALUES),
      name: z.string(),
      clusterId: z.string().optional(),
      version: z.string().optional(),
      plan: z.string().optional(),
      regions: z.array(z.string()).optional(),
      details: z.record(z.string(), z.string())
    }),
    context: z.object({
      environment: z.enum(ENVIRONMENTS),
      compliance: z.array(z.enum(COMPLIANCE)),
      dataSensitivity: z.enum(SENSITIVITIES),
      auditedAt: z.string()
    }),
    summary: z.object({
      PASS: z.number(),
      WARN: z.number(),
      FAIL: z.number(),
      INFO: z.number(),
      'N/A': z.number(),
      UNKNOWN: z.number()
    }),
    findings: z.array(
      z.object({
        checkId: z.string(),
        title: z.string(),
        dimension: z.string(),
        status,
        rawStatus: status,
        object: z.string().optional(),
        detail: z.string(),
        /** A free-text note from the producer (the config-file scan); policy changes are in `policy`. */
        annotation: z.string().optional(),
        /** What the environment / compliance / sensitivity policy did to the verdict (added in 0.2). */
        policy: z
          .array(
            z.object({
              kind: z.enum(['downgraded', 'raised', 'locked']),
              from: status,
              to: status,
              reason: z.string()
            })
          )
          .optional(),
        remediation: z.object({ text: z.string(), link: z.string() }),
        frameworks: z.record(z.string(), z.array(z.string())),
        /** UNKNOWN because of a fault (not a privilege): the audit is incomplete. */
        incomplete: z.literal(true).optional(),
        /** Relative to the reference report (`--compare-to`); absent without one (added in 0.2). */
        change: z.enum(['new', 'worse', 'better', 'changed', 'unchanged', 'existing']).optional(),
        waiver: z
          .object({
            reason: z.string(),
            owner: z.string(),
            expires: z.string(),
            state: z.enum(['active', 'expired']),
            /** The waiver's line in the baseline file (added in 0.2). */
            line: z.number().int().positive().optional()
          })
          .optional()
      })
    ),
    /**
     * The metadata of every check that produced a finding, sorted by id (added in 0.2; absent in
     * older reports). description and rationale are absent when the producer had no metadata.
     */
    checks: z
      .array(
        z
          .object({
            id: z.string(),
            title: z.string(),
            dimension: z.string(),
            family: z.string().optional(),
            description: z.string().optional(),
            rationale: z.string().optional(),
            verify: z.string().optional(),
            remediation: z.object({ text: z.string(), link: z.string() }),
            frameworks: z.record(z.string(), z.array(z.string()))
          })
          .strict()
      )
      .optional(),
    notes: z.array(z.string()),
    unavailable: z.array(
      z.object({ fact: z.string(), reason: z.string(), fault: z.literal(true).optional() })
    ),
    baseline: z.object({
      file: z.string().optional(),
      stale: z.array(waiverEntry),
      expiringSoon: z.array(waiverEntry),
      expired: z.array(waiverEntry)
    }),
    gate: z.object({
      passed: z.boolean(),
      failOn: z.enum(FAIL_ON),
      /** `new`: only findings new or worse than in the reference blocked (added in 0.2). */
      mode: z.enum(GATE_MODES).optional(),
      unwaivedFails: z.number(),
      unwaivedWarns: z.number(),
      /** Added in 0.2; absent in older reports. */
      unwaivedUnknowns: z.number().optional(),
      expiredWaivers: z.number(),
      staleWaivers: z.number(),
      /** Checks stopped by a fault; any makes the audit incomplete (added in 0.2). */
      incomplete: z.number().optional()
    }),
    /** The reference report this audit was compared with (`--compare-to`; added in 0.2). */
    comparedTo: z
      .object({
        file: z.string(),
        auditedAt: z.string(),
        toolVersion: z.string(),
        new: z.number(),
        resolved: z.number(),
        changed: z.number(),
        unchanged: z.number(),
        newFail: z.number(),
        newWarn: z.number(),
        resolvedFail: z.number()
      })
      .optional(),
    observed: observedSchema.optional()
  })
  .strict();

export type JsonReport = z.output<typeof jsonReportSchema>;

const pickWaiver = (w: {
  check: string;
  target: string;
  object?: string;
  reason: string;
  owner: string;
  expires: string;
}) => ({
  check: w.check,
  target: w.target,
  ...(w.object !== undefined ? { object: w.object } : {}),
  reason: w.reason,
  owner: w.owner,
  expires: w.expires
});

/** Plain copies (the report's readonly arrays become fresh JSON arrays). */
function observedJson(o: NonNullable<AuditReport['observed']>): z.output<typeof observedSchema> {
  const values = (r: NonNullable<typeof o.channels>) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [
        k,
        'unknown' in v
          ? { unknown: v.unknown }
          : {
              value: v.value,
              ...(v.items ? { items: [...v.items] } : {}),
              ...(v.note !== undefined ? { note: v.note } : {})
            }
      ])
    );
  return {
    settings: values(o.settings),
    ...(o.channels ? { channels: values(o.channels) } : {}),
    ...(o.overrides
      ? {
          overrides: o.overrides.map(x => ({
            setting: x.setting,
            scope: x.scope,
            value: x.value,
            ...(x.items ? { items: [...x.items] } : {})
          }))
        }
      : {})
  };
}

const plainFrameworks = (refs: object): Record<string, string[]> =>
  Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, [...(v as string[])]]));

/** Serialises a report to the versioned JSON shape (plain text details, no markdown). */
export function toJsonReport(report: AuditReport): JsonReport {
  const t = report.target;
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    target: {
      engine: t.engine,
      deployment: t.deployment,
      name: t.name,
      ...(t.clusterId ? { clusterId: t.clusterId } : {}),
      ...(t.version ? { version: t.version } : {}),
      ...(t.plan ? { plan: t.plan } : {}),
      ...(t.regions ? { regions: [...t.regions] } : {}),
      details: Object.fromEntries(t.details)
    },
    context: { ...report.context, compliance: [...report.context.compliance] },
    summary: report.summary,
    findings: report.findings.map(f => ({
      checkId: f.checkId,
      title: f.title,
      dimension: f.dimension,
      status: f.status,
      rawStatus: f.rawStatus,
      ...(f.object !== undefined ? { object: f.object } : {}),
      detail: f.detail.text,
      ...(f.annotation ? { annotation: f.annotation } : {}),
      ...(f.policy?.length ? { policy: f.policy.map(p => ({ ...p })) } : {}),
      remediation: f.remediation,
      frameworks: plainFrameworks(f.frameworks),
      ...(f.incomplete ? { incomplete: true as const } : {}),
      ...(report.changeMark?.(f.checkId, f.object) ? { change: report.changeMark(f.checkId, f.object) } : {}),
      ...(f.waiver ? { waiver: { ...f.waiver } } : {})
    })),
    checks: report.checks.map(c => ({
      id: c.id,
      title: c.title,
      dimension: c.dimension,
      ...(c.family !== undefined ? { family: c.family } : {}),
      ...(c.description !== undefined ? { description: c.description } : {}),
      ...(c.rationale !== undefined ? { rationale: c.rationale } : {}),
      ...(c.verify !== undefined ? { verify: c.verify } : {}),
      remediation: { text: c.remediation.text, link: c.remediation.link },
      frameworks: plainFrameworks(c.frameworks)
    })),
    notes: report.notes.map(n => n.text),
    unavailable: report.unavailable.map(u => ({
      fact: u.fact,
      reason: u.reason.text,
      ...(u.fault ? { fault: true as const } : {})
    })),
    baseline: {
      ...(report.baseline.file ? { file: report.baseline.file } : {}),
      stale: report.baseline.stale.map(pickWaiver),
      expiringSoon: report.baseline.expiringSoon.map(pickWaiver),
      expired: report.baseline.expired.map(pickWaiver)
    },
    gate: { ...report.gate },
    ...(report.comparison ? { comparedTo: comparedToJson(report.comparison) } : {}),
    ...(report.observed ? { observed: observedJson(report.observed) } : {})
  };
}

export function renderJson(report: AuditReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
