// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import { App } from '@/entrypoints/popup/App';
import { createBoardStore } from '@/utils/board/store';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault } from '@/utils/vault/vault';
import { useReactRoot } from '../react-root';

const GSTIN = '29AAFCC9980M1ZR';
const popup: MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
  origin: 'chrome-extension://test-extension-id',
};

const react = useReactRoot();

beforeEach(async () => {
  fakeBrowser.reset();
  const services: Services = {
    vault: createVault({ keyStore: memoryKeyStore() }),
    board: createBoardStore(),
    scheduleClipboardClear: vi.fn(async () => undefined),
    openCredentialsTab: vi.fn(async () => undefined),
  };
  // The popup's messages reach the real handlers, as from the popup's page.
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleMessage(message, popup, services));
  await services.board.observe(GSTIN, { kind: 'api-user-created', env: 'sandbox', finalUsername: 'gstzendemo01' });
});

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const q = (selector: string) => react.container.querySelector<HTMLElement>(selector);
const section = (id: string) =>
  q(`[data-testid="board-gstin"][data-gstin="${GSTIN}"] [data-testid="board-section"][data-section="${id}"]`);

describe('the popup with its Onboarding tab', () => {
  it('shows the credentials first, the board on its tab, and keeps a tick made there', async () => {
    react.render(<App />);
    await settle();
    expect(q('[data-testid="start"]')).not.toBeNull();
    expect(q('[data-testid="board"]')).toBeNull();

    await act(async () => q('[data-testid="tab-board"]')?.click());
    await settle();
    expect(q('[data-testid="tab-board"]')?.getAttribute('aria-selected')).toBe('true');
    expect(section('sandbox-api-user')?.dataset).toMatchObject({ done: 'true', by: 'observed' });
    expect(q('[data-testid="open-board"]')?.getAttribute('href')).toBe(
      'chrome-extension://test-extension-id/popup.html?view=board',
    );

    await act(async () =>
      section('delete-test-invoices')?.querySelector<HTMLElement>('[data-testid="board-mark-done"]')?.click(),
    );
    await settle();
    expect(section('delete-test-invoices')?.dataset).toMatchObject({ done: 'true', by: 'user' });
    expect(section('delete-test-invoices')?.textContent).toContain('ticked by you');
    // "Keep on this device" is about the credentials: shown on their tab only.
    expect(q('[data-testid="keep-on-device"]')).toBeNull();

    // Opened again (a new popup): the tick is read back from storage.
    react.render(<App key="again" boardPage />);
    await settle();
    expect(q('[data-testid="tab-board"]')).toBeNull();
    expect(section('delete-test-invoices')?.dataset).toMatchObject({ done: 'true', by: 'user' });
    // The full-page view is read by support staff.
    expect(section('delete-test-invoices')?.textContent).toContain('ticked by the user');

    await act(async () =>
      section('delete-test-invoices')?.querySelector<HTMLElement>('[data-testid="board-undo"]')?.click(),
    );
    await settle();
    expect(section('delete-test-invoices')?.dataset.done).toBe('false');
  });
});
