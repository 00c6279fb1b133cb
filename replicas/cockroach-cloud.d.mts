export interface CockroachCloudReplica {
  readonly url: string;
  readonly port: number;
  readonly clusterId: string;
  readonly apiKey: string;
  readonly requests: { method: string; path: string; ccVersion: string | null; authorized: boolean }[];
  stop(): Promise<void>;
}
export type CockroachCloudScenario = Record<string, unknown> & {
  expected?: Record<string, string[]>;
  sqlScenario?: string;
  testArgs?: string[];
};
export const cockroachCloudScenarioSchema: import('zod').ZodType;
export const cockroachCloudScenarioFileSchema: import('zod').ZodType;
export function loadCockroachCloudScenario(source: string | CockroachCloudScenario): CockroachCloudScenario;
export function startCockroachCloudReplica(options: {
  scenario: string | CockroachCloudScenario;
  port?: number;
}): Promise<CockroachCloudReplica>;
