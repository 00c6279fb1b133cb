import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refreshExpected, sortedExpectations } from '../helpers/scenario-expectations.js';

/** UPDATE_GOLDEN=1 rewrites a scenario's `expected` map and nothing else of the file. */
describe('refreshExpected', () => {
  const before = process.env.UPDATE_GOLDEN;
  afterEach(() => {
    if (before === undefined) delete process.env.UPDATE_GOLDEN;
    else process.env.UPDATE_GOLDEN = before;
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scenario-expected-'));
  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    writeFileSync(f, text);
    return f;
  };
  const actual = { 'cb/b': ['WARN', 'PASS'], 'cb/a': ['FAIL'] };

  it('sorts check ids and keeps each check’s statuses in report order', () => {
    expect(Object.entries(sortedExpectations(actual))).toEqual([
      ['cb/a', ['FAIL']],
      ['cb/b', ['WARN', 'PASS']]
    ]);
  });

  it('does nothing without UPDATE_GOLDEN=1', async () => {
    delete process.env.UPDATE_GOLDEN;
    const text = '{\n  "description": "x",\n  "expected": { "cb/a": ["PASS"] }\n}\n';
    const f = write('off.json', text);
    expect(await refreshExpected(f, actual)).toBe(false);
    expect(readFileSync(f, 'utf8')).toBe(text);
  });

  it('rewrites expected in place: prettier layout stays prettier, two-space JSON stays two-space JSON', async () => {
    process.env.UPDATE_GOLDEN = '1';
    const pretty = write(
      'pretty.json',
      '{\n  "description": "x",\n  "expected": { "cb/a": ["PASS"] },\n  "z": 1\n}\n'
    );
    expect(await refreshExpected(pretty, actual)).toBe(true);
    expect(readFileSync(pretty, 'utf8')).toBe(
      '{\n  "description": "x",\n  "expected": { "cb/a": ["FAIL"], "cb/b": ["WARN", "PASS"] },\n  "z": 1\n}\n'
    );
    const plain = write('plain.json', `${JSON.stringify({ description: 'x', expected: {} }, null, 2)}\n`);
    expect(await refreshExpected(plain, actual)).toBe(true);
    expect(readFileSync(plain, 'utf8')).toBe(
      `${JSON.stringify({ description: 'x', expected: sortedExpectations(actual) }, null, 2)}\n`
    );
    // A second run finds nothing to change.
    expect(await refreshExpected(plain, actual)).toBe(false);
  });

  it('leaves a scenario that inherits a matching expected through extends; gives it its own when it differs', async () => {
    process.env.UPDATE_GOLDEN = '1';
    write('base.json', `${JSON.stringify({ expected: sortedExpectations(actual) }, null, 2)}\n`);
    const child = write('child.json', `${JSON.stringify({ extends: 'base.json' }, null, 2)}\n`);
    expect(await refreshExpected(child, actual)).toBe(false);
    expect(await refreshExpected(child, { 'cb/a': ['PASS'] })).toBe(true);
    expect(JSON.parse(readFileSync(child, 'utf8'))).toEqual({
      extends: 'base.json',
      expected: { 'cb/a': ['PASS'] }
    });
  });
});
