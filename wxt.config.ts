import { defineConfig } from 'wxt';

// See README "Architecture". Auto-imports are off so every file says where its names come from.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'e-Invoice API Setup Assistant',
    description:
      'Guides you through creating e-Invoice API credentials on the NIC portals and keeps them safe until they are in GSTZen.',
    // clipboardRead + alarms (+ offscreen in Chrome): a copied password is cleared after 30 s if the
    // clipboard still holds it. Firefox's MV2 background page does that itself, without offscreen.
    permissions: [
      'storage',
      'clipboardWrite',
      'clipboardRead',
      'alarms',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    action: { default_title: 'e-Invoice API Setup Assistant' },
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
  zip: {
    excludeSources: ['.certs/**', 'demo-screenshots/**', 'test-results/**', '*.log'],
  },
});
