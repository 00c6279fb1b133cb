import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';

// The layer rules live in eslint.config; these prove they bite (a rule that never fires guards nothing).
const eslint = new ESLint();

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter(m => m.ruleId === 'no-restricted-imports').map(m => m.message);
}

describe('import boundaries', () => {
  it.each([
    '../pipeline/audit.js',
    '../policy/families.js',
    '../baseline/apply.js',
    '../engines/postgres/index.js',
    '../report/markdown.js',
    '../github/inputs.js',
    '../cli/args.js',
    '../fleet/merge.js',
    '../scan/judge-hba.js',
    '../detect/index.js',
    '../diff/compare.js'
  ])('src/core may not import %s', async target => {
    const messages = await restricted(
      'src/core/probe.ts',
      `import { x } from '${target}';\nexport const y = x;\n`
    );
    expect(messages).toEqual([expect.stringContaining('src/core imports nothing above it')]);
  });

  it('src/core may import its own modules', async () => {
    expect(
      await restricted('src/core/probe.ts', `import { msg } from './text.js';\nexport const y = msg;\n`)
    ).toEqual([]);
  });

  it('an engine may not import another engine', async () => {
    const messages = await restricted(
      'src/engines/cockroachdb/probe.ts',
      `import { x } from '../postgres/collector.js';\nexport const y = x;\n`
    );
    expect(messages).toEqual([
      expect.stringContaining('src/engines/cockroachdb may not import src/engines/postgres')
    ]);
  });

  it('the pipeline may import core, policy and baseline', async () => {
    const source = `import { a } from '../core/check.js';\nimport { b } from '../policy/apply.js';\nimport { c } from '../baseline/apply.js';\nexport const y = [a, b, c];\n`;
    expect(await restricted('src/pipeline/probe.ts', source)).toEqual([]);
  });
});
