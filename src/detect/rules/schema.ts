import { z } from 'zod';
import { LOG_FORMATS, PRODUCTS } from '../event.js';

/**
 * The rule format: a strict subset of Sigma (detection and correlation documents) with our
 * metadata and Panther-style inline tests. Every object is strict, so a misspelt key is an error
 * that names the file, the rule and the key. `schema/detection-rule.schema.json` is generated
 * from this (npm run schema) and a test fails when the two drift.
 */

const id = z
  .string()
  .regex(
    /^(?:[a-z0-9][a-z0-9-]{2,79}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
    'an id is lower-case letters, digits and dashes (3-80 characters) or a UUID'
  );
const severity = z.enum(['informational', 'low', 'medium', 'high', 'critical']);
const timespan = z.string().regex(/^[1-9]\d*[smhd]$/, 'a timespan is a number and s, m, h or d (e.g. 5m)');

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const fieldValue = z.union([scalar, z.array(scalar)]);
const selectionMap = z.record(z.string(), fieldValue);
const selection = z.union([selectionMap, z.array(selectionMap).min(1)]);

export const requirementSchema = z.union([
  z
    .object({
      setting: z.string().min(1),
      value: z.union([z.string(), z.number(), z.boolean()]),
      why: z.string().optional()
    })
    .strict(),
  z
    .object({
      setting: z.string().min(1),
      includes: z.union([z.string(), z.number()]),
      why: z.string().optional()
    })
    .strict(),
  z
    .object({
      setting: z.string().min(1),
      excludes: z.union([z.string(), z.number()]),
      why: z.string().optional()
    })
    .strict(),
  z.object({ setting: z.string().min(1), set: z.literal(true), why: z.string().optional() }).strict(),
  z.object({ channel: z.string().regex(/^[A-Z_]+$/), why: z.string().optional() }).strict()
]);
export type Requirement = z.output<typeof requirementSchema>;

const testLog = z.union([z.string(), z.record(z.string(), z.unknown())]);
export const ruleTestSchema = z
  .object({
    name: z.string().min(1),
    expect: z.union([z.literal('match'), z.literal('no_match'), z.number().int().min(0)]),
    log: z.union([testLog, z.array(testLog).min(1)]).optional(),
    fixture: z.string().min(1).optional(),
    format: z.enum(LOG_FORMATS).optional(),
    pg_prefix: z.string().optional()
  })
  .strict()
  .refine(t => (t.log === undefined) !== (t.fixture === undefined), {
    message: 'a test has exactly one of log and fixture'
  });
export type RuleTest = z.output<typeof ruleTestSchema>;

const metadata = {
  title: z.string().min(1),
  id,
  name: z
    .string()
    .regex(/^[a-z0-9_][a-z0-9_-]*$/)
    .optional(),
  status: z.enum(['stable', 'test', 'experimental', 'deprecated', 'unsupported']),
  description: z.string().optional(),
  references: z.array(z.string()).optional(),
  author: z.string().optional(),
  date: z.string().optional(),
  modified: z.string().optional(),
  severity,
  category: z.string().optional(),
  owner: z.string().min(1),
  tags: z
    .array(
      z
        .string()
        .regex(
          /^(?:attack\.(?:t\d{4}(?:\.\d{3})?|g\d{4}|s\d{4}|[a-z][a-z_-]*)|detection\.[a-z_-]+|cve\.\d{4}-\d+|db\.[a-z0-9_-]+)$/,
          'tags are attack.tNNNN[.NNN], attack.<tactic>, detection.*, cve.* or db.*'
        )
    )
    .optional(),
  falsepositives: z.array(z.string()).optional(),
  requires: z.array(requirementSchema).optional(),
  tests: z.array(ruleTestSchema).optional()
};

export const detectionRuleSchema = z
  .object({
    ...metadata,
    logsource: z
      .object({
        product: z.enum(PRODUCTS),
        service: z.string().optional(),
        category: z.string().optional(),
        definition: z.string().optional()
      })
      .strict(),
    detection: z
      .object({ condition: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]) })
      .catchall(selection)
  })
  .strict();

const countCondition = z
  .object({
    gt: z.number().int().min(0).optional(),
    gte: z.number().int().min(1).optional(),
    field: z.string().optional()
  })
  .strict()
  .refine(c => (c.gt === undefined) !== (c.gte === undefined), {
    message:
      'a correlation condition has exactly one of gt and gte (replay is streaming: lt, lte, eq and neq need a window to close first)'
  });

export const correlationRuleSchema = z
  .object({
    ...metadata,
    correlation: z
      .object({
        /**
         * Sigma's types, plus `gap` (our extension, for absence): a group-by key that logs nothing
         * for longer than `timespan`, either while another key keeps logging or until it resumes.
         */
        type: z.enum(['event_count', 'value_count', 'temporal', 'temporal_ordered', 'gap']),
        rules: z.array(z.string().min(1)).min(1),
        'group-by': z.array(z.string().min(1)).min(1),
        timespan,
        condition: countCondition.optional(),
        aliases: z.record(z.string(), z.record(z.string(), z.string())).optional(),
        /** Sigma's boolean, or (our extension) the referenced rules that also report on their own. */
        generate: z.union([z.boolean(), z.array(z.string().min(1)).min(1)]).optional()
      })
      .strict()
  })
  .strict();

export type DetectionRuleDoc = z.output<typeof detectionRuleSchema>;
export type CorrelationRuleDoc = z.output<typeof correlationRuleSchema>;

/** Known false positives of the goodlog pass: `goodlog/known-fps.yml` beside the benign logs. */
export const knownFpsSchema = z
  .object({
    version: z.literal(1),
    /** How to read a corpus file when sniffing is not enough (a PostgreSQL log_line_prefix). */
    files: z
      .array(
        z
          .object({
            file: z.string(),
            format: z.enum(LOG_FORMATS).optional(),
            pg_prefix: z.string().optional()
          })
          .strict()
      )
      .optional(),
    known: z.array(
      z
        .object({
          rule: z.string(),
          file: z.string(),
          line: z.number().int().min(1),
          reason: z.string().min(1)
        })
        .strict()
    )
  })
  .strict();

/** For the generated JSON Schema: one rule document is either kind. */
export const ruleDocumentSchema = z.union([detectionRuleSchema, correlationRuleSchema]);
