import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/**
 * Every README workflow that uses the action passes only inputs action.yml declares, with values the
 * action accepts, and grants the permissions those inputs need (compare-to auto reads earlier runs,
 * issue writes issues). A recipe that drifts from action.yml fails here, not in a user's workflow.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const action = YAML.parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const inputs = new Set(Object.keys(action.inputs));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  permissions?: Record<string, string>;
  jobs?: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>;
}

const workflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
  .map(m => m[1])
  .filter(b => b.includes('uses: db-posture/db-posture@'))
  .map(b => ({ first: b.split('\n')[0], doc: YAML.parse(b) as Workflow }));

/** Values the action accepts per input (an expression `${{ ... }}` is checked by hand in review). */
const ALLOWED: Record<string, RegExp> = {
  gate: /^(all|new)$/,
  'fail-on': /^(fail|warn|unknown|never)$/,
  'fail-on-stale': /^(true|false)$/,
  'job-summary': /^(true|false)$/,
  issue: /^(true|false)$/,
  mode: /^(audit|merge|matrix)$/,
  comment: /^(update|recreate|delete-when-clean|only-when-failing|off|true|false)$/,
  'max-waiver-days': /^\d+$/
};

describe('README workflow recipes', () => {
  it('there are recipes for the PR gate with base comparison, the nightly drift audit and the waiver review', () => {
    const uses = (name: string) =>
      workflows.some(w =>
        Object.values(w.doc.jobs ?? {}).some(j => j.steps?.some(s => s.with?.[name] !== undefined))
      );
    expect(uses('compare-to')).toBe(true);
    expect(uses('gate')).toBe(true);
    expect(readme).toContain('### Recipe: pull-request gate against the base branch');
    expect(readme).toContain('### Recipe: nightly drift audit');
    expect(readme).toContain('### Recipe: waiver review on pull requests that edit the baseline');
  });

  it.each(workflows.map(w => [w.first, w.doc] as const))(
    'the workflow starting %j passes declared inputs with accepted values and the permissions they need',
    (_first, doc) => {
      for (const job of Object.values(doc.jobs ?? {})) {
        const permissions = { ...doc.permissions, ...job.permissions };
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith('db-posture/db-posture@')) continue;
          for (const [name, raw] of Object.entries(step.with ?? {})) {
            expect([name, inputs.has(name)]).toEqual([name, true]);
            const value = String(raw);
            if (ALLOWED[name] && !value.includes('${{'))
              expect([name, value, ALLOWED[name].test(value)]).toEqual([name, value, true]);
          }
          if (step.with?.['compare-to'] === 'auto' && doc.permissions !== undefined)
            expect(permissions.actions).toMatch(/^(read|write)$/);
          if (String(step.with?.issue) === 'true' && doc.permissions !== undefined)
            expect(permissions.issues).toBe('write');
        }
      }
    }
  );
});
