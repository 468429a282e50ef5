// The _locales catalogs stay loadable by the browsers and complete in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import hi from '@/public/_locales/hi/messages.json';

type Catalog = Record<string, { message: string; description?: string }>;
const catalogs: Record<string, Catalog> = { en, hi };
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const placeholders = (message: string) => [...message.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('public/_locales', () => {
  it.each(Object.keys(catalogs))('%s: every key is one the browsers accept, every message has no $', (language) => {
    for (const [key, entry] of Object.entries(catalogs[language]!)) {
      // Chrome: ASCII letters, digits and _ only, not starting with @@ (reserved).
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message, key).toBe('string');
      // A $ starts a browser placeholder ($name$, $1): Chrome refuses to load an undeclared one.
      expect(entry.message, key).not.toContain('$');
    }
  });

  it('Hindi has every English message and no other, with the same placeholders', () => {
    expect(Object.keys(hi).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en as Catalog)) {
      expect(placeholders((hi as Catalog)[key]!.message), key).toEqual(placeholders(entry.message));
    }
  });

  it('each Hindi message with words in it is written in Devanagari', () => {
    const untranslated = Object.entries(hi as Catalog)
      .filter(([key]) => /[A-Za-z]{3}/.test((en as Catalog)[key]!.message.replace(/\{[^}]*\}/g, '')))
      .filter(([, entry]) => !/[\u0900-\u097F]/.test(entry.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('every message is used by the code, by its literal key', () => {
    const code = ['entrypoints', 'components', 'utils']
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    // extName and extDescription are the manifest's (wxt.config.ts: __MSG_extName__).
    const unused = Object.keys(en).filter(
      (key) => !['extName', 'extDescription'].includes(key) && !code.includes(`'${key}'`),
    );
    expect(unused).toEqual([]);
  });
});
