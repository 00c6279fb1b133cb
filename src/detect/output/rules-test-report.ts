import { xmlEscape } from '../../report/junit.js';
import type { RuleError } from '../rules/load.js';
import type { TestResult } from '../rule-tests.js';
import { TOOL } from '../../core/version.js';

/** JUnit XML: one suite per rule file, one case per test (invalid rules are failed cases too). */
export function rulesJunit(results: readonly TestResult[], errors: readonly RuleError[]): string {
  const byFile = new Map<string, { name: string; classname: string; failure?: string }[]>();
  const add = (file: string, c: { name: string; classname: string; failure?: string }) => {
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(c);
  };
  for (const e of errors)
    add(e.file, {
      name: `valid rule${e.rule ? ` ${e.rule}` : ''} (line ${e.line})`,
      classname: e.rule ?? e.file,
      failure: e.message
    });
  for (const r of results)
    add(r.rule.file, {
      name: `${r.kind}: ${r.name}`,
      classname: r.rule.doc.id,
      ...(r.passed ? {} : { failure: r.message })
    });
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = [...byFile.values()].flat();
  lines.push(
    `<testsuites name="db-posture rules test" tests="${total.length}" failures="${total.filter(c => c.failure).length}">`
  );
  for (const [file, cases] of byFile) {
    lines.push(
      `  <testsuite name="${xmlEscape(file)}" tests="${cases.length}" failures="${cases.filter(c => c.failure).length}">`
    );
    for (const c of cases) {
      const open = `    <testcase name="${xmlEscape(c.name)}" classname="${xmlEscape(c.classname)}" file="${xmlEscape(file)}"`;
      if (c.failure)
        lines.push(
          `${open}>`,
          `      <failure message="${xmlEscape(c.failure)}">${xmlEscape(c.failure)}</failure>`,
          '    </testcase>'
        );
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

/** SARIF 2.1.0: a result on the rule file's line for every failed test and invalid rule. */
export function rulesSarif(results: readonly TestResult[], errors: readonly RuleError[]): string {
  const sarifResults = [
    ...errors.map(e => ({
      ruleId: 'db-posture/invalid-rule',
      level: 'error',
      message: { text: `${e.rule ? `${e.rule}: ` : ''}${e.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: e.file.split('\\').join('/') },
            region: { startLine: e.line }
          }
        }
      ]
    })),
    ...results
      .filter(r => !r.passed)
      .map(r => ({
        ruleId: 'db-posture/failed-rule-test',
        level: 'error',
        message: { text: `${r.rule.doc.id}: ${r.kind} test "${r.name}" failed: ${r.message}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: r.rule.file.split('\\').join('/') },
              region: { startLine: r.line }
            }
          }
        ]
      }))
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            informationUri: TOOL.url,
            rules: [
              {
                id: 'db-posture/invalid-rule',
                shortDescription: { text: 'Detection rule does not load' },
                defaultConfiguration: { level: 'error' }
              },
              {
                id: 'db-posture/failed-rule-test',
                shortDescription: { text: 'Detection rule test failed' },
                defaultConfiguration: { level: 'error' }
              }
            ]
          }
        },
        automationDetails: { id: 'db-posture/rules-test/' },
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
