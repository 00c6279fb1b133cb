export const START: string;
export const END: string;
export function renderActionTables(actionYml?: string): string;
export function withTables(readme: string, tables: string): string;
