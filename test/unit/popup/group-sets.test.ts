import { describe, expect, it } from 'vitest';
import { groupSets, hasSideBySide } from '@/entrypoints/popup/group-sets';
import { pickSetToUse } from '@/entrypoints/popup/CredentialList';
import type { Environment } from '@/utils/environments';
import type { CredentialSet } from '@/utils/vault/credential-set';

const make = (id: string, env: Environment, gstin: string, capturedAt: number): CredentialSet => ({
  id,
  env,
  gstin,
  username: `user_${id}`,
  password: 'Secret#123',
  capturedAt,
  updatedAt: capturedAt,
  status: 'confirmed',
});

const shape = (sets: CredentialSet[]) =>
  groupSets(sets).map((g) => [g.gstin, g.columns.map((c) => [c.env, c.sets.map((s) => s.id)])]);

describe('groupSets', () => {
  it('groups by GSTIN, then environment; newest group and newest set first', () => {
    expect(
      shape([
        make('a', 'sandbox', 'G1', 1),
        make('b', 'production', 'G1', 3),
        make('c', 'sandbox', 'G1', 4),
        make('d', 'sandbox', 'G2', 2),
        make('e', 'production', 'G1', 5),
        make('f', 'production', 'G3', 0),
      ]),
    ).toEqual([
      [
        'G1',
        [
          ['sandbox', ['c', 'a']],
          ['production', ['e', 'b']],
        ],
      ],
      ['G2', [['sandbox', ['d']]]],
      ['G3', [['production', ['f']]]],
    ]);
  });

  it('keeps sandbox left of production whichever was made last', () => {
    const [group] = groupSets([make('p', 'production', 'G1', 9), make('s', 'sandbox', 'G1', 1)]);
    expect(group?.columns.map((c) => c.env)).toEqual(['sandbox', 'production']);
  });

  it('keeps sets without a GSTIN together', () => {
    expect(shape([make('a', 'sandbox', '', 1), make('b', 'production', '', 2)])).toEqual([
      [
        '',
        [
          ['sandbox', ['a']],
          ['production', ['b']],
        ],
      ],
    ]);
  });

  it('says when a GSTIN has both environments to show side by side', () => {
    expect(hasSideBySide(groupSets([make('a', 'sandbox', 'G1', 1), make('b', 'production', 'G2', 2)]))).toBe(false);
    expect(hasSideBySide(groupSets([make('a', 'sandbox', 'G1', 1), make('b', 'production', 'G1', 2)]))).toBe(true);
    expect(hasSideBySide([])).toBe(false);
  });
});

describe('pickSetToUse', () => {
  const as = (id: string, status: CredentialSet['status'], at: number) => ({
    ...make(id, 'production', 'G1', at),
    status,
  });
  it('shows in full the newest created set, not a later suggestion or refusal', () => {
    const sets = [as('s', 'suggested', 9), as('r', 'rejected', 8), as('c', 'confirmed', 5), as('o', 'confirmed', 1)];
    expect(pickSetToUse(sets)?.id).toBe('c');
  });
  it('then the newest pressed set, and a suggestion only when there is nothing else', () => {
    expect(pickSetToUse([as('s', 'suggested', 9), as('p', 'captured', 5)])?.id).toBe('p');
    expect(pickSetToUse([as('s', 'suggested', 9), as('t', 'suggested', 5)])?.id).toBe('s');
    expect(pickSetToUse([])).toBeUndefined();
  });
});
