/** The server side of the PostgreSQL wire protocol for replicas and tests (pg-wire.mjs). */
export const wire: {
  error(code: string, text: string, severity?: string): Buffer;
  rowDescription(columns: { name: string; oid: number }[]): Buffer;
  dataRow(values: (string | null | undefined)[]): Buffer;
  commandComplete(tag: string): Buffer;
  [name: string]: (...args: never[]) => Buffer;
};
export interface WireSession {
  query(sql: string): Buffer[];
}
export function startWireServer(options: {
  port?: number;
  tls?: { cert: string | Buffer; key: string | Buffer };
  latencyMs?: number;
  credentials: { user: string; password: string };
  /** ParameterStatus messages sent after AuthenticationOk, in order. */
  parameters: Record<string, string>;
  onSession(s: {
    user: string;
    database: string;
    options: string;
    parameters: Record<string, string>;
    tls: boolean;
  }): WireSession;
}): Promise<{ port: number; stop(): Promise<void> }>;
