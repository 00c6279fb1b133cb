export interface CockroachReplica {
  readonly url: string;
  readonly port: number;
  readonly statements: { sql: string; user: string; readOnly: boolean }[];
  stop(): Promise<void>;
}
export type CockroachScenario = Record<string, unknown> & {
  expected?: Record<string, string[]>;
  testArgs?: string[];
};
export const cockroachScenarioSchema: import('zod').ZodType;
export const cockroachScenarioFileSchema: import('zod').ZodType;
export function loadCockroachScenario(source: string | CockroachScenario): CockroachScenario;
export function startCockroachReplica(options: {
  scenario: string | CockroachScenario;
  port?: number;
  tls?: { cert: string; key: string };
}): Promise<CockroachReplica>;
