export function resolveRelativeDates<T>(value: T, now?: number): T;
export function loadScenarioFile(file: string): Record<string, unknown>;
export function parseScenario<T>(kind: string, schema: import('zod').ZodType<T>, source: string | object): T;
