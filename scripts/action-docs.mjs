#!/usr/bin/env node
// Renders the inputs and outputs of action.yml as the README's tables (between the action-io
// markers), so the README cannot drift from the action: `node scripts/action-docs.mjs --write`
// updates README.md; without --write it prints the tables. A test compares the two.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
export const START = '<!-- action-io:start (generated from action.yml by scripts/action-docs.mjs) -->';
export const END = '<!-- action-io:end -->';

const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|');

export function renderActionTables(actionYml = readFileSync(path.join(root, 'action.yml'), 'utf8')) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(([name, i]) => {
    const def = i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``;
    return `| \`${name}\` | ${def} | ${cell(i.description)} |`;
  });
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
  );
  return [
    START,
    '| input | default | meaning |',
    '|---|---|---|',
    ...inputs,
    '',
    '| output | meaning |',
    '|---|---|',
    ...outputs,
    END
  ].join('\n');
}

export function withTables(readme, tables) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md has no action-io markers');
  return readme.slice(0, a) + tables + readme.slice(b + END.length);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const tables = renderActionTables();
  if (process.argv.includes('--write')) {
    const file = path.join(root, 'README.md');
    writeFileSync(file, withTables(readFileSync(file, 'utf8'), tables));
  } else {
    process.stdout.write(`${tables}\n`);
  }
}
