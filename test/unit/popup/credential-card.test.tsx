// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CredentialCard } from '@/components/CredentialCard';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { groupSets } from '@/entrypoints/popup/group-sets';
import { useReactRoot } from '../react-root';

const PASSWORD = 'Hidden$Pass-42';
const set: CredentialSet = {
  id: 'set-1',
  env: 'sandbox',
  gstin: '29AABCC1234D1Z5',
  username: 'acme_api',
  password: PASSWORD,
  capturedAt: Date.UTC(2026, 10, 28, 10),
  updatedAt: Date.UTC(2026, 10, 28, 10),
  status: 'rejected',
  portalMessage: 'API user already created',
  alreadyCreated: true,
};

const react = useReactRoot();

function render(onCopy = vi.fn(async () => undefined), onForget = vi.fn(async () => undefined), shown = set) {
  react.render(<CredentialCard set={shown} onCopy={onCopy} onForget={onForget} />);
  return { onCopy, onForget };
}

const $ = (testId: string) => react.container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

describe('CredentialCard', () => {
  it('shows the set with its hooks, and the password only after Reveal', () => {
    render();
    const article = $('credential');
    expect(article?.dataset).toMatchObject({ env: 'sandbox', gstin: '29AABCC1234D1Z5', status: 'rejected' });
    expect($('username')?.textContent).toBe('acme_api');
    expect($('gstzen-client-id')?.textContent).toBe('ZENTRIAL');
    expect($('status')?.textContent).toBe('Portal said: API user already created');
    expect($('rejected-explanation')?.textContent).toMatch(/already created/);

    expect($('password')?.textContent).toBe('••••••••');
    expect(react.container.textContent).not.toContain(PASSWORD);
    expect(react.container.innerHTML).not.toContain(PASSWORD);

    act(() => $('reveal-password')?.click());
    expect($('password')?.textContent).toBe(PASSWORD);
    expect($('reveal-password')?.getAttribute('aria-pressed')).toBe('true');

    act(() => $('reveal-password')?.click());
    expect(react.container.textContent).not.toContain(PASSWORD);
  });

  it('explains the "already created" quirk only for that kind of refusal', () => {
    render(undefined, undefined, {
      ...set,
      portalMessage: 'This username is already registered.',
      alreadyCreated: undefined,
    });
    expect($('status')?.textContent).toBe('Portal said: This username is already registered.');
    expect($('rejected-explanation')).toBeNull();
    expect($('gstzen-line')?.textContent).toMatch(/did not create this API user/);
  });

  it('shows the name the portal created, to copy into GSTZen, and the name typed', async () => {
    const { onCopy } = render(undefined, undefined, {
      ...set,
      env: 'production',
      username: 'acme',
      finalUsername: 'API_acme',
      status: 'confirmed',
      portalMessage: undefined,
      alreadyCreated: undefined,
    });
    expect($('username')?.textContent).toBe('API_acme');
    expect($('typed-username')?.textContent).toMatch(/you typed acme/);
    expect($('gstzen-client-id')?.textContent).toBe('ZENLIVE');
    expect($('gstzen-line')?.textContent).toMatch(/^In GSTZen .*type these/);
    await act(async () => $('copy-username')?.click());
    expect(onCopy).toHaveBeenCalledWith('API_acme');
  });

  it('copies the password without revealing it', async () => {
    const { onCopy } = render();
    await act(async () => $('copy-password')?.click());
    expect(onCopy).toHaveBeenCalledWith(PASSWORD);
    expect(react.container.textContent).not.toContain(PASSWORD);
  });

  it('asks inside the card before forgetting', async () => {
    const { onForget } = render();
    act(() => $('forget')?.click());
    expect(onForget).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('cancel-forget'));
    act(() => $('cancel-forget')?.click());
    expect($('confirm-forget')).toBeNull();

    act(() => $('forget')?.click());
    await act(async () => $('confirm-forget')?.click());
    expect(onForget).toHaveBeenCalledWith('set-1');
  });
});

describe('groupSets', () => {
  it('groups by GSTIN and environment, newest first', () => {
    const make = (id: string, env: 'sandbox' | 'production', gstin: string, capturedAt: number): CredentialSet => ({
      ...set,
      id,
      env,
      gstin,
      capturedAt,
    });
    const groups = groupSets([
      make('a', 'sandbox', 'G1', 1),
      make('b', 'production', 'G1', 3),
      make('c', 'sandbox', 'G1', 4),
      make('d', 'sandbox', 'G2', 2),
    ]);
    expect(groups.map((g) => [g.env, g.gstin, g.sets.map((s) => s.id)])).toEqual([
      ['sandbox', 'G1', ['c', 'a']],
      ['production', 'G1', ['b']],
      ['sandbox', 'G2', ['d']],
    ]);
  });
});
