import type pg from 'pg';

export interface EmbeddedServer {
  readonly port: number;
  readonly password: string;
  readonly dataDir: string;
  /** Where the server's binaries ran from: the package's, or a linked copy the server's OS user can reach. */
  readonly binDir: string;
  url(database?: string, user?: string, password?: string): string;
  client(database?: string): pg.Client;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
/** A server could not be started; the message is one line with the cause and what to do. */
export class ServerStartError extends Error {
  constructor(cause: string, todo: string);
}
export function startServer(options?: {
  password?: string;
  flags?: string[];
  hbaFile?: string;
  onLog?: (m: string) => void;
  beforeStart?: (dataDir: string) => void;
  /** initdb and start together; default 45 s. */
  timeoutMs?: number;
}): Promise<EmbeddedServer>;
export function runSqlFile(srv: EmbeddedServer, database: string, file: string): Promise<void>;
export function seedMisconfigured(srv: EmbeddedServer, fixturesDir: string): Promise<void>;
export const MISCONFIGURED_FLAGS: string[];
