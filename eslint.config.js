// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureStages = ['src/domain/**', 'src/validate/**', 'src/compute/**', 'src/render/**'];

export default tseslint.config(
  { ignores: ['scripts/**/*.mjs', 'dist/**', 'node_modules/**', 'bin/**', 'eslint.config.js', 'coverage/**', 'bench-data/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The computing core is pure: no disk, terminal, process or CLI in validate/, compute/, render/.
    files: pureStages,
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'process', 'node:process', 'chalk', 'commander']
          .map((name) => ({ name, message: 'validate/, compute/ and render/ are pure: do I/O in read/, write/ or commands/.' })),
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure stage: pass what you need in as an argument' }],
    },
  },
);
