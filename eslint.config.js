import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', performance: 'readonly', setTimeout: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  // Architecture boundaries: no engine imports another engine (shared rules live in src/judgements,
  // the PostgreSQL wire in src/sqlwire), and the shared libraries import no engine.
  ...['postgres', 'cockroachdb', 'couchbase'].map(engine => ({
    files: [`src/engines/${engine}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['postgres', 'cockroachdb', 'couchbase']
            .filter(other => other !== engine)
            .map(other => ({
              group: [`**/engines/${other}/**`, `../${other}/**`, `../../${other}/**`],
              message: `src/engines/${engine} may not import src/engines/${other}: move shared logic to src/judgements or src/sqlwire.`
            }))
        }
      ]
    }
  })),
  {
    files: ['src/judgements/**/*.ts', 'src/sqlwire/**/*.ts', 'src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engines/**', '**/cli/**', '**/github/**', '**/report/**', '../main.js'],
              message: 'Shared libraries import no engine, CLI, GitHub or report module.'
            }
          ]
        }
      ]
    }
  }
);
