export interface CouchbaseReplica {
  readonly url: string;
  readonly port: number;
  readonly requests: { method: string; path: string; user: string | null }[];
  stop(): Promise<void>;
}
/** A cluster's state; see replicas/schema/couchbase-scenario.schema.json for every field. */
export interface CouchbaseScenario {
  description: string;
  server: { version: string; edition: 'enterprise' | 'community'; os?: 'linux' | 'windows' | 'macos' };
  credentials: { username: string; password: string };
  nodes: Record<string, unknown>[];
  users?: Record<string, unknown>[];
  faults?: Record<string, { status?: 500 | 503; delayMs?: number; hang?: boolean }>;
  expected?: Record<string, string[]>;
  extends?: string;
  [key: string]: unknown;
}
export const couchbaseScenarioSchema: import('zod').ZodType;
export const couchbaseScenarioFileSchema: import('zod').ZodType;
export function loadCouchbaseScenario(source: string | CouchbaseScenario): CouchbaseScenario;
export function startCouchbaseReplica(options: {
  scenario: string | CouchbaseScenario;
  port?: number;
  tls?: { cert: string; key: string };
}): Promise<CouchbaseReplica>;
