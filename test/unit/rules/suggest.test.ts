import { describe, expect, it } from 'vitest';
import { checkApiPassword, checkApiUsername, PASSWORD_SPECIALS } from '@/utils/rules/api-user';
import { suggestPassword, suggestUsername, usernameStem, type RandomInt } from '@/utils/rules/suggest';

/** mulberry32: a small seeded generator, so each case can be replayed. */
function seeded(seed: number): RandomInt {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return Math.floor(r * n);
  };
}

const TRADE_NAMES = [
  'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED',
  'PRACTICE TRADERS PRIVATE LIMITED',
  'M/S. A.B.C. TRADERS',
  'M/s Sharma & Sons',
  'THE NEW INDIA ASSURANCE CO LTD',
  'ABC PVT. LTD.',
  '',
  '   ',
  'भारत ट्रेडर्स प्राइवेट लिमिटेड',
  '1234567890',
  'A',
  'X Y',
  'Café Coffee Day',
  "D'Souza Enterprises",
  'SUPERCALIFRAGILISTICEXPIALIDOCIOUS INDUSTRIES LIMITED',
  'API SOLUTIONS PVT LTD',
  'API_ TRADERS',
  'OLIO 101 LLP',
  'a'.repeat(500),
];

describe('usernameStem', () => {
  it('takes the first meaningful words, lower case, without company words', () => {
    expect(usernameStem('CLOUDZEN SOFTWARE LABS PRIVATE LIMITED')).toBe('cloudzen');
    expect(usernameStem('PRACTICE TRADERS PRIVATE LIMITED')).toBe('practice');
    expect(usernameStem('M/S. A.B.C. TRADERS')).toBe('abctrade');
    expect(usernameStem('THE NEW INDIA ASSURANCE CO LTD')).toBe('newindia');
    expect(usernameStem('Café Coffee Day')).toBe('cafe');
  });

  it('cuts a long word and falls back when the name gives no ASCII letters', () => {
    expect(usernameStem('SUPERCALIFRAGILISTICEXPIALIDOCIOUS')).toBe('supercal');
    expect(usernameStem('')).toBe('einv');
    expect(usernameStem('भारत ट्रेडर्स')).toBe('einv');
    expect(usernameStem('1234567890')).toBe('einv');
    expect(usernameStem('PRIVATE LIMITED')).toBe('einv');
    expect(usernameStem('X Y')).toBe('xyeinv');
  });
});

describe('suggestUsername', () => {
  it('passes the username check without a warning in both environments, for many names and seeds', () => {
    for (const name of TRADE_NAMES) {
      for (let seed = 0; seed < 50; seed++) {
        const username = suggestUsername(name, seeded(seed));
        expect(username, `${name} / ${seed}`).toMatch(/^[a-z][a-z0-9]{5,9}[0-9]$/);
        for (const env of ['sandbox', 'production'] as const) {
          expect(checkApiUsername(username, env).status, `${username} ${env}`).toBe('ok');
        }
      }
    }
  });

  it('is repeatable with a seeded random, and different from call to call by default', () => {
    expect(suggestUsername('PRACTICE TRADERS', seeded(7))).toBe(suggestUsername('PRACTICE TRADERS', seeded(7)));
    expect(suggestUsername('PRACTICE TRADERS', seeded(7))).not.toBe(suggestUsername('PRACTICE TRADERS', seeded(8)));
    const names = new Set(Array.from({ length: 30 }, () => suggestUsername('PRACTICE TRADERS')));
    expect(names.size).toBeGreaterThan(25);
  });

  it('works even with a random that always answers 0', () => {
    expect(suggestUsername('', () => 0)).toBe('einv222');
  });
});

describe('suggestPassword', () => {
  const LOOK_ALIKES = /[0O1lIo]/;

  it('meets NIC rule without a warning, never has a look-alike, a special at the ends, or the username', () => {
    for (const name of TRADE_NAMES) {
      for (let seed = 0; seed < 50; seed++) {
        const random = seeded(seed * 31 + name.length);
        const username = suggestUsername(name, random);
        const password = suggestPassword(random, username);
        const why = `seed ${seed}`; // Never the password itself in a message.
        expect(password.length, why).toBeGreaterThanOrEqual(12);
        expect(password.length, why).toBeLessThanOrEqual(14);
        expect(/[A-Z]/.test(password) && /[a-z]/.test(password) && /[0-9]/.test(password), why).toBe(true);
        expect([...password].filter((c) => PASSWORD_SPECIALS.includes(c)).length, why).toBeGreaterThan(0);
        expect(password, why).toMatch(/^[A-Za-z0-9].*[A-Za-z0-9]$/);
        expect(password, why).toMatch(new RegExp(`^[A-Za-z0-9${PASSWORD_SPECIALS.replace(/[$*]/g, '\\$&')}]+$`));
        expect(LOOK_ALIKES.test(password), why).toBe(false);
        expect(password.toLowerCase().includes(username), why).toBe(false);
        expect(checkApiPassword(password, { username }).status, why).toBe('ok');
        expect(checkApiPassword(password, { username: `API_${username}` }).status, why).toBe('ok');
      }
    }
  });

  it('keeps every kind even with a random that always answers 0', () => {
    const password = suggestPassword(() => 0);
    expect(checkApiPassword(password).status).toBe('ok');
  });

  it('changes a password that would contain the username, keeping its kinds', () => {
    // With a random that always answers 0 the password is fixed; ask for a username inside it.
    const plain = suggestPassword(() => 0);
    const inside = plain.slice(2, 9).toLowerCase();
    const changed = suggestPassword(() => 0, inside);
    expect(changed).not.toBe(plain);
    expect(changed.toLowerCase()).not.toContain(inside);
    expect(checkApiPassword(changed, { username: inside }).status).toBe('ok');
  });

  it('is repeatable with a seeded random, and different from call to call by default', () => {
    expect(suggestPassword(seeded(3))).toBe(suggestPassword(seeded(3)));
    expect(suggestPassword(seeded(3))).not.toBe(suggestPassword(seeded(4)));
    const passwords = new Set(Array.from({ length: 30 }, () => suggestPassword()));
    expect(passwords.size).toBe(30);
  });
});
