#!/usr/bin/env node
// npm run replica -- <couchbase|cockroachdb|cockroach-cloud> --scenario <file> [--port <port>]
// Runs a replica in the foreground on 127.0.0.1 until interrupted.
import { parseArgs } from 'node:util';
import { startCouchbaseReplica } from './couchbase.mjs';
import { startCockroachReplica } from './cockroachdb.mjs';
import { startCockroachCloudReplica } from './cockroach-cloud.mjs';
import { readFileSync } from 'node:fs';

const USAGE =
  'usage: npm run replica -- <couchbase|cockroachdb|cockroach-cloud> --scenario <file> [--port <port>] [--tls-cert <pem> --tls-key <pem>] (TLS: cockroachdb only)';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      scenario: { type: 'string' },
      port: { type: 'string', default: '0' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  });
} catch (error) {
  console.error(`replica: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const kind = positionals[0];
const port = Number(values.port);
if (!values.scenario || !kind) {
  console.error(`replica: ${!kind ? 'the replica kind is missing' : '--scenario is missing'}\n${USAGE}`);
  process.exit(2);
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`replica: --port ${JSON.stringify(values.port)} is not a TCP port (0-65535)`);
  process.exit(2);
}
const starters = {
  couchbase: startCouchbaseReplica,
  cockroachdb: options =>
    startCockroachReplica({
      ...options,
      ...(values['tls-cert'] && values['tls-key']
        ? {
            tls: {
              cert: readFileSync(values['tls-cert'], 'utf8'),
              key: readFileSync(values['tls-key'], 'utf8')
            }
          }
        : {})
    }),
  'cockroach-cloud': startCockroachCloudReplica
};
if (!starters[kind]) {
  console.error(
    `replica: unknown replica ${JSON.stringify(kind)}; available: ${Object.keys(starters).join(', ')}\n${USAGE}`
  );
  process.exit(2);
}
try {
  const replica = await starters[kind]({ scenario: values.scenario, port });
  console.log(`${kind} replica listening on ${replica.url} (scenario ${values.scenario}); Ctrl-C stops it`);
  const stop = async () => {
    await replica.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`replica: ${error.message}`);
  process.exit(error.code === 'EADDRINUSE' ? 3 : 2);
}
