import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        URL: 'readonly'
      }
    },
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
  // core/ is the bottom layer (types, vocabulary, text, gate): it imports nothing above it, so that
  // the pipeline, policy, baseline and renderers can all import it without cycles.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '../pipeline/**',
                '../policy/**',
                '../baseline/**',
                '../engines/**',
                '../report/**',
                '../github/**',
                '../cli/**',
                '../fleet/**',
                '../scan/**',
                '../detect/**',
                '../diff/**',
                '../judgements/**',
                '../sqlwire/**',
                '../net/**',
                '../main.js',
                '../cli.js',
                '../index.js'
              ],
              message:
                'src/core imports nothing above it: move the shared type into core/ or the code out of core/.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/judgements/**/*.ts', 'src/sqlwire/**/*.ts'],
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
