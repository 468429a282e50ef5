import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { failedSaveBadgeTitle, showFailedSaveBadge } from '@/utils/toolbar-badge';

/** The badge that shows failed saves: Chrome's `action`, or Firefox MV2's `browserAction`. */
function fakeButton() {
  return {
    setBadgeText: vi.fn(async () => undefined),
    setBadgeBackgroundColor: vi.fn(async () => undefined),
    setTitle: vi.fn(async () => undefined),
  };
}

const api = browser as unknown as Record<string, unknown>;
const saved = { action: api.action, browserAction: api.browserAction };
afterEach(() => {
  Object.assign(api, saved);
  vi.restoreAllMocks();
});

describe('the failed-save badge', () => {
  it.each(['action', 'browserAction'] as const)('uses %s where that is what the browser has', async (name) => {
    const button = fakeButton();
    Object.assign(api, { action: undefined, browserAction: undefined, [name]: button });
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
      name: 'e-Invoice API Setup Assistant',
      manifest_version: 3,
      version: '1',
      action: { default_title: 'Manifest title' },
    });
    await showFailedSaveBadge(2);
    expect(button.setBadgeText).toHaveBeenLastCalledWith({ text: '!' });
    expect(button.setTitle).toHaveBeenLastCalledWith({ title: failedSaveBadgeTitle() });
    await showFailedSaveBadge(0);
    expect(button.setBadgeText).toHaveBeenLastCalledWith({ text: '' });
    expect(button.setTitle).toHaveBeenLastCalledWith({ title: 'e-Invoice API Setup Assistant' });
  });

  it('does nothing where the browser has no toolbar button API', async () => {
    Object.assign(api, { action: undefined, browserAction: undefined });
    await expect(showFailedSaveBadge(1)).resolves.toBeUndefined();
  });
});
