import type pg from 'pg';

export interface EmbeddedServer {
  readonly port: number;
  readonly password: string;
  readonly dataDir: string;
  url(database?: string, user?: string, password?: string): string;
  client(database?: string): pg.Client;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function startServer(options?: { password?: string; flags?: string[]; hbaFile?: string; onLog?: (m: string) => void; beforeStart?: (dataDir: string) => void }): Promise<EmbeddedServer>;
export function runSqlFile(srv: EmbeddedServer, database: string, file: string): Promise<void>;
export function seedMisconfigured(srv: EmbeddedServer, fixturesDir: string): Promise<void>;
export const MISCONFIGURED_FLAGS: string[];
