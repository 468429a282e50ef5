import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  handleMessage,
  restoreFailedSaveBadge,
  type MessageSender,
  type Services,
} from '@/entrypoints/background/handlers';
import { createBoardStore } from '@/utils/board/store';
import { failedSaves, failedSavesItem, MAX_FAILED_SAVES } from '@/utils/vault/failed-saves';
import { VaultError, type Vault } from '@/utils/vault/vault';

/** Issue 8, item 4: a failed save stays visible (next page, popup, toolbar badge) until acknowledged. */
const EXT = 'chrome-extension://test-extension-id/';
const PASSWORD = 'Top$ecret-123';
const popup: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html`, origin: EXT.slice(0, -1) };
function siteTab(origin: string, tabId: number): MessageSender {
  return {
    id: 'test-extension-id',
    url: `${origin}/page`,
    origin,
    tab: { id: tabId } as MessageSender['tab'],
    frameId: 0,
  };
}
const sandboxTab = siteTab('https://einv-apisandbox.nic.in', 3);
const productionTab = siteTab('https://einvoice1.gst.gov.in', 4);

const save = (site: string, username: string) => ({
  type: 'capture.save',
  site,
  gstin: '29AAFCC9980M1ZR',
  username,
  password: PASSWORD,
  capturedAt: Date.now(),
});

let badge: ReturnType<typeof vi.fn<(count: number) => Promise<void>>>;
let services: Services;
let saveFails: Error | null;

beforeEach(() => {
  fakeBrowser.reset();
  saveFails = new VaultError('The assistant already keeps 100 sets of credentials and may drop none of them.');
  badge = vi.fn(async () => undefined);
  const vault = {
    save: vi.fn(async () => {
      if (saveFails) throw saveFails;
      return { id: 'kept' };
    }),
  } as unknown as Vault;
  services = {
    vault,
    board: createBoardStore(),
    scheduleClipboardClear: vi.fn(async () => undefined),
    openCredentialsTab: vi.fn(async () => undefined),
    showFailedSaveBadge: badge,
  };
});

const send = (message: unknown, sender: MessageSender) => handleMessage(message, sender, services);

describe('a save the vault refuses', () => {
  it('is refused to the page with the reason, and kept without the password until the user acknowledges it', async () => {
    const answer = await send(save('sandbox', 'gstzentrial01'), sandboxTab);
    expect(answer).toEqual({ error: expect.stringMatching(/already keeps 100 sets/) as unknown });
    expect(badge).toHaveBeenLastCalledWith(1);

    const stored = JSON.stringify(await failedSavesItem.getValue());
    expect(stored).toContain('gstzentrial01');
    expect(stored).not.toContain(PASSWORD);

    // The next sandbox page lists it; production's pages do not (another portal's press).
    const listed = (await send({ type: 'capture.failed-saves', site: 'sandbox' }, sandboxTab)) as {
      failed: { id: string; username: string; env: string; reason: string }[];
    };
    expect(listed.failed).toEqual([
      expect.objectContaining({
        username: 'gstzentrial01',
        env: 'sandbox',
        reason: expect.stringMatching(/100 sets/) as unknown,
      }),
    ]);
    expect(await send({ type: 'capture.failed-saves', site: 'production' }, productionTab)).toEqual({ failed: [] });
    // The popup sees every one.
    expect(await send({ type: 'failed-save.list' }, popup)).toEqual({ failed: listed.failed });

    const id = listed.failed[0]!.id;
    // A production page cannot clear a sandbox failure; a portal page cannot use the popup's message.
    expect(await send({ type: 'capture.acknowledge-failed', site: 'production', id }, productionTab)).toEqual({
      acknowledged: false,
    });
    expect(await send({ type: 'failed-save.acknowledge', id }, sandboxTab)).toEqual({
      error: expect.stringMatching(/extension's own pages/) as unknown,
    });
    expect((await failedSaves.list()).length).toBe(1);

    expect(await send({ type: 'capture.acknowledge-failed', site: 'sandbox', id }, sandboxTab)).toEqual({
      acknowledged: true,
    });
    expect(await failedSaves.list()).toEqual([]);
    expect(badge).toHaveBeenLastCalledWith(0);
  });

  it('says the extension could not write its storage when the failure is not the vault’s own', async () => {
    saveFails = new Error(`QUOTA_BYTES quota exceeded while writing ${PASSWORD}`);
    const answer = await send(save('production', 'API_live01'), productionTab);
    expect(JSON.stringify(answer)).not.toContain(PASSWORD);
    const [failure] = await failedSaves.list();
    expect(failure).toMatchObject({ env: 'production', username: 'API_live01' });
    expect(failure?.reason).toBe('The extension could not write to its storage.');
  });

  it('records nothing for a save that succeeds, and the popup acknowledges one', async () => {
    saveFails = null;
    expect(await send(save('sandbox', 'fine01'), sandboxTab)).toEqual({ id: 'kept' });
    expect(await failedSaves.list()).toEqual([]);
    expect(badge).not.toHaveBeenCalled();

    saveFails = new VaultError('full');
    await send(save('sandbox', 'lost01'), sandboxTab);
    const [failure] = await failedSaves.list();
    expect(await send({ type: 'failed-save.acknowledge', id: failure!.id }, popup)).toEqual({ acknowledged: true });
    expect(await send({ type: 'failed-save.acknowledge', id: failure!.id }, popup)).toEqual({ acknowledged: false });
  });

  it('keeps the newest few only, so a page cannot grow the list', async () => {
    for (let i = 0; i < MAX_FAILED_SAVES + 5; i++) await send(save('sandbox', `user${i}`), sandboxTab);
    const kept = await failedSaves.list();
    expect(kept).toHaveLength(MAX_FAILED_SAVES);
  });

  it('shows the badge again when the background starts, from what is stored', async () => {
    await send(save('sandbox', 'lost02'), sandboxTab);
    badge.mockClear();
    await restoreFailedSaveBadge(services);
    expect(badge).toHaveBeenCalledWith(1);
  });

  it('drops only the stored entries that are not what the schema says, keeping the others', async () => {
    await send(save('sandbox', 'kept01'), sandboxTab);
    const [good] = await failedSaves.list();
    await failedSavesItem.setValue([{ id: '', env: 'moon' }, good] as never);
    expect(await failedSaves.list()).toEqual([good]);
    await failedSavesItem.setValue('garbage' as never);
    expect(await failedSaves.list()).toEqual([]);
  });

  it('records one press once, though its click and its submit both report it', async () => {
    const press = save('sandbox', 'twice01');
    await send(press, sandboxTab);
    await send({ ...press, capturedAt: press.capturedAt + 40 }, sandboxTab);
    expect(await failedSaves.list()).toHaveLength(1);
    await send({ ...press, capturedAt: press.capturedAt + 60_000 }, sandboxTab);
    expect(await failedSaves.list()).toHaveLength(2);
  });
});
