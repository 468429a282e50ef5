// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Board } from '@/entrypoints/popup/Board';
import { boardRows } from '@/entrypoints/popup/board-rows';
import type { BoardEntry } from '@/utils/board/observation';
import { BOARD_SECTION_IDS } from '@/utils/board/sections';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { useReactRoot } from '../react-root';

const GSTIN = '29AAFCC9980M1ZR';
const ONLY_IN_VAULT = '36AAECB7633H1ZN';
const PASSWORD = 'Zen@Demo2026';
const T = Date.UTC(2026, 5, 12, 9, 30);

const entry: BoardEntry = {
  gstin: GSTIN,
  tradeName: 'CloudZen',
  firstSeenAt: T,
  updatedAt: T + 1000,
  sections: {
    'sandbox-api-user': { at: T, by: 'observed', detail: 'API user gstzendemo01 created' },
    'delete-test-invoices': { at: T + 1000, by: 'user' },
  },
  usernames: { sandbox: 'gstzendemo01' },
};

const set = (gstin: string, capturedAt: number): CredentialSet => ({
  id: `${gstin}-${capturedAt}`,
  env: 'sandbox',
  gstin,
  username: 'gstzendemo01',
  password: PASSWORD,
  capturedAt,
  updatedAt: capturedAt,
  status: 'confirmed',
});

const react = useReactRoot();
beforeEach(() => fakeBrowser.reset());

function render(
  entries: BoardEntry[] = [entry],
  sets: CredentialSet[] = [set(GSTIN, T), set(ONLY_IN_VAULT, T - 5000)],
) {
  const onTick = vi.fn(async () => undefined);
  const onCopySummary = vi.fn(async (_text: string) => undefined);
  react.render(<Board rows={boardRows(entries, sets)} version="1.2.3" onTick={onTick} onCopySummary={onCopySummary} />);
  return { onTick, onCopySummary };
}

const gstinBoard = (gstin: string) =>
  react.container.querySelector<HTMLElement>(`[data-testid="board-gstin"][data-gstin="${gstin}"]`);
const section = (gstin: string, id: string) =>
  gstinBoard(gstin)?.querySelector<HTMLElement>(`[data-testid="board-section"][data-section="${id}"]`);

describe('the onboarding board in the popup', () => {
  it('shows every GSTIN seen, on the board or only in the vault, each with the five sections in order', () => {
    render();
    const gstins = [...react.container.querySelectorAll<HTMLElement>('[data-testid="board-gstin"]')].map(
      (el) => el.dataset.gstin,
    );
    expect(gstins).toEqual([GSTIN, ONLY_IN_VAULT]);
    for (const gstin of gstins) {
      const ids = [
        ...(gstinBoard(gstin ?? '')?.querySelectorAll<HTMLElement>('[data-testid="board-section"]') ?? []),
      ].map((el) => el.dataset.section);
      expect(ids).toEqual([...BOARD_SECTION_IDS]);
    }
    expect(react.container.innerHTML).not.toContain(PASSWORD);
  });

  it('puts Part 1 (sandbox) beside Part 2 (production, from the deletion on)', () => {
    render();
    const parts = [...(gstinBoard(GSTIN)?.querySelectorAll<HTMLElement>('.board-part') ?? [])];
    expect(parts.map((p) => p.className)).toEqual(['board-part env-sandbox', 'board-part env-production']);
    const idsIn = (part: HTMLElement | undefined) =>
      [...(part?.querySelectorAll<HTMLElement>('[data-testid="board-section"]') ?? [])].map((el) => el.dataset.section);
    expect(idsIn(parts[0])).toEqual(['sandbox-api-user', 'sandbox-gstzen-login']);
    expect(idsIn(parts[1])).toEqual(['delete-test-invoices', 'production-api-user', 'production-gstzen-login']);
  });

  it('says who ticked each section and when, and links each unticked one to where it is done', () => {
    render();
    const observed = section(GSTIN, 'sandbox-api-user');
    expect(observed?.dataset).toMatchObject({ done: 'true', by: 'observed' });
    expect(observed?.textContent).toContain('12 Jun 2026, 3:00 pm IST, seen by the assistant');
    expect(observed?.querySelector('[data-testid="board-mark-done"]')).toBeNull();

    const mine = section(GSTIN, 'delete-test-invoices');
    expect(mine?.dataset).toMatchObject({ done: 'true', by: 'user' });
    expect(mine?.textContent).toContain('ticked by you');
    expect(mine?.querySelector('[data-testid="board-undo"]')).not.toBeNull();

    const login = section(GSTIN, 'sandbox-gstzen-login');
    expect(login?.dataset.done).toBe('false');
    expect(login?.dataset.by).toBeUndefined();
    expect(login?.querySelector<HTMLAnchorElement>('[data-testid="board-where"]')?.href).toBe(
      `https://my.gstzen.in/gstin/${GSTIN}/`,
    );
    expect(section(GSTIN, 'production-api-user')?.querySelector<HTMLAnchorElement>('a')?.href).toBe(
      'https://einvoice1.gst.gov.in/',
    );
    expect(section(ONLY_IN_VAULT, 'sandbox-api-user')?.querySelector<HTMLAnchorElement>('a')?.href).toBe(
      'https://einv-apisandbox.nic.in/',
    );
  });

  it('marks a section done, and undoes a tick of the user', async () => {
    const { onTick } = render();
    await act(async () =>
      section(GSTIN, 'production-api-user')?.querySelector<HTMLElement>('[data-testid="board-mark-done"]')?.click(),
    );
    expect(onTick).toHaveBeenCalledWith(GSTIN, 'production-api-user', true);
    await act(async () =>
      section(GSTIN, 'delete-test-invoices')?.querySelector<HTMLElement>('[data-testid="board-undo"]')?.click(),
    );
    expect(onTick).toHaveBeenLastCalledWith(GSTIN, 'delete-test-invoices', false);
  });

  it('copies a summary of its own GSTIN: the sections, the version, no password; and says "Copied"', async () => {
    const { onCopySummary } = render();
    const button = gstinBoard(GSTIN)?.querySelector<HTMLElement>('[data-testid="copy-summary"]');
    await act(async () => button?.click());
    expect(onCopySummary).toHaveBeenCalledTimes(1);
    const text = onCopySummary.mock.calls[0]?.[0] ?? '';
    expect(text).toContain(`GSTIN: ${GSTIN} (CloudZen)`);
    expect(text).toContain('✓ Part 1, Section 1, Create the sandbox API user: done');
    expect(text).toContain('✗ Part 2, Section 3, Log into production through GSTZen: not yet');
    expect(text).toContain('Extension version: 1.2.3');
    expect(text).not.toContain(PASSWORD);
    expect(button?.textContent).toBe('Copied');
  });

  it('says what the board is for when no GSTIN is known yet', () => {
    render([], []);
    expect(react.container.querySelector('[data-testid="board"]')?.textContent).toMatch(/No GSTIN yet/);
  });
});
