// Issue 9 item 3: the checks speak Hindi. Each row of the table runs a check in English and in
// Hindi over the same input; the Hindi message must have no English word left (docs/i18n.md: the
// portals' words in quotes, names, codes and the values typed may stay), must differ from the
// English, and must never contain the password. The last test makes the table complete: every
// check_ message of the catalog must have been shown by some row, so a new message needs a row.
import { afterAll, describe, expect, it, vi } from 'vitest';
import hi from '@/public/_locales/hi/messages.json';
import { GSTZEN_CLIENT } from '@/utils/environments';
import { setLanguage } from '@/utils/i18n/t';
import { checkApiPassword, checkApiUsername, checkPasswordConfirmation } from '@/utils/rules/api-user';
import type { CheckResult } from '@/utils/rules/check';
import { checkEmail, checkMobile } from '@/utils/rules/contact';
import { checkGstin } from '@/utils/rules/gstin';
import { checkGstzenClient, checkGstzenUsername, fillMismatchWarning } from '@/utils/rules/gstzen-form';
import { suggestPassword, suggestUsername } from '@/utils/rules/suggest';
import { englishWordsIn } from '../../english-left';

/** The keys `t` was asked for while the table ran in Hindi. */
const asked = vi.hoisted(() => new Set<string>());
vi.mock('@/utils/i18n/t', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/utils/i18n/t')>();
  return {
    ...actual,
    t: (...args: Parameters<typeof actual.t>) => {
      if (actual.currentLanguage() === 'hi') asked.add(args[0]);
      return actual.t(...args);
    },
  };
});

afterAll(() => setLanguage('en'));

/** The client IDs and secrets: codes the messages name, not English words. */
const CODES = Object.values(GSTZEN_CLIENT).flatMap(({ clientId, clientSecret }) => [clientId, clientSecret]);

/** A label, the check to run, the values it was given (allowed in the message), its passwords. */
type Row = readonly [label: string, run: () => string | null, values: readonly string[], secrets: readonly string[]];

const message = (result: CheckResult) => result.message;
const gstin = (value: string): Row => [`GSTIN ${JSON.stringify(value)}`, () => message(checkGstin(value)), [value], []];
const mobile = (value: string): Row => [
  `mobile ${JSON.stringify(value)}`,
  () => message(checkMobile(value)),
  [value],
  [],
];
const email = (value: string): Row => [
  `e-mail ${JSON.stringify(value)}`,
  () => message(checkEmail(value)),
  [value],
  [],
];
const sandboxName = (value: string): Row => [
  `sandbox username ${JSON.stringify(value)}`,
  () => message(checkApiUsername(value, 'sandbox')),
  [value],
  [],
];
const productionName = (value: string, shown: 'add-on' | 'in-box' | 'none'): Row => [
  `production username ${JSON.stringify(value)} (${shown})`,
  () => message(checkApiUsername(value, 'production', shown)),
  [value, `API_${value}`],
  [],
];
const password = (value: string, username?: string): Row => [
  `password #${value.length}${username ? ' with a username' : ''}`,
  () => message(checkApiPassword(value, { username })),
  username ? [username] : [],
  [value],
];
const confirmation = (first: string, second: string, what: string): Row => [
  `confirmation: ${what}`,
  () => message(checkPasswordConfirmation(first, second)),
  [],
  [first, second],
];
const gstzenName = (value: string, env: 'sandbox' | 'production' | null): Row => [
  `GSTZen username ${JSON.stringify(value)} (${env})`,
  () => message(checkGstzenUsername(value, env)),
  [value, `API_${value}`],
  [],
];
const gstzenClient = (id: string, secret: string, env: 'sandbox' | 'production' | null): Row => [
  `GSTZen client ${id}/${secret} (${env})`,
  () => message(checkGstzenClient(id, secret, env)),
  [id, secret],
  [],
];

/** mulberry32, seeded: the suggestions below are the same on every run. */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return Math.floor((((x ^ (x >>> 14)) >>> 0) / 4294967296) * n);
  };
}
const suggestedName = suggestUsername('CLOUDZEN SOFTWARE LABS PRIVATE LIMITED', seeded(1));
const suggestedPassword = suggestPassword(seeded(2), suggestedName);

const VALID_GSTIN = '29AAFCC9980M1ZR';

const ROWS: readonly Row[] = [
  // GSTIN: every step of the check, most basic first.
  gstin(''),
  gstin(VALID_GSTIN.repeat(3)),
  gstin('29AAFCC\u200B9980M1ZR'),
  gstin('29AAFCC\u200B\u200B9980M1ZR'),
  gstin(`${'\u200B'.repeat(7)}${VALID_GSTIN}`),
  gstin('29AAF\u202ECC9980M1ZR'),
  gstin('29AAF\u202E\u202ECC9980M1ZR'),
  gstin('29AAF\u0007CC9980M1ZR'),
  gstin('29AAF\u0007\u0007CC9980M1ZR'),
  gstin('29AAF\u00A0CC9980M1ZR'),
  gstin('29AAF\u00A0\u00A0CC9980M1ZR'),
  gstin('29AAFCCé980M1ZR'),
  gstin('29AAFCCıı80M1ZR'),
  gstin('29 AAFCC9980M1ZR'),
  gstin('29AAFCC-9980M1ZR'),
  gstin('29AAFCC9980M1Z'),
  gstin('29AAFCC9980M1ZRX'),
  gstin('A9AAFCC9980M1ZR'),
  gstin('40AAFCC9980M1ZR'),
  gstin('29A3FCC9980M1ZR'),
  gstin('29A0FCC9980M1ZR'),
  gstin('29AAFCCX980M1ZR'),
  gstin('29AAFCCO980M1ZR'),
  gstin('29AAFCCI980M1ZR'),
  gstin('29AAFXC9980M1ZR'),
  gstin('29AAFCC9980M0ZR'),
  gstin('29AAFCC9980M1YR'),
  gstin('29AAFCC9980M12R'),
  gstin('29AAFCC9980M1ZA'),
  gstin(VALID_GSTIN),

  // Mobile number.
  mobile(''),
  mobile('9'.repeat(21)),
  mobile('98765\u200B43210'),
  mobile('９876543210'),
  mobile('９８76543210'),
  mobile('98765x43210'),
  mobile('98765'),
  mobile('5876543210'),
  mobile('+91 98765 43210'),
  mobile('919876543210'),
  mobile('09876543210'),
  mobile('9876543210'),

  // E-mail address.
  email(''),
  email(`${'a'.repeat(250)}@example.com`),
  email('name@exam\u200Bple.com'),
  email('namé@example.com'),
  email('námé@example.com'),
  email('name @example.com'),
  email('name.example.com'),
  email('a@b@example.com'),
  email('@mydomain.in'),
  email('name@example'),
  email('name@.example.com'),
  email('name@gmial.com'),
  email('name@example.com'),

  // The API user's username, sandbox.
  sandboxName(''),
  sandboxName('acmeuser'),
  sandboxName('a'.repeat(101)),
  sandboxName('acme\u200Buser'),
  sandboxName('acmé user'),
  sandboxName('ácmé'),
  sandboxName('acme user'),
  sandboxName(' acmeuser'),
  sandboxName('acme.user'),
  sandboxName('_acmeuser'),
  sandboxName('acme'),
  sandboxName(suggestedName),

  // Production, with each way the page shows API_.
  productionName('', 'none'),
  productionName('', 'add-on'),
  productionName('API_', 'in-box'),
  productionName('gstzenka', 'none'),
  productionName('gstzenka', 'add-on'),
  productionName('API_gstzenka', 'in-box'),
  productionName('gstzenka', 'in-box'),
  productionName('API_gstzenka', 'add-on'),
  productionName('API_gstzenka', 'none'),
  productionName('abcdefghijkl', 'add-on'),
  productionName('a'.repeat(97), 'add-on'),
  productionName(suggestedName, 'none'),

  // The password: never in a message, in either language.
  password(''),
  password('Qx7#'.repeat(51)),
  password('Gst@2024ab'),
  password('Gst@20\u200B24ab'),
  password('Gst@\u202E\u202E2024ab'),
  password('gst@2024ab'),
  password('GST@2024AB'),
  password('Gst@abcdef'),
  password('Gst2024abc'),
  password('qxjvqxjv'),
  password('Gst@2024 ab'),
  password('Gst@2024éab'),
  password('Gst@20 24éab'),
  password('@Gst2024ab'),
  password('Gst@2024abcdefghij'),
  password('Gst@24a'),
  password('Acme@2024x', 'acme'),
  password(suggestedPassword, suggestedName),

  // Its confirmation.
  confirmation('Gst@2024ab', '', 'empty'),
  confirmation('', 'Gst@2024ab', 'first box empty'),
  confirmation('Gst@2024ab', 'Gst@2024ab', 'the same'),
  confirmation('Gst@2024ab', 'Gst@2024ab\u200B', 'a hidden character'),
  confirmation('Gst@2024ab', 'Gst@2024ab ', 'a space at the end'),
  confirmation('Gst@2024ab', 'GST@2024AB', 'upper/lower case'),
  confirmation('Gst@2024ab', 'Qxj#7946v', 'different'),
  confirmation(suggestedPassword, suggestedPassword, 'the suggested password'),

  // GSTZen's "Login to E-Invoice Portal" form.
  gstzenName('', 'production'),
  gstzenName('', null),
  gstzenName('a'.repeat(101), 'sandbox'),
  gstzenName('zen\u200Blive01', 'production'),
  gstzenName(' zensand01', 'sandbox'),
  gstzenName('zenlive01', 'production'),
  gstzenName('API_zenlive01', 'sandbox'),
  gstzenName('zensand01', 'sandbox'),
  gstzenName('API_zenlive01', 'production'),
  gstzenName('zensand01', null),
  gstzenClient('', '', 'sandbox'),
  gstzenClient('', '', 'production'),
  gstzenClient('', '', null),
  gstzenClient('ZENLIVE', 'ZENLIVE', 'sandbox'),
  gstzenClient('ZENTRIAL', 'ZENTRIAL', 'production'),
  gstzenClient('ACME', 'ACME', null),
  gstzenClient('ZENLIVE', 'ZENTRIAL', null),
  gstzenClient('zentrial', 'zentrial', 'sandbox'),
  gstzenClient('ZENTRIAL', 'ZENTRIAL', 'sandbox'),
  gstzenClient('ZENLIVE', 'ZENLIVE', null),
  ['sandbox set on a production page', () => fillMismatchWarning('sandbox', 'production'), [], []],
  ['production set on a sandbox page', () => fillMismatchWarning('production', 'sandbox'), [], []],
];

/** Every Hindi message the table produced. */
const produced: string[] = [];

describe('the checks in Hindi', () => {
  it.each(ROWS)('%s', (_label, run, values, secrets) => {
    setLanguage('en');
    const english = run();
    setLanguage('hi');
    const hindi = run();
    setLanguage('en');
    expect(typeof hindi).toBe('string');
    if (typeof hindi !== 'string') return;
    produced.push(hindi);
    expect(englishWordsIn(hindi, [...values, ...CODES]), hindi).toEqual([]);
    expect(hindi).not.toBe(english);
    for (const secret of secrets) if (secret !== '') expect(hindi).not.toContain(secret);
  });

  it('showed every check_ message of the catalog at least once', () => {
    const keys = Object.keys(hi).filter((key) => key.startsWith('check_'));
    expect(keys.length).toBeGreaterThan(100);
    // A message is shown when the check asked for it and its words (between the placeholders)
    // are in one message, in order.
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const notShown = keys.filter((key) => {
      const text = (hi as Record<string, { message: string }>)[key]!.message;
      const words = new RegExp(
        text
          .split(/\{[A-Za-z][A-Za-z0-9]*\}/)
          .filter(Boolean)
          .map(escape)
          .join('[\\s\\S]*'),
      );
      return !asked.has(key) || !produced.some((shown) => words.test(shown));
    });
    expect(notShown).toEqual([]);
  });
});
