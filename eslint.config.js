import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import mocha from 'eslint-plugin-mocha';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      '**/custom-elements.json',
      'packages/bench/.build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/elements/src/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.js'],
    plugins: { mocha },
    rules: {
      // A focused or skipped test must never land.
      'mocha/no-exclusive-tests': 'error',
      'mocha/no-pending-tests': 'error',
      // chai assertions such as `expect(x).to.exist` are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [
      'packages/elements/src/**/*.ts',
      'packages/embed/src/**/*.ts',
      '**/*.test.ts',
      'stories/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Data is untrusted: never build HTML from strings.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render with Lit templates; never assign HTML strings.' },
        { property: 'outerHTML', message: 'Render with Lit templates; never assign HTML strings.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          name: 'lit/directives/unsafe-html.js',
          message: 'unsafeHTML is not allowed: data is untrusted.',
        },
        {
          name: 'lit/directives/unsafe-svg.js',
          message: 'unsafeSVG is not allowed: data is untrusted.',
        },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
);
