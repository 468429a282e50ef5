// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CaptureNotice as Notice } from '@/entrypoints/portal.content/capture-controller';
import { CaptureNotice } from '@/entrypoints/portal.content/CaptureNotice';
import { useReactRoot } from '../react-root';
import { KEPT_NOTICES, NOT_KEPT_NOTICE } from './notices';

const react = useReactRoot();

function render(notice: Notice, onShowCredentials: () => Promise<void> = vi.fn(async () => undefined)) {
  react.render(<CaptureNotice notice={notice} onShowCredentials={onShowCredentials} />);
  return onShowCredentials;
}

const button = () => react.container.querySelector<HTMLButtonElement>('[data-testid="show-credentials"]');

describe('CaptureNotice', () => {
  it.each<Notice>(KEPT_NOTICES)('offers "Show my credentials" once they are kept ($kind)', async (notice) => {
    const onShow = render(notice);
    expect(react.container.textContent).toContain('acme_api');
    await act(async () => button()?.click());
    expect(onShow).toHaveBeenCalledTimes(1);
  });

  it('offers nothing to show when the copy could not be kept', () => {
    render(NOT_KEPT_NOTICE);
    expect(button()).toBeNull();
    expect(react.container.textContent).toMatch(/Write the username and password down now/);
  });

  it('says what to do when the tab cannot be opened', async () => {
    render({ kind: 'confirmed', username: 'acme_api' }, async () => {
      throw new Error('the extension did not answer');
    });
    await act(async () => button()?.click());
    expect(react.container.querySelector('[role="alert"]')?.textContent).toMatch(
      /Could not open them \(the extension did not answer\): use the toolbar icon instead/,
    );
  });
});
