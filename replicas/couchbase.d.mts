export interface CouchbaseReplica {
  readonly url: string;
  readonly port: number;
  readonly requests: { method: string; path: string; user: string | null }[];
  stop(): Promise<void>;
}
export interface CouchbaseScenario {
  description: string;
  credentials: { username: string; password: string };
  responses: Record<
    string,
    { status?: number; body?: unknown; headers?: Record<string, string>; delayMs?: number; hang?: boolean }
  >;
  expected?: Record<string, string[]>;
  extends?: string;
}
export const couchbaseScenarioSchema: import('zod').ZodType;
export const couchbaseScenarioFileSchema: import('zod').ZodType;
export function loadCouchbaseScenario(source: string | CouchbaseScenario): CouchbaseScenario;
export function startCouchbaseReplica(options: {
  scenario: string | CouchbaseScenario;
  port?: number;
  tls?: { cert: string; key: string };
}): Promise<CouchbaseReplica>;
