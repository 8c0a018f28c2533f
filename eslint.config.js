// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureStages = ['src/domain/**', 'src/read/**', 'src/validate/**', 'src/cases/**', 'src/compute/**', 'src/render/**'];
/** Byte parsers that must run anywhere (a browser too): no Node built-in at all; files/ is the edge. */
const byteParsers = ['src/domain/**', 'src/read/**', 'src/validate/**', 'src/cases/**', 'src/browser/**'];

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
    // The stages are pure: no disk, terminal, process or CLI from read/ up to render/.
    files: pureStages,
    ignores: byteParsers,
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'process', 'node:process', 'chalk', 'commander']
          .map((name) => ({ name, message: 'the stages are pure: do I/O in files/, write/ or commands/.' })),
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure stage: pass what you need in as an argument' }],
    },
  },
  {
    // Bytes in, cells out: the parsers import no Node built-in (zlib, crypto, fs, stream, path, …).
    files: byteParsers,
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['chalk', 'commander'].map((name) => ({ name, message: 'a byte parser has no terminal or CLI' })),
        patterns: [{ group: ['node:*', 'fs', 'fs/*', 'zlib', 'crypto', 'stream', 'stream/*', 'path', 'buffer', 'util', 'os', 'process'], message: 'domain/, read/, validate/ and cases/ import no Node built-in: pass bytes or a function in from files/.' }],
      }],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure stage: pass what you need in as an argument' }],
    },
  },
);
