import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, handlers, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import { requestSchema } from '@/utils/message-requests';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, type Vault } from '@/utils/vault/vault';
import { createBoardStore } from '@/utils/board/store';

const EXT = 'chrome-extension://test-extension-id/';
const PASSWORD = 'Top$ecret-123';

const popup: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html`, origin: EXT.slice(0, -1) };
const popupInTab: MessageSender = { ...popup, tab: { id: 7 } as MessageSender['tab'] };
const sandboxTab: MessageSender = {
  id: 'test-extension-id',
  url: 'https://einv-apisandbox.nic.in/Registration/ApiUser.aspx',
  origin: 'https://einv-apisandbox.nic.in',
  tab: { id: 3 } as MessageSender['tab'],
  frameId: 0,
};
const productionTab: MessageSender = {
  id: 'test-extension-id',
  url: 'https://einvoice1.gst.gov.in/Others/ApiUser',
  origin: 'https://einvoice1.gst.gov.in',
  tab: { id: 4 } as MessageSender['tab'],
  frameId: 0,
};

function saveRequest(site: string = 'sandbox') {
  return {
    type: 'capture.save',
    site,
    gstin: '29AABCC1234D1Z5',
    username: site === 'production' ? 'API_acme' : 'acme_api',
    password: PASSWORD,
    capturedAt: Date.now(),
  };
}

let vault: Vault;
let services: Services & {
  scheduleClipboardClear: ReturnType<typeof vi.fn>;
  openCredentialsTab: ReturnType<typeof vi.fn>;
};

beforeEach(() => {
  fakeBrowser.reset();
  vault = createVault({ keyStore: memoryKeyStore() });
  services = {
    vault,
    board: createBoardStore(),
    scheduleClipboardClear: vi.fn(async () => undefined),
    openCredentialsTab: vi.fn(async () => undefined),
  };
});

function send(message: unknown, sender: MessageSender) {
  return handleMessage(message, sender, services);
}

function expectRefusal(answer: unknown, pattern: RegExp) {
  expect(answer).toEqual({ error: expect.stringMatching(pattern) as unknown });
  expect(JSON.stringify(answer)).not.toContain(PASSWORD);
}

describe('handler map', () => {
  it('has one handler per request type, each with an audience', () => {
    const types = requestSchema.def.options.flatMap((option) => option.shape.type.def.values).sort();
    expect(Object.keys(handlers).sort()).toEqual(types);
    for (const handler of Object.values(handlers)) expect(['site', 'extension-page']).toContain(handler.from);
  });
});

describe('site messages', () => {
  it('lets only the tab that made a capture claim or settle it', async () => {
    const { id } = (await send(saveRequest(), sandboxTab)) as { id: string };
    const otherTab: MessageSender = { ...sandboxTab, tab: { id: 8 } as MessageSender['tab'] };
    expect(await send({ type: 'capture.claim-pending', site: 'sandbox' }, otherTab)).toEqual({ pending: null });
    const refused = {
      type: 'capture.settle',
      site: 'sandbox',
      id,
      status: 'rejected',
      portalMessage: 'Invalid login details',
    };
    expect(await send(refused, otherTab)).toEqual({ settled: false });
    expect((await vault.list())[0]?.status).toBe('captured');
    expect(await send({ type: 'capture.claim-pending', site: 'sandbox' }, sandboxTab)).toMatchObject({
      pending: { id },
    });
    expect(await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, sandboxTab)).toEqual({
      settled: true,
    });
  });

  it('saves a capture from the sandbox portal and answers its id', async () => {
    const answer = await send(saveRequest(), sandboxTab);
    expect(answer).toEqual({ id: expect.any(String) as unknown });
    expect(await vault.list()).toEqual([expect.objectContaining({ username: 'acme_api', status: 'captured' })]);
  });

  it('answers capture.claim-pending without the password, and settles', async () => {
    const { id } = (await send(saveRequest(), sandboxTab)) as { id: string };
    const pending = await send({ type: 'capture.claim-pending', site: 'sandbox' }, sandboxTab);
    expect(pending).toEqual({ pending: { id, username: 'acme_api' } });
    expect(JSON.stringify(pending)).not.toContain(PASSWORD);

    expect(await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, sandboxTab)).toEqual({
      settled: true,
    });
    expect(await send({ type: 'capture.claim-pending', site: 'sandbox' }, sandboxTab)).toEqual({ pending: null });
  });

  it('keeps a suggestion from the sandbox portal as "suggested", and the press with it as the capture', async () => {
    const suggest = { ...saveRequest(), type: 'capture.suggest' };
    const answer = (await send(suggest, sandboxTab)) as { id: string };
    expect(answer).toEqual({ id: expect.any(String) as unknown });
    expect(await vault.list()).toEqual([
      expect.objectContaining({ id: answer.id, status: 'suggested', env: 'sandbox' }),
    ]);
    expect(await send({ type: 'capture.claim-pending', site: 'sandbox' }, sandboxTab)).toEqual({ pending: null });

    expect(await send(saveRequest(), sandboxTab)).toEqual({ id: answer.id });
    expect(await vault.list()).toEqual([expect.objectContaining({ id: answer.id, status: 'captured' })]);
  });

  it('refuses a suggestion from another site, a frame, or with a missing field, without repeating it', async () => {
    const suggest = { ...saveRequest(), type: 'capture.suggest' };
    expectRefusal(await send(suggest, productionTab), /Refused capture\.suggest.*einv-apisandbox\.nic\.in/);
    expectRefusal(await send(suggest, { ...sandboxTab, frameId: 2 }), /Refused capture\.suggest/);
    expectRefusal(await send({ ...suggest, username: undefined }, sandboxTab), /Malformed capture\.suggest.*username/);
    expect(await vault.list()).toEqual([]);
  });

  it('refuses a capture for a site the page is not on, or a site the registry does not know', async () => {
    expectRefusal(await send(saveRequest('sandbox'), productionTab), /Refused capture\.save.*einv-apisandbox\.nic\.in/);
    expectRefusal(await send(saveRequest('staging'), sandboxTab), /Refused capture\.save: .*site the assistant knows/);
    expect(await vault.list()).toEqual([]);
  });

  it('refuses settling a sandbox capture from another origin, and from a frame', async () => {
    const { id } = (await send(saveRequest(), sandboxTab)) as { id: string };
    expectRefusal(
      await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, productionTab),
      /Refused/,
    );
    expectRefusal(
      await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, { ...sandboxTab, frameId: 3 }),
      /Refused/,
    );
    expect((await vault.list())[0]?.status).toBe('captured');
  });

  it('settles with the final username and the kind of refusal', async () => {
    const { id } = (await send(saveRequest(), sandboxTab)) as { id: string };
    const settle = { type: 'capture.settle', site: 'sandbox', id };
    await send(
      { ...settle, status: 'rejected', portalMessage: 'You are already registered', alreadyCreated: true },
      sandboxTab,
    );
    expect((await vault.list())[0]).toMatchObject({ status: 'rejected', alreadyCreated: true });
    await send({ ...settle, status: 'confirmed', finalUsername: 'acme_api' }, sandboxTab);
    expect((await vault.list())[0]).toMatchObject({ status: 'confirmed', finalUsername: 'acme_api' });
  });

  it('refuses other origins, look-alike hosts, http and other ports', async () => {
    for (const url of [
      'https://evil.example/einv-apisandbox.nic.in',
      'https://einv-apisandbox.nic.in.evil.example/',
      'http://einv-apisandbox.nic.in/',
      'https://einv-apisandbox.nic.in:8443/',
      'https://sub.einv-apisandbox.nic.in/',
      'not a url',
    ]) {
      const sender = { ...sandboxTab, url, origin: undefined };
      expectRefusal(await send(saveRequest(), sender), /Refused capture\.save/);
    }
    expect(await vault.list()).toEqual([]);
  });

  it('refuses when Chrome reports a different frame origin than the URL', async () => {
    expectRefusal(await send(saveRequest(), { ...sandboxTab, origin: 'https://evil.example' }), /Refused/);
  });

  it('refuses a foreign extension, even from the right page', async () => {
    expectRefusal(
      await send(saveRequest(), { ...sandboxTab, id: 'some-other-extension' }),
      /did not come from this extension/,
    );
  });

  it('refuses portal messages from an extension page (not a content script in a tab)', async () => {
    expectRefusal(await send(saveRequest(), popup), /Refused capture\.save/);
    expectRefusal(await send(saveRequest(), popupInTab), /Refused capture\.save/);
    expectRefusal(
      await send({ type: 'capture.claim-pending', site: 'sandbox' }, popup),
      /Refused capture\.claim-pending/,
    );
  });

  it('opens the credentials page beside the site tab, for its own site only', async () => {
    expect(await send({ type: 'ui.show-credentials', site: 'sandbox' }, sandboxTab)).toEqual({ opened: true });
    expect(services.openCredentialsTab).toHaveBeenCalledWith(sandboxTab.tab);
    expectRefusal(
      await send({ type: 'ui.show-credentials', site: 'sandbox' }, productionTab),
      /Refused ui\.show-credentials/,
    );
    expectRefusal(
      await send({ type: 'ui.show-credentials', site: 'sandbox' }, { ...sandboxTab, url: 'https://evil.example/' }),
      /Refused ui\.show-credentials/,
    );
    expect(services.openCredentialsTab).toHaveBeenCalledTimes(1);
  });

  it('refuses a portal sender without a tab', async () => {
    expectRefusal(await send(saveRequest(), { ...sandboxTab, tab: undefined }), /Refused/);
  });
});

describe('extension-page messages', () => {
  it('lists the vault for the popup, also when opened in a tab', async () => {
    await send(saveRequest(), sandboxTab);
    for (const sender of [popup, popupInTab]) {
      const answer = (await send({ type: 'vault.list' }, sender)) as { sets: unknown[]; keepOnDevice: boolean };
      expect(answer.keepOnDevice).toBe(false);
      expect(answer.sets).toEqual([expect.objectContaining({ password: PASSWORD })]);
    }
  });

  it('refuses vault access from content scripts, even on the portal', async () => {
    for (const message of [
      { type: 'vault.list' },
      { type: 'vault.forget', id: 'x' },
      { type: 'vault.keep-on-device', keep: true },
      { type: 'clipboard.schedule-clear', fingerprint: 'a'.repeat(64), delayMs: 30_000 },
    ]) {
      expectRefusal(await send(message, sandboxTab), /accepted only from the extension's own pages/);
    }
    expect(services.scheduleClipboardClear).not.toHaveBeenCalled();
  });

  it('refuses a page of another extension and a page whose URL only contains ours', async () => {
    expectRefusal(
      await send({ type: 'vault.list' }, { id: 'other', url: 'chrome-extension://other/popup.html' }),
      /did not come from this extension/,
    );
    expectRefusal(
      await send({ type: 'vault.list' }, { id: 'test-extension-id', url: `https://evil.example/?${EXT}` }),
      /own pages/,
    );
    expectRefusal(await send({ type: 'vault.list' }, { id: 'test-extension-id' }), /own pages/);
  });

  it('forgets and switches keep-on-device', async () => {
    const { id } = (await send(saveRequest(), sandboxTab)) as { id: string };
    expect(await send({ type: 'vault.keep-on-device', keep: true }, popup)).toEqual({ keepOnDevice: true });
    expect(await send({ type: 'vault.forget', id }, popup)).toEqual({ forgotten: true });
    expect(await send({ type: 'vault.list' }, popup)).toEqual({ sets: [], keepOnDevice: true, unreadableCopy: false });
  });

  it('schedules a clipboard clear with the fingerprint only', async () => {
    const fingerprint = 'ab'.repeat(32);
    expect(await send({ type: 'clipboard.schedule-clear', fingerprint, delayMs: 30_000 }, popup)).toEqual({
      scheduled: true,
    });
    expect(services.scheduleClipboardClear).toHaveBeenCalledWith(fingerprint, 30_000);
  });
});

describe('unknown and malformed messages', () => {
  it('refuses unknown types and non-objects', async () => {
    for (const message of [
      undefined,
      null,
      42,
      'vault.list',
      {},
      { type: 7 },
      { type: 'vault.dump' },
      { type: 'toString' },
    ]) {
      expectRefusal(await send(message, popup), /Unknown request/);
    }
  });

  it('refuses malformed requests naming the fields, never the values', async () => {
    const answer = await send({ ...saveRequest(), site: 'Staging!', password: 42, extra: PASSWORD }, sandboxTab);
    expectRefusal(answer, /Malformed capture\.save request: check password, site\./);
    expect(await send({ type: 'clipboard.schedule-clear', fingerprint: PASSWORD, delayMs: 30_000 }, popup)).toEqual({
      error: 'Malformed clipboard.schedule-clear request: check fingerprint.',
    });
    expectRefusal(
      await send({ type: 'capture.settle', site: 'sandbox', id: 'x', status: 'captured' }, sandboxTab),
      /Malformed/,
    );
    const long = await send({ ...saveRequest(), password: 'x'.repeat(201) }, sandboxTab);
    expectRefusal(long, /check password/);
    expect(JSON.stringify(long)).not.toContain('xxxx');
  });

  it('does not echo an unknown type that could carry data', async () => {
    const answer = await send({ type: `leak ${PASSWORD}` }, popup);
    expectRefusal(answer, /Unknown request/);
  });

  it('answers a readable error when the vault fails, without details', async () => {
    vi.spyOn(vault, 'list').mockRejectedValue(new Error(`boom ${PASSWORD}`));
    expect(await send({ type: 'vault.list' }, popup)).toEqual({
      error: 'The extension could not complete vault.list. Please try again.',
    });
  });
});

describe('runtime.onMessage wiring', () => {
  it('the background answers through browser.runtime.onMessage with a promise', async () => {
    const background = (await import('@/entrypoints/background/index')).default;
    background.main();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'vault.dump' }, popup);
    expect(answer).toEqual({ error: expect.stringMatching(/Unknown request/) as unknown });
  });
});
