import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildParseCache, loadRules, PARSE_CACHE } from '../../src/detect/rules/load.js';

const PACK = path.resolve('detections');

// Everything a load yields about a rule, without the compiled matchers (functions).
const shape = (set: Awaited<ReturnType<typeof loadRules>>) => ({
  errors: set.errors,
  files: set.files,
  rules: set.rules.map(r => ({
    kind: r.kind,
    file: r.file,
    line: r.line,
    testLines: r.testLines,
    doc: r.doc,
    inputs: r.kind === 'correlation' ? r.inputs.map(i => i.doc.id) : undefined
  }))
});

describe('the built-in pack parse cache (detections/pack.cache.json)', () => {
  it('is up to date with the rule files (regenerate: npm run rule-cache)', async () => {
    const text = `${JSON.stringify(await buildParseCache(PACK))}\n`;
    if (process.env.UPDATE_RULE_CACHE) writeFileSync(path.join(PACK, PARSE_CACHE), text);
    expect(readFileSync(path.join(PACK, PARSE_CACHE), 'utf8')).toBe(text);
  });

  it('loads exactly the rules the YAML gives, and a file whose text changed is parsed again', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'db-posture-rule-cache-'));
    try {
      const withCache = path.join(dir, 'with');
      const without = path.join(dir, 'without');
      cpSync(PACK, withCache, { recursive: true });
      cpSync(PACK, without, { recursive: true });
      rmSync(path.join(without, PARSE_CACHE));
      const a = await loadRules([withCache], dir);
      const b = await loadRules([without], dir);
      expect(a.rules.length).toBeGreaterThan(50);
      expect(a.errors).toEqual([]);
      expect(JSON.stringify(shape(a)).replaceAll('with/', 'X/')).toBe(
        JSON.stringify(shape(b)).replaceAll('without/', 'X/')
      );

      // The cache is what a load reads when the file's hash matches (it is not only written).
      const cachePath = path.join(withCache, PARSE_CACHE);
      const pristine = readFileSync(cachePath, 'utf8');
      const tampered = JSON.parse(pristine);
      const entry = tampered.files['cockroachdb/defense-evasion.yml'];
      const doc = entry.docs.find((x: { raw: { id?: string } }) => x.raw.id === 'crdb-audit-trail-gap');
      doc.raw.title = 'from the cache';
      writeFileSync(cachePath, JSON.stringify(tampered));
      const used = await loadRules([withCache], dir);
      expect(used.rules.find(r => r.doc.id === 'crdb-audit-trail-gap')!.doc.title).toBe('from the cache');
      writeFileSync(cachePath, pristine);

      // Edit one rule in the cached copy: the edit must win over the cached parse.
      const file = path.join(withCache, 'cockroachdb', 'defense-evasion.yml');
      const yml = readFileSync(file, 'utf8');
      expect(yml).toContain('timespan: 30m');
      writeFileSync(file, yml.replace('timespan: 30m', 'timespan: 45m'));
      const c = await loadRules([withCache], dir);
      const gap = c.rules.find(r => r.doc.id === 'crdb-audit-trail-gap')!;
      expect(gap.kind).toBe('correlation');
      expect(gap.kind === 'correlation' && gap.doc.correlation.timespan).toBe('45m');

      // A cache entry that does not match the file (a corrupt or hand-edited cache) is ignored.
      const cache = JSON.parse(readFileSync(path.join(withCache, PARSE_CACHE), 'utf8'));
      cache.files['cockroachdb/defense-evasion.yml'].sha256 = '0'.repeat(64);
      writeFileSync(path.join(withCache, PARSE_CACHE), JSON.stringify(cache));
      const d = await loadRules([withCache], dir);
      expect(d.rules.find(r => r.doc.id === 'crdb-audit-trail-gap')!.doc).toEqual(gap.doc);
      writeFileSync(path.join(withCache, PARSE_CACHE), '{not json');
      const e = await loadRules([withCache], dir);
      expect(e.errors).toEqual([]);
      expect(e.rules.length).toBe(a.rules.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
