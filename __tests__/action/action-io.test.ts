import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { initialOutputs } from '../../src/github/outputs.js';

/** The code reads exactly the inputs action.yml declares and sets exactly its outputs (README tables: __tests__/docs). */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []
  );
}

describe('action documentation', () => {
  it('every input the code reads is declared in action.yml, and every declared input is read', () => {
    const code = sources(path.join(root, 'src'))
      .map(f => readFileSync(f, 'utf8'))
      .join('\n');
    const read = new Set(
      [...code.matchAll(/\b(?:input|booleanInput|secondsInput|list)\('([a-z-]+)'/g)].map(m => m[1])
    );
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('every output the action sets is declared, with a description', () => {
    // The audit mode sets every output on every path, from these defaults.
    const set = new Set<string>(Object.keys(initialOutputs()));
    // The fleet modes (mode: merge / matrix) set their own outputs.
    for (const f of sources(path.join(root, 'src/fleet')))
      for (const m of readFileSync(f, 'utf8').matchAll(/core\.setOutput\('([a-z-]+)'/g)) set.add(m[1]);
    // The detection inputs (rules, hunt-logs) set the outputs their module lists.
    const detect = readFileSync(path.join(root, 'src/github/detect-action.ts'), 'utf8');
    const list = detect.slice(detect.indexOf('DETECT_OUTPUTS = ['), detect.indexOf('] as const'));
    for (const m of list.matchAll(/'([a-z-]+)'/g)) set.add(m[1]);
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort());
    for (const o of Object.values(action.outputs) as { description?: string }[])
      expect(o.description).toBeTruthy();
  });
});
