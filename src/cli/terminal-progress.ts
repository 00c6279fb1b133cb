import type { Progress } from '../core/progress.js';

/**
 * Draws progress on a terminal (stderr): one line rewritten in place. On a non-terminal only
 * warnings are printed, so CI logs stay readable.
 */
export class TerminalProgress implements Progress {
  private drawn = false;
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly interactive: boolean
  ) {}

  private draw(line: string): void {
    if (!this.interactive) return;
    const width = Math.max(20, (this.stream.columns ?? 80) - 1);
    this.stream.write(`\r\x1b[2K${line.slice(0, width)}`);
    this.drawn = true;
  }

  step(label: string): void {
    this.draw(`db-posture: ${label}…`);
  }

  count(label: string, done: number, total: number): void {
    this.draw(`db-posture: ${label} ${done}/${total}`);
  }

  warn(message: string): void {
    this.clear();
    this.stream.write(`warning: ${message}\n`);
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
