export function resolveRelativeDates<T>(value: T, now?: number): T;
export function loadScenarioFile(file: string): Record<string, unknown>;
