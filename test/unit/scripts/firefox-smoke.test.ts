// The Firefox smoke test (CI's Firefox step) fails, saying what to install, when it has no Firefox,
// instead of passing without having run.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_CANDIDATES, findFirefox } from '@/scripts/lib/firefox.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

describe('findFirefox', () => {
  it("takes Debian's firefox-esr first", () => {
    expect(findFirefox({ env: {}, exists: () => true })).toBe('/usr/bin/firefox-esr');
    expect(findFirefox({ env: {}, exists: (f) => f === '/usr/bin/firefox' })).toBe('/usr/bin/firefox');
  });

  it('takes FIREFOX_PATH when set, and only it', () => {
    expect(findFirefox({ env: { FIREFOX_PATH: '/opt/ff/firefox' }, exists: () => true })).toBe('/opt/ff/firefox');
    expect(() =>
      findFirefox({ env: { FIREFOX_PATH: '/opt/ff/firefox' }, exists: (f) => FIREFOX_CANDIDATES.includes(f) }),
    ).toThrow(
      /FIREFOX_PATH is \/opt\/ff\/firefox, and there is no such file: install Firefox ESR \(Debian: apt-get install firefox-esr/,
    );
  });

  it('says what to install when there is none', () => {
    expect(() => findFirefox({ env: {}, exists: () => false })).toThrow(
      'No Firefox at /usr/bin/firefox-esr or /usr/bin/firefox: install Firefox ESR (Debian: apt-get install firefox-esr;',
    );
  });
});

describe('npm run smoke:firefox without a Firefox', () => {
  it('exits non-zero at once with what to install, before building or starting anything', () => {
    const run = spawnSync(process.execPath, ['scripts/firefox-smoke.mjs', '--no-build'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, FIREFOX_PATH: '/nonexistent/firefox' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Firefox smoke test failed: FIREFOX_PATH is /nonexistent/firefox');
    expect(run.stderr).toContain('apt-get install firefox-esr');
    expect(run.stdout).not.toContain('installed');
  });
});
