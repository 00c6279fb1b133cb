import * as core from '@actions/core';

/** Every output the action declares, set on every path so `fromJSON(steps.x.outputs.fail-count)` works. */
export type OutputName =
  | 'result'
  | 'passed'
  | 'fail-count'
  | 'warn-count'
  | 'unknown-count'
  | 'unwaived-fail-count'
  | 'stale-count'
  | 'report-markdown'
  | 'report-json'
  | 'sarif-file'
  | 'junit-file'
  | 'artifact-id'
  | 'artifact-url'
  | 'comment-id'
  | 'comment-url';

export type Outputs = Record<OutputName, string>;

export function initialOutputs(): Outputs {
  return {
    // audited-passed | audited-failed | skipped | error: what happened, before any count is read.
    result: 'error',
    passed: 'false',
    'fail-count': '0',
    'warn-count': '0',
    'unknown-count': '0',
    'unwaived-fail-count': '0',
    'stale-count': '0',
    'report-markdown': '',
    'report-json': '',
    'sarif-file': '',
    'junit-file': '',
    'artifact-id': '',
    'artifact-url': '',
    'comment-id': '',
    'comment-url': ''
  };
}

export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
}
