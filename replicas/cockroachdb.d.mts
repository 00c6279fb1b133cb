export interface CockroachReplica {
  readonly url: string;
  readonly port: number;
  readonly statements: { sql: string; user: string; readOnly: boolean }[];
  /** Every session's effective state: the startup values the client sent and the resulting search_path. */
  readonly sessions: { user: string; readOnly: boolean; searchPath: string; startup: Record<string, string> }[];
  /** User-defined functions an unqualified call ran (must stay empty for the audit). */
  readonly ranUserFunctions: string[];
  stop(): Promise<void>;
}
export type CockroachScenario = Record<string, unknown> & {
  expected?: Record<string, string[]>;
  expectedDetail?: Record<string, string>;
  testArgs?: string[];
};
export const cockroachScenarioSchema: import('zod').ZodType;
export const cockroachScenarioFileSchema: import('zod').ZodType;
export function loadCockroachScenario(source: string | CockroachScenario): CockroachScenario;
export function startCockroachReplica(options: {
  scenario: string | CockroachScenario;
  port?: number;
  tls?: { cert: string; key: string };
  /** Delay before each reply, modelling a network round trip. */
  latencyMs?: number;
}): Promise<CockroachReplica>;
