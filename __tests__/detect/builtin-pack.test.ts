import { describe, expect, it } from '@jest/globals';
import { cli } from '../helpers/cli-run.js';

describe('the built-in rule pack', () => {
  it('loads, and every inline test, fixture and goodlog pass succeeds', async () => {
    const r = await cli(['rules', 'test', 'detections', '--quiet']);
    if (process.env.SHOW) console.log(r.stdout);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/^(FAIL|INVALID)/m);
    expect(r.code).toBe(0);
  });
});
