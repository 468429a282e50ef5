import { createRequire } from 'node:module';
import type { Alias, AliasOptions } from 'vite';
import { defineConfig } from 'wxt';

/**
 * The portal content script renders its React components through preact/compat: React 19 alone
 * cost the page several times its own main-thread time (README, "Why the panel renders through
 * preact/compat"). The popup and the other entrypoints keep React; only this build is aliased.
 */
const PREACT_FOR_REACT: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
  // The content script only sends messages (no onMessage listener, where Chrome needs the
  // polyfill to answer with a promise), and Chrome MV3's chrome.runtime.sendMessage returns a
  // promise itself: WXT's own `browser` (chrome, or Firefox's browser) spares it the polyfill's
  // 30 kB and its set-up on every page. The other entrypoints keep the polyfill.
  { find: /^wxt\/browser$/, replacement: createRequire(import.meta.url).resolve('wxt/browser') },
];
const PREACT_ENTRYPOINTS = new Set(['portal']);

/** Vite's alias option as a list (it may be a record), with `first` ahead of the rest. */
function aliasesWith(first: Alias[], rest: AliasOptions | undefined): Alias[] {
  const others = Array.isArray(rest)
    ? (rest as Alias[])
    : Object.entries(rest ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  return [...first, ...others];
}

// See README "Architecture". Auto-imports are off so every file says where its names come from.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    // In the browser's language, from public/_locales (English is the default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // clipboardRead + alarms (+ offscreen in Chrome): a copied password is cleared after 30 s if the
    // clipboard still holds it. Firefox's MV2 background page does that itself, without offscreen.
    permissions: [
      'storage',
      'clipboardWrite',
      'clipboardRead',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    action: { default_title: '__MSG_extName__' },
    // Firefox: a fixed id keeps storage across reloads; storage.session needs Firefox 115+.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'einvoice-api-assistant@gstzen.in',
          strict_min_version: '115.0',
          // Nothing leaves the browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    // Called once per build group with the entrypoints it builds: alias React to preact/compat
    // in the content script's group only.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entry) => PREACT_ENTRYPOINTS.has(entry.name))) return;
      if (entrypoints.some((entry) => !PREACT_ENTRYPOINTS.has(entry.name)))
        throw new Error('The preact/compat alias would reach an entrypoint that keeps React.');
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = aliasesWith(PREACT_FOR_REACT, viteConfig.resolve.alias);
    },
  },
  zip: {
    excludeSources: ['.certs/**', 'demo-screenshots/**', 'test-results/**', '*.log'],
  },
});
