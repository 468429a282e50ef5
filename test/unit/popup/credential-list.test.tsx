// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialList } from '@/entrypoints/popup/CredentialList';
import { groupSets } from '@/entrypoints/popup/group-sets';
import type { Environment } from '@/utils/environments';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { useReactRoot } from '../react-root';

const vault = vi.hoisted(() => ({ sets: [] as unknown[] }));
vi.mock('@/entrypoints/popup/use-vault', () => ({
  readableError: (_error: unknown, doing: string) => `Could not ${doing}`,
  useVault: () => ({
    view: { sets: vault.sets, keepOnDevice: false },
    loadError: null,
    actionError: null,
    setActionError: () => undefined,
    forget: async () => undefined,
    setKeepOnDevice: async () => undefined,
  }),
}));
const { App } = await import('@/entrypoints/popup/App');

const make = (id: string, env: Environment, gstin: string, capturedAt: number): CredentialSet => ({
  id,
  env,
  gstin,
  username: `user${id}`,
  password: `Pass#${env}-${id}`,
  capturedAt,
  updatedAt: capturedAt,
  status: 'confirmed',
});

const SETS = [
  make('1', 'sandbox', '29AAFCC9980M1ZR', 1),
  make('2', 'production', '29AAFCC9980M1ZR', 2),
  make('3', 'sandbox', '29AAFCC9980M1ZR', 3),
  make('4', 'sandbox', '36AAECB7633H1ZN', 4),
];

const react = useReactRoot();

function render(sets: CredentialSet[] = SETS) {
  const onCopy = vi.fn(async () => undefined);
  react.render(<CredentialList groups={groupSets(sets)} onCopy={onCopy} onForget={vi.fn(async () => undefined)} />);
  return { onCopy };
}

const group = (gstin: string) =>
  react.container.querySelector<HTMLElement>(`[data-testid="credential-group"][data-gstin="${gstin}"]`);
const columns = (root: Element | null) => [
  ...(root?.querySelectorAll<HTMLElement>('[data-testid="env-column"]') ?? []),
];

describe('CredentialList', () => {
  it("shows one GSTIN's sandbox and production sets side by side, each column headed", () => {
    render();
    const both = group('29AAFCC9980M1ZR');
    expect(both?.querySelector('h2')?.textContent).toBe('GSTIN 29AAFCC9980M1ZR');
    expect(both?.querySelector('.env-columns')?.classList.contains('side-by-side')).toBe(true);
    expect(both?.querySelector('[data-testid="both-environments-hint"]')?.textContent).toMatch(/same column/);
    const [sandbox, production] = columns(both);
    expect([sandbox?.dataset.env, production?.dataset.env]).toEqual(['sandbox', 'production']);
    expect(sandbox?.querySelector('[data-testid="env-heading"]')?.textContent).toBe('Sandbox — for testing only');
    expect(production?.querySelector('[data-testid="env-heading"]')?.textContent).toBe(
      'Production — for real invoices',
    );
    // Each column holds only its own environment's cards.
    for (const column of [sandbox, production]) {
      const envs = [...(column?.querySelectorAll<HTMLElement>('[data-testid="credential"]') ?? [])].map(
        (card) => card.dataset.env,
      );
      expect(envs.length).toBeGreaterThan(0);
      expect(new Set(envs)).toEqual(new Set([column?.dataset.env]));
    }
  });

  it('names the environment on every copy button of each column', () => {
    render();
    const [sandbox, production] = columns(group('29AAFCC9980M1ZR'));
    const names = (column: Element | undefined) =>
      [...(column?.querySelectorAll('button.copy-button') ?? [])].map((b) => b.getAttribute('aria-label') ?? '');
    expect(names(sandbox).length).toBeGreaterThanOrEqual(4);
    for (const name of names(sandbox)) expect(name).toMatch(/^Copy sandbox /);
    expect(names(production)).toEqual([
      'Copy production username',
      'Copy production password',
      'Copy production GSTZen client ID',
      'Copy production GSTZen client secret',
    ]);
  });

  it("copies the password of the column's own environment", async () => {
    const { onCopy } = render();
    const [, production] = columns(group('29AAFCC9980M1ZR'));
    await act(async () => production?.querySelector<HTMLElement>('[data-testid="copy-password"]')?.click());
    expect(onCopy).toHaveBeenCalledWith('Pass#production-2');
    expect(react.container.innerHTML).not.toContain('Pass#');
  });

  it('shows the newest set of an environment first and folds the older ones', () => {
    render();
    const [sandbox] = columns(group('29AAFCC9980M1ZR'));
    const cards = [...(sandbox?.querySelectorAll<HTMLElement>('[data-testid="credential"]') ?? [])];
    expect(cards.map((card) => card.querySelector('[data-testid="username"]')?.textContent)).toEqual([
      'user3',
      'user1',
    ]);
    const older = sandbox?.querySelector<HTMLDetailsElement>('[data-testid="older-sets"]');
    expect(older?.open).toBe(false);
    expect(older?.querySelector('summary')?.textContent).toBe('1 older sandbox set');
    expect(older?.contains(cards[1] ?? null)).toBe(true);
    expect(older?.contains(cards[0] ?? null)).toBe(false);
  });

  it('shows a GSTIN with one environment as one column, without the side-by-side hint', () => {
    render();
    const single = group('36AAECB7633H1ZN');
    expect(columns(single).map((c) => c.dataset.env)).toEqual(['sandbox']);
    expect(single?.querySelector('.side-by-side')).toBeNull();
    expect(single?.querySelector('[data-testid="both-environments-hint"]')).toBeNull();
    expect(single?.querySelector('[data-testid="older-sets"]')).toBeNull();
  });
});

describe('App', () => {
  afterEach(() => document.documentElement.classList.remove('wide-popup'));

  it('widens the popup only while a GSTIN has both environments', () => {
    vault.sets = [make('1', 'sandbox', 'G1', 1), make('2', 'production', 'G2', 2)];
    react.render(<App />);
    expect(react.container.querySelectorAll('[data-testid="env-column"]')).toHaveLength(2);
    expect(document.documentElement.classList.contains('wide-popup')).toBe(false);

    vault.sets = [make('1', 'sandbox', 'G1', 1), make('2', 'production', 'G1', 2)];
    react.render(<App key="both" />);
    expect(document.documentElement.classList.contains('wide-popup')).toBe(true);
  });
});
