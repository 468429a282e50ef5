// Fuzzes every validator with odd Unicode, invisible and control characters and very long input
// (issue 8: `toUpperCase` let ı, ſ and ﬀ through a GSTIN; hidden characters only warned or were
// quoted). Seeded, so a failure repeats; the failing input is in the assertion's label.
import { describe, expect, it } from 'vitest';
import {
  checkApiPassword,
  checkApiUsername,
  checkEmail,
  checkGstin,
  checkMobile,
  checkPasswordConfirmation,
  type CheckResult,
} from '@/utils/rules';
import {
  checkGstzenClient,
  checkGstzenUsername,
  environmentFromText,
  environmentOfClientId,
  formEnvironment,
  gstinMatches,
} from '@/utils/rules/gstzen-form';
import { gstinSchema } from '@/utils/rules/gstin';

const started = performance.now();

/** mulberry32: a small seeded generator, good enough to pick characters. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const ODD = [
  ...['ı', 'İ', 'ſ', 'ﬀ', 'ﬁ', 'ß', 'ǅ', '\u212A'], // Turkish i, long s, ligatures, Kelvin sign
  ...['Ａ', 'ｚ', '０', '９', '＠'], // fullwidth
  ...['é', 'e\u0301', '\u0301', '\u0336', 'а', 'О'], // combining marks, Cyrillic look-alikes
  ...['😀', '👍🏽', '🇮🇳', '👨\u200D👩\u200D👧'], // emoji, with modifiers and joiners
  ...['ש', 'ل', 'म', '९', '\u00A0', '\u3000', '\uD800'], // RTL, Devanagari, odd spaces, lone surrogate
];
const HIDDEN = [
  ...['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'], // invisible
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'], // bidi
  ...['\u0000', '\u0007', '\u0008', '\t', '\n', '\r', '\u001B', '\u007F', '\u0085', '\u009F', '\u2028'], // controls
];
const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.@+%$#!*';
const BASES = [
  '29AAFCC9980M1ZR',
  '9876543210',
  '+91 98765 43210',
  'name@example.com',
  'acmeuser',
  'API_acme',
  'ZENTRIAL',
  'Gst@2024ab',
];

/** An input near a valid value or made from scratch, mixing the pools above. */
function makeInput(random: (n: number) => number, pools: readonly (readonly string[])[]): string {
  const pick = (pool: readonly string[]) => pool[random(pool.length)]!;
  const chars = random(3) === 0 ? [] : [...pick(BASES)];
  const changes = 1 + random(6);
  for (let i = 0; i < changes; i++) {
    const at = random(chars.length + 1);
    const ch = pick(pools[random(pools.length)]!);
    if (random(2) === 0) chars.splice(at, 0, ch);
    else chars.splice(at, 1, ch);
  }
  return chars.join('');
}

const random = seeded(8);
const asciiPool = ASCII.split('');
const INPUTS: string[] = [
  ...Array.from({ length: 3000 }, () => makeInput(random, [asciiPool, ODD, HIDDEN])),
  // Very long: odd characters throughout, a long run of spaces (a trap for `\s+$`), a valid value buried.
  Array.from(
    { length: 100_000 },
    () => [...asciiPool, ...ODD, ...HIDDEN][random(asciiPool.length + ODD.length + HIDDEN.length)],
  ).join(''),
  `${' '.repeat(100_000)}x`,
  `29AAFCC9980M1ZR${'\u200B'.repeat(100_000)}`,
  '9'.repeat(100_000),
  `${'a'.repeat(100_000)}@example.com`,
];

const STATUSES = ['ok', 'warning', 'error', 'empty'];
/** Control and format characters (zero-width, bidi, soft hyphen, BOM...), and line separators. */
const HIDDEN_IN_MESSAGE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** After trimming what the fields trim, anything outside printable ASCII. */
const NOT_PLAIN = /[^\x20-\x7E]/;
const trimmed = (s: string) => s.replace(/^[ \t\n\r]+/, '').replace(/[ \t\n\r]+$/, '');

// Plain `if`s, and labels built only on failure: thousands of `expect` calls would take seconds.
function expectWellFormed(result: CheckResult, label: () => string): void {
  if (!STATUSES.includes(result.status)) expect.fail(`${label()}: status ${result.status}`);
  if (typeof result.message !== 'string') expect.fail(`${label()}: no message`);
  if (HIDDEN_IN_MESSAGE.test(result.message)) expect.fail(`${label()}: message ${JSON.stringify(result.message)}`);
}

function expectNotOk(result: CheckResult, label: () => string): void {
  if (result.status === 'ok') expect.fail(`${label()}: ok despite a character outside printable ASCII`);
}

const label = (name: string, input: string) => () =>
  `${name}(${JSON.stringify(input.slice(0, 60))}, length ${input.length})`;

describe('fuzzing the validators', () => {
  it('GSTIN, mobile, e-mail: never throw, well-formed results, never ok with a character outside printable ASCII', () => {
    const checks: [string, (v: string) => CheckResult][] = [
      ['checkGstin', checkGstin],
      ['checkMobile', checkMobile],
      ['checkEmail', checkEmail],
    ];
    for (const input of INPUTS) {
      for (const [name, check] of checks) {
        const result = check(input);
        expectWellFormed(result, label(name, input));
        if (NOT_PLAIN.test(trimmed(input))) expectNotOk(result, label(name, input));
      }
      // What is stored is what the field shows, upper-cased: nothing else turned into a letter.
      const stored = gstinSchema.safeParse(input);
      if (stored.success) {
        expect(stored.data, label('gstinSchema', input)()).toBe(trimmed(input).toUpperCase());
        expect(stored.data).toMatch(/^[0-9A-Z]{15}$/);
      }
    }
  });

  it('usernames (API user form and GSTZen form): never throw, never ok with a character outside printable ASCII', () => {
    for (const input of INPUTS) {
      const results: [string, CheckResult][] = [
        ['checkApiUsername sandbox', checkApiUsername(input, 'sandbox')],
        ...(['none', 'add-on', 'in-box'] as const).map((shown): [string, CheckResult] => [
          `checkApiUsername ${shown}`,
          checkApiUsername(input, 'production', shown),
        ]),
        ...(['sandbox', 'production', null] as const).map((env): [string, CheckResult] => [
          `checkGstzenUsername ${env}`,
          checkGstzenUsername(input, env),
        ]),
      ];
      for (const [name, result] of results) {
        expectWellFormed(result, label(name, input));
        if (NOT_PLAIN.test(trimmed(input))) expectNotOk(result, label(name, input));
      }
    }
  });

  it('the rest of the GSTZen form rules never throw and never quote hidden characters', () => {
    for (const [i, input] of INPUTS.entries()) {
      const other = INPUTS[(i * 7 + 3) % INPUTS.length]!;
      for (const env of ['sandbox', 'production', null] as const) {
        expectWellFormed(checkGstzenClient(input, other, env), label(`checkGstzenClient ${env}`, input));
        expectWellFormed(checkGstzenClient(input, input, env), label(`checkGstzenClient ${env}`, input));
      }
      environmentFromText(input);
      formEnvironment(null, input, other);
      if (gstinMatches(input, input) !== /^[0-9A-Z]{15}$/.test(input)) expect.fail(label('gstinMatches', input)());
      if (NOT_PLAIN.test(trimmed(input)) && environmentOfClientId(input) !== null) {
        expect.fail(`${label('environmentOfClientId', input)()}: took it for a client ID`);
      }
    }
  });

  it('passwords: never throw, and no message contains the password or any 3-character run of it', () => {
    // No space and no digit 0-2 in the plain part, so a run can only match a message by leaking
    // (every message number with 3 digits has a 0, 1 or 2; every word ends at a space).
    const safe = 'QXJVqxjv34679%$#@!*'.split('');
    const passwordRandom = seeded(3003);
    const passwords = [
      ...Array.from({ length: 2000 }, () => {
        const length = 1 + passwordRandom(30);
        let pw = '';
        for (let i = 0; i < length; i++) {
          const pool = [safe, safe, ODD, HIDDEN][passwordRandom(4)]!;
          pw += pool[passwordRandom(pool.length)];
        }
        return pw;
      }),
      Array.from({ length: 100_000 }, () => safe[passwordRandom(safe.length)]).join(''),
      `QXj7%${'\u200B'.repeat(99_990)}QXj7%`,
      `QXj7%${'\u202E'.repeat(150)}`,
    ];
    const cache = new Map<string, Set<string>>();
    const runs = (text: string) => {
      let out = cache.get(text);
      if (out) return out;
      const chars = [...text];
      out = new Set<string>();
      for (let i = 0; i + 3 <= chars.length; i++) out.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
      if (text.length > 1000) cache.set(text, out);
      return out;
    };
    const expectNoLeak = (result: CheckResult, secrets: readonly string[], name: string) => {
      expectWellFormed(result, label(name, secrets[0]!));
      const messageRuns = runs(result.message);
      for (const secret of secrets) {
        if ([...secret].length >= 4 && result.message.includes(secret)) expect.fail(`${label(name, secret)()}: leaked`);
        const secretRuns = runs(secret);
        for (const run of messageRuns) {
          // The message's runs are few; look each up among the secret's.
          if (secretRuns.has(run)) expect.fail(`${label(name, secret)()}: message repeats ${JSON.stringify(run)}`);
        }
      }
    };
    for (const [i, pw] of passwords.entries()) {
      const other = passwords[(i * 13 + 5) % passwords.length]!;
      expectNoLeak(checkApiPassword(pw), [pw], 'checkApiPassword');
      expectNoLeak(checkApiPassword(pw, { username: other }), [pw], 'checkApiPassword with username');
      for (const confirm of [pw, other, pw.toUpperCase(), `${pw} `, `${pw}\u200B`, pw.slice(1)]) {
        expectNoLeak(checkPasswordConfirmation(pw, confirm), [pw, confirm], 'checkPasswordConfirmation');
      }
    }
  });

  it('runs the whole file in under 5 s', () => {
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
