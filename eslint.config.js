// @ts-check
// `npm run lint` runs this on every .ts, .tsx, .mts, .js, .mjs and .cjs file, then `prettier --check .`.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'demo-screenshots/', 'test-results/', '.certs/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Outside tsconfig.json's program: this file, CommonJS, and the two modules that a .d.mts
          // beside them stands in for there (TypeScript reads server.d.mts, not server.mjs).
          allowDefaultProject: [
            'eslint.config.js',
            '.puppeteerrc.cjs',
            'practice-portal/server.mjs',
            'scripts/lib/chromium.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A leading underscore, or a rest sibling (`{ drop: _drop, ...rest }`), marks a name as unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The React code. Tests and scripts have no components; their use* functions (useReactRoot,
    // useExtensionSession) are Vitest fixtures, not hooks.
    files: ['entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'utils/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests: fakes of promise-returning APIs are `async () => value` without an await, and
    // `await act(async () => …)` is how React wants an event's effects flushed.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/require-await': 'off' },
  },
  {
    // Node scripts, JavaScript with JSDoc types: type-aware like the TypeScript, except the
    // no-unsafe-* rules. Those cannot see JSDoc casts (`/** @type {T} */ (JSON.parse(text))` still
    // reads as `any`) and JavaScript has no `as`, so they would flag every value typed that way.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Puppeteer scripts: the functions given to page.evaluate() run in the page.
    files: ['scripts/**/*.mjs', 'practice-portal/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // The replica portal's own page scripts: classic browser scripts (ES5 IIFEs sharing globals
    // such as window.PracticeCaptcha), not modules; checked with the plain recommended rules.
    files: ['practice-portal/sites/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'script', globals: globals.browser },
  },
);
