import { defineConfig } from 'wxt';

// See README "Architecture". Auto-imports are off so every file says where its names come from.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'e-Invoice API Setup Assistant',
    description:
      'Guides you through creating e-Invoice API credentials on the NIC portals and keeps them safe until they are in GSTZen.',
    permissions: ['storage', 'clipboardWrite'],
    action: { default_title: 'e-Invoice API Setup Assistant' },
  },
  zip: {
    excludeSources: ['.certs/**', 'demo-screenshots/**', 'test-results/**', '*.log'],
  },
});
