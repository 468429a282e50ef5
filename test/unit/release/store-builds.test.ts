// What each store's package may hold (scripts/lib/store-builds.mjs), the checks `npm run zip` and
// the Firefox smoke test run on the real zips and build.
import JSZip from 'jszip';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { chromeBuildProblems, firefoxBuildProblems, readZip, sourcesProblems } from '@/scripts/lib/store-builds.mjs';

const FIREFOX_FILES = [
  'manifest.json',
  'background.js',
  'popup.html',
  'chunks/popup-B5CQ0O1e.js',
  'content-scripts/portal.js',
  'content-scripts/einv-assistant-dialog-tap-firefox.js',
];
const FIREFOX_MANIFEST = { manifest_version: 2, permissions: ['storage', 'clipboardWrite', 'clipboardRead', 'alarms'] };
const CHROME_FILES = [
  'manifest.json',
  'background.js',
  'popup.html',
  'offscreen.html',
  'chunks/offscreen-Bm0zpSmg.js',
  'content-scripts/portal.js',
  'content-scripts/einv-assistant-dialog-tap.js',
];
const CHROME_MANIFEST = { manifest_version: 3, permissions: [...FIREFOX_MANIFEST.permissions, 'offscreen'] };

describe('firefoxBuildProblems', () => {
  it('passes a Firefox build without Chrome-only files', () => {
    expect(firefoxBuildProblems(FIREFOX_FILES, FIREFOX_MANIFEST)).toEqual([]);
  });

  it("names Chrome's offscreen document, its chunk and its permission", () => {
    const problems = firefoxBuildProblems([...FIREFOX_FILES, 'offscreen.html', 'chunks/offscreen-Bm0zpSmg.js'], {
      ...FIREFOX_MANIFEST,
      permissions: [...FIREFOX_MANIFEST.permissions, 'offscreen'],
    });
    expect(problems).toEqual([
      "offscreen.html (Chrome's offscreen document) is in it",
      "chunks/offscreen-Bm0zpSmg.js (Chrome's offscreen document) is in it",
      'the manifest asks for the "offscreen" permission',
    ]);
  });

  it('names a main-world content script and a missing Firefox dialog tap', () => {
    const problems = firefoxBuildProblems(
      FIREFOX_FILES.filter((f) => !f.includes('dialog-tap')),
      {
        ...FIREFOX_MANIFEST,
        content_scripts: [{ js: ['content-scripts/einv-assistant-dialog-tap.js'], world: 'MAIN' }],
      },
    );
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('world: "MAIN"');
    expect(problems[1]).toContain('is missing');
  });

  it('wants MV2', () => {
    expect(firefoxBuildProblems(FIREFOX_FILES, { ...FIREFOX_MANIFEST, manifest_version: 3 })).toEqual([
      'manifest_version is 3, not 2',
    ]);
  });
});

describe('chromeBuildProblems', () => {
  it('passes a Chrome build with its offscreen document', () => {
    expect(chromeBuildProblems(CHROME_FILES, CHROME_MANIFEST)).toEqual([]);
  });

  it('names a lost offscreen document and a Firefox-only script', () => {
    const problems = chromeBuildProblems(
      [...CHROME_FILES.filter((f) => f !== 'offscreen.html'), 'content-scripts/einv-assistant-dialog-tap-firefox.js'],
      FIREFOX_MANIFEST,
    );
    expect(problems).toHaveLength(4);
  });
});

describe('sourcesProblems', () => {
  const sources = ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md', 'utils/vault/vault.ts'];
  it('passes the project files', () => {
    expect(sourcesProblems(sources)).toEqual([]);
  });
  it('names build output, certificates, screenshots and logs', () => {
    const extra = [
      'node_modules/react/index.js',
      '.output/chrome-mv3/manifest.json',
      '.certs/key.pem',
      'demo-screenshots/01-x.png',
      'npm-debug.log',
    ];
    expect(sourcesProblems([...sources, ...extra])).toEqual(extra.map((f) => `${f} should not be in it`));
  });
  it('names a missing lock file', () => {
    expect(sourcesProblems(sources.filter((f) => f !== 'package-lock.json'))).toEqual([
      'package-lock.json is missing (a reviewer cannot rebuild without it)',
    ]);
  });
});

describe('readZip', () => {
  it('lists the files of a zip and reads its manifest', async () => {
    const zip = new JSZip();
    zip.file('manifest.json', JSON.stringify(FIREFOX_MANIFEST));
    zip.file('offscreen.html', '<!doctype html>');
    zip.file('chunks/offscreen-x.js', '');
    const dir = await mkdtemp(path.join(tmpdir(), 'store-zip-'));
    try {
      const file = path.join(dir, 'x.zip');
      await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
      const { files, manifest } = await readZip(file);
      expect(files).toEqual(['chunks/offscreen-x.js', 'manifest.json', 'offscreen.html']);
      expect(firefoxBuildProblems(files, manifest)).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('wxt.config.ts manifest', () => {
  type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => {
    permissions?: string[];
  };
  const manifest = config.manifest as ManifestFn;
  it('asks for "offscreen" in Chrome only', () => {
    const env = { mode: 'production', command: 'build' };
    expect(manifest({ ...env, browser: 'chrome', manifestVersion: 3 }).permissions).toContain('offscreen');
    expect(manifest({ ...env, browser: 'firefox', manifestVersion: 2 }).permissions).not.toContain('offscreen');
  });
});
