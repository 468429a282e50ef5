// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useReactRoot } from '../react-root';

/** The vault as the popup reads it: an encrypted copy kept that cannot be read (issue 8). */
const vault = vi.hoisted(() => ({
  unreadableCopy: true,
  discard: vi.fn(async () => undefined),
}));
vi.mock('@/entrypoints/popup/use-vault', () => ({
  readableError: (_error: unknown, doing: string) => `Could not ${doing}`,
  useVault: () => ({
    view: { sets: [], keepOnDevice: true, unreadableCopy: vault.unreadableCopy },
    loadError: null,
    actionError: null,
    setActionError: () => undefined,
    forget: async () => undefined,
    setKeepOnDevice: async () => undefined,
    discardUnreadableCopy: vault.discard,
  }),
}));
const { App } = await import('@/entrypoints/popup/App');

const react = useReactRoot();
const testid = (id: string) => react.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

describe('the popup with an unreadable encrypted copy', () => {
  it('says what happened, that nothing was deleted, and offers the discard button', async () => {
    vault.unreadableCopy = true;
    react.render(<App />);
    const notice = testid('unreadable-copy');
    expect(notice?.textContent).toContain(
      'The copy kept on this device cannot be read: its key is gone, for example after clearing site data. It has not been deleted. New credentials are kept for this browser session only.',
    );
    expect(testid('start')?.textContent).toContain('No API credentials in this browser session yet.');

    const button = testid('discard-unreadable-copy') as HTMLButtonElement;
    expect(button.textContent).toBe('Discard the unreadable copy');
    await act(async () => button.click());
    expect(vault.discard).toHaveBeenCalledTimes(1);
  });

  it('shows neither when the copy can be read', () => {
    vault.unreadableCopy = false;
    react.render(<App />);
    expect(testid('unreadable-copy')).toBeNull();
    expect(testid('discard-unreadable-copy')).toBeNull();
    expect(testid('start')?.textContent).toContain('No API credentials yet.');
  });
});
