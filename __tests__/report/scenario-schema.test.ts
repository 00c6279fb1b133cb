import { expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { couchbaseScenarioFileSchema } from '../../replicas/couchbase.mjs';
import { cockroachScenarioFileSchema } from '../../replicas/cockroachdb.mjs';
import { cockroachCloudScenarioFileSchema } from '../../replicas/cockroach-cloud.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The scenario JSON Schemas are generated from the replicas' zod schemas; they must not drift. */
const schemas: [string, z.ZodType, string][] = [
  [
    'replicas/schema/couchbase-scenario.schema.json',
    couchbaseScenarioFileSchema,
    'db-posture Couchbase REST replica scenario'
  ],
  [
    'replicas/schema/cockroachdb-scenario.schema.json',
    cockroachScenarioFileSchema,
    'db-posture CockroachDB wire replica scenario'
  ],
  [
    'replicas/schema/cockroach-cloud-scenario.schema.json',
    cockroachCloudScenarioFileSchema,
    'db-posture CockroachDB Cloud API replica scenario'
  ]
];

for (const [file, schema, title] of schemas) {
  it(`${file} matches its zod schema (npm run schema regenerates it)`, () => {
    const generated = `${JSON.stringify({ ...(z.toJSONSchema(schema, { io: 'input' }) as object), title }, null, 2)}\n`;
    const target = path.join(root, file);
    if (process.env.UPDATE_SCHEMA) writeFileSync(target, generated);
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(generated);
  });
}
