import { z } from 'zod';
import { UsageError } from '../core/errors.js';
import { readInputFile } from '../core/input-file.js';
import { STATUSES } from '../core/status.js';

/**
 * The part of a JSON report (schemaVersion 1) a diff reads. Unknown keys are allowed on purpose: a
 * reference report may come from an older or newer db-posture that added fields, and a diff must
 * still compare the findings both share.
 */
export const diffableReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('db-posture'), version: z.string().regex(/^[0-9A-Za-z.+-]{1,64}$/) }),
  target: z.object({
    engine: z.enum(['postgres', 'cockroachdb', 'couchbase']),
    name: z.string().min(1)
  }),
  context: z.object({
    auditedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
    compliance: z.array(z.enum(['soc2', 'hipaa', 'pci-dss', 'iso27001', 'gdpr'])).optional()
  }),
  findings: z.array(
    z.object({
      checkId: z.string().min(1),
      title: z.string(),
      status: z.enum(STATUSES),
      object: z.string().optional(),
      detail: z.string(),
      waiver: z.object({ state: z.enum(['active', 'expired']) }).optional()
    })
  )
});

export type DiffableReport = z.output<typeof diffableReportSchema>;

/** Reads a JSON report for a diff; `input` is the flag or input as the user gave it (`--base`). */
export async function readReportFile(file: string, input: string): Promise<DiffableReport> {
  const source = (await readInputFile(file, input, 'a JSON report from db-posture audit')).toString('utf8');
  return parseReport(source, file, input);
}

/** Validates report text; the message never echoes the file's content (it may hold anything). */
export function parseReport(source: string, file: string, input: string): DiffableReport {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    throw new UsageError(`${input} ${file} is not JSON: expected a JSON report from db-posture audit.`);
  }
  const parsed = diffableReportSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : 'top level';
    const problem =
      issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? 'is missing'
        : issue.code === 'invalid_value' && 'values' in issue
          ? `expected ${(issue.values as unknown[]).map(v => JSON.stringify(v)).join(' or ')}`
          : 'has the wrong type';
    throw new UsageError(
      `${input} ${file} is not a db-posture JSON report (schemaVersion 1): ${where} ${problem}.`
    );
  }
  return parsed.data;
}
