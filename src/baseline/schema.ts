import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(
    s =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'a real calendar date written YYYY-MM-DD'
    }
  );

/** YAML turns an unquoted 2026-12-31 into a Date; accept it as the same calendar day. */
const dateField = z.preprocess(v => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);

const text = z.string().trim().min(1, 'a non-empty text');

export const waiverSchema = z
  .object({
    check: text,
    target: text,
    object: text.optional(),
    reason: text,
    owner: text,
    expires: dateField,
    ticket: text.optional(),
    'approved-by': text.optional()
  })
  .strict();

export const attestationSchema = z
  .object({
    check: text,
    target: text,
    status: z.enum(['PASS', 'WARN', 'FAIL', 'INFO', 'N/A']),
    evidence: text,
    'attested-by': text,
    expires: dateField
  })
  .strict();

export const baselineFileSchema = z
  .object({
    version: z.literal(1),
    waivers: z.array(waiverSchema).default([]),
    attestations: z.array(attestationSchema).default([])
  })
  .strict();

export type WaiverEntry = z.output<typeof waiverSchema>;
export type BaselineFile = z.output<typeof baselineFileSchema>;
