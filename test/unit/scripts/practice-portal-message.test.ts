// What `npm run practice-portal` prints: the Chromium command line that loads the built extension
// on the replicas (checked by hand to start Debian's Chromium 156 with the panel on the sandbox).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, chromiumCommandLine, startupMessage } from '@/practice-portal/server.mjs';

describe('chromiumCommandLine', () => {
  it('loads the Chrome build by its full path, maps every practice host to the port, accepts the certificate', () => {
    const line = chromiumCommandLine({ port: 8443 });
    expect(line).toMatch(/^chromium --user-data-dir=\/tmp\/einv-practice-profile /);
    expect(line).toContain(`--load-extension=${path.resolve(CHROME_BUILD)} `);
    expect(CHROME_BUILD.endsWith(path.join('.output', 'chrome-mv3'))).toBe(true);
    expect(line).toContain(
      '--host-resolver-rules="MAP einv-apisandbox.nic.in 127.0.0.1:8443,MAP einvoice1.gst.gov.in 127.0.0.1:8443,MAP my.gstzen.in 127.0.0.1:8443,MAP my.gstzen.in.example.com 127.0.0.1:8443"',
    );
    expect(line).toContain('--ignore-certificate-errors');
    expect(line).toMatch(/ https:\/\/einv-apisandbox\.nic\.in\/$/);
  });

  it('quotes a path with a space or a quote for the shell', () => {
    const line = chromiumCommandLine({ port: 1, extensionPath: "/home/a b/it's/chrome-mv3", userDataDir: '/tmp/p q' });
    expect(line).toContain(`--load-extension='/home/a b/it'\\''s/chrome-mv3'`);
    expect(line).toContain(`--user-data-dir='/tmp/p q'`);
  });

  it('adds --no-sandbox only as root, where Chromium refuses to start without it', () => {
    const asRoot = process.getuid?.() === 0;
    expect(chromiumCommandLine({ port: 1 }).includes('--no-sandbox')).toBe(asRoot);
  });
});

describe('startupMessage', () => {
  it('says to run npm run build first when there is no build', () => {
    const text = startupMessage({ port: 8443, extensionPath: '/nowhere/chrome-mv3', built: false });
    expect(text).toContain('https://localhost:8443/');
    expect(text).toContain('npm run build; then start Chromium');
    expect(text).toContain('  chromium --user-data-dir=');
    expect(text).toContain('--load-extension=/nowhere/chrome-mv3');
  });

  it('names the build it loads when there is one', () => {
    const text = startupMessage({ port: 8443, extensionPath: '/built/chrome-mv3', built: true });
    expect(text).toContain('with the build in /built/chrome-mv3');
    expect(text).not.toContain('build it first');
  });
});
