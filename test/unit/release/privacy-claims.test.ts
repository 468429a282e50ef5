// PRIVACY.md stays true of the code: no network API in the extension's code, every storage item
// the code defines is named there, and so is every permission the manifest asks for.
import enMessages from '../../../public/_locales/en/messages.json';
import hiMessages from '../../../public/_locales/hi/messages.json';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '@/wxt.config';
import { BOARD_STORAGE_KEY } from '@/utils/board/storage-key';
import { gstzenLoginFlow } from '@/utils/flows/gstzen';
import { productionFlow } from '@/utils/flows/production';
import { sandboxFlow } from '@/utils/flows/sandbox';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const PRIVACY = readFileSync(path.join(ROOT, 'PRIVACY.md'), 'utf8');

/** Every .ts/.tsx file of the extension itself (what the stores ship), with its text. */
function extensionSources(): { file: string; text: string }[] {
  return ['entrypoints', 'utils', 'components'].flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => path.join(dir, f))
      .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') })),
  );
}

describe('PRIVACY.md', () => {
  it('"makes no network request": no fetch, XMLHttpRequest, sendBeacon, WebSocket or EventSource in the code', () => {
    const network = /\b(fetch|sendBeacon)\s*\(|\b(XMLHttpRequest|WebSocket|EventSource)\b/;
    const sources = extensionSources();
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.filter(({ text }) => network.test(text)).map(({ file }) => file)).toEqual([]);
  });

  it('names every storage item the code defines', () => {
    const keys = extensionSources().flatMap(({ text }) =>
      [...text.matchAll(/defineItem<[^>]*>\(\s*[`'"]([^`'"]+)[`'"]/g)].map((m) =>
        m[1]!.replace('${BOARD_STORAGE_KEY}', BOARD_STORAGE_KEY),
      ),
    );
    expect(keys).toContain('session:credentialSets');
    expect(keys.length).toBeGreaterThanOrEqual(7);
    expect(keys.filter((key) => !PRIVACY.includes(`\`${key}\``))).toEqual([]);
  });

  it('explains every permission the manifest asks for, in Chrome and in Firefox', () => {
    type ManifestFn = (env: { browser: string; manifestVersion: number; mode: string; command: string }) => {
      permissions?: string[];
    };
    const manifest = config.manifest as ManifestFn;
    const env = { mode: 'production', command: 'build' };
    const permissions = new Set([
      ...(manifest({ ...env, browser: 'chrome', manifestVersion: 3 }).permissions ?? []),
      ...(manifest({ ...env, browser: 'firefox', manifestVersion: 2 }).permissions ?? []),
    ]);
    expect(permissions.size).toBeGreaterThanOrEqual(4);
    expect([...permissions].filter((p) => !new RegExp(`^\\| \`${p}\``, 'm').test(PRIVACY))).toEqual([]);
  });

  it('names the clipboard delay the popup uses', async () => {
    const { CLEAR_AFTER_MS } = await import('@/entrypoints/popup/clipboard');
    expect(PRIVACY).toContain(`CLEAR_AFTER_MS = ${CLEAR_AFTER_MS.toLocaleString('en').replace(',', '_')}`);
    expect(PRIVACY).toContain(`after ${CLEAR_AFTER_MS / 1000}`);
  });
});

describe('docs/store-listing.md', () => {
  const listing = readFileSync(path.join(ROOT, 'docs', 'store-listing.md'), 'utf8');

  it("short description is the manifest's description, within Chrome's 132 characters", () => {
    const section = listing.slice(listing.indexOf('## Short description'), listing.indexOf('## Long description'));
    const quoted = /^> (.+)$/m.exec(section)?.[1];
    const manifest = (config.manifest as (env: { browser: string }) => { description?: string })({ browser: 'chrome' });
    // The manifest names the message; the English catalog holds the words.
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(quoted).toBe(enMessages.extDescription.message);
    expect(quoted!.length).toBeLessThanOrEqual(132);
    expect(hiMessages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it("names frames the demo writes: each a step's title as scripts/demo.mjs names it, or a popup frame", () => {
    // scripts/demo.mjs frameName(): the step's title, lower case, runs of other characters as "-", 60 at most.
    const slug = (title: string) =>
      title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 60);
    const titles = new Set(
      [sandboxFlow, productionFlow, gstzenLoginFlow].flatMap((f) => f.steps.map((s) => slug(s.title()))),
    );
    const frames = [...listing.matchAll(/`(\d\d-[\w-]+\.png)`/g)].map((m) => m[1]!);
    expect(frames).toHaveLength(5);
    const unknown = frames.filter((frame) => {
      const name = frame.replace(/^\d\d-/, '').replace(/\.png$/, '');
      if (['popup-sandbox-and-production', 'popup-onboarding-board'].includes(name)) return false;
      return !titles.has(name.replace(/^(production-|gstzen-)/, '').replace(/-filled$/, ''));
    });
    expect(unknown).toEqual([]);
    // The frames are made by the demo, never committed.
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^demo-screenshots\/$/m);
  });
});
