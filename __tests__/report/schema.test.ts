import { expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { jsonReportSchema } from '../../src/report/json.js';

const file = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../schema/report.schema.json');

function generated(): string {
  const schema = z.toJSONSchema(jsonReportSchema) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, $id: 'https://db-posture.dev/schema/report.schema.json', title: 'db-posture JSON report, schemaVersion 1' }, null, 2)}\n`;
}

it('schema/report.schema.json matches the zod schema (npm run schema regenerates it)', () => {
  if (process.env.UPDATE_SCHEMA) writeFileSync(file, generated());
  expect(existsSync(file)).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(generated());
});
