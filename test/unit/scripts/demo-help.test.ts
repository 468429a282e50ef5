// `npm run demo -- --help` prints the usage at once: no build first (package.json runs the script
// directly; the script builds only when it is going to run the demo).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const runDemo = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/demo.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

describe('npm run demo -- --help', () => {
  it('package.json runs the script itself, with no build in front of it', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(scripts.demo).toBe('node scripts/demo.mjs');
  });

  it.each(['--help', '-h'])('%s prints the usage and every option, and builds nothing', (flag) => {
    const run = runDemo(flag);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run demo/);
    for (const option of ['--headless', '--out DIR', '--variant NAME', '--no-build', '--help'])
      expect(run.stdout).toContain(option);
    expect(run.stdout).toContain('base, tables, hide-otp, own-page');
    // wxt build would print its banner ("WXT 0.20.27", "Building chrome-mv3 …").
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/WXT|Building|Built extension/);
  });

  it('an unknown option is refused with a pointer to --help, before any build', () => {
    const run = runDemo('--hedless');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("'--hedless'");
    expect(run.stderr).toContain('npm run demo -- --help');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/WXT|Building/);
  });
});
