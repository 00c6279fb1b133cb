import { expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { huntReportSchema } from '../../src/detect/output/hunt-report.js';
import { ruleDocumentSchema } from '../../src/detect/rules/schema.js';

const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../schema');

function generated(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...json, $id: `https://db-posture.dev/schema/${id}`, title }, null, 2)}\n`;
}

for (const [file, schema, title] of [
  [
    'detection-rule.schema.json',
    ruleDocumentSchema,
    'db-posture detection rule (a Sigma subset with inline tests)'
  ],
  ['hunt.schema.json', huntReportSchema, 'db-posture hunt JSON output, schemaVersion 1']
] as const) {
  it(`schema/${file} matches the zod schema (npm run schema regenerates it)`, () => {
    const target = path.join(dir, file);
    const text = generated(schema, file, title);
    if (process.env.UPDATE_SCHEMA) writeFileSync(target, text);
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(text);
  });
}
