import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import { createBoardStore, type BoardStore } from '@/utils/board/store';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, type Vault } from '@/utils/vault/vault';

const EXT = 'chrome-extension://test-extension-id/';
const GSTIN = '29AAFCC9980M1ZR';
const PASSWORD = 'Top$ecret-123';

const popup: MessageSender = { id: 'test-extension-id', url: `${EXT}popup.html`, origin: EXT.slice(0, -1) };
function tab(url: string): MessageSender {
  return {
    id: 'test-extension-id',
    url,
    origin: new URL(url).origin,
    tab: { id: 3 } as MessageSender['tab'],
    frameId: 0,
  };
}
const sandboxTab = tab('https://einv-apisandbox.nic.in/Registration/ApiUser.aspx');
const productionTab = tab('https://einvoice1.gst.gov.in/Others/ApiUser');
const gstzenTab = tab(`https://my.gstzen.in/gstin/${GSTIN}/`);

let vault: Vault;
let board: BoardStore;
let services: Services;

beforeEach(() => {
  fakeBrowser.reset();
  vault = createVault({ keyStore: memoryKeyStore() });
  board = createBoardStore();
  services = {
    vault,
    board,
    scheduleClipboardClear: vi.fn(async () => undefined),
    openCredentialsTab: vi.fn(async () => undefined),
  };
});

const send = (message: unknown, sender: MessageSender) => handleMessage(message, sender, services);

function expectRefusal(answer: unknown, pattern: RegExp) {
  expect(answer).toEqual({ error: expect.stringMatching(pattern) as unknown });
}

const observe = (site: string, observation: unknown) => ({ type: 'board.observe', site, gstin: GSTIN, observation });

describe('board.observe', () => {
  it("takes GSTZen's page's observations", async () => {
    const login = observe('gstzen', { kind: 'gstzen-login', env: 'sandbox', username: 'gstzendemo01' });
    expect(await send(login, gstzenTab)).toEqual({
      entry: expect.objectContaining({ gstin: GSTIN, usernames: { sandbox: 'gstzendemo01' } }) as unknown,
    });
    await send(observe('gstzen', { kind: 'test-invoices-deleted', count: 3 }), gstzenTab);
    await send(observe('gstzen', { kind: 'gstin-seen', tradeName: 'CloudZen' }), gstzenTab);
    expect(await board.get(GSTIN)).toMatchObject({
      tradeName: 'CloudZen',
      sections: {
        'sandbox-gstzen-login': { by: 'observed' },
        'delete-test-invoices': { by: 'observed', detail: '3 invoices deleted' },
      },
    });
  });

  it('is refused from the sandbox site (even naming itself), from GSTZen naming another site, and from an extension page', async () => {
    const deleted = { kind: 'test-invoices-deleted', count: 3 };
    expectRefusal(await send(observe('sandbox', deleted), sandboxTab), /Refused board\.observe: .*only from GSTZen/);
    expectRefusal(await send(observe('gstzen', deleted), sandboxTab), /Refused board\.observe: .*my\.gstzen\.in/);
    expectRefusal(await send(observe('sandbox', deleted), gstzenTab), /Refused board\.observe/);
    expectRefusal(
      await send(observe('gstzen', deleted), popup),
      /Refused board\.observe: .*extension's own pages|GSTZen/,
    );
    expectRefusal(await send(observe('gstzen', deleted), { ...gstzenTab, frameId: 4 }), /Refused board\.observe/);
    expect(await board.list()).toEqual([]);
  });

  it("refuses the kinds only the extension records (the portals' answers), readably", async () => {
    for (const observation of [
      { kind: 'api-user-created', env: 'production', finalUsername: 'API_fake' },
      { kind: 'portal-message', site: 'production', text: 'whatever' },
    ]) {
      expectRefusal(await send(observe('gstzen', observation), gstzenTab), /a page may report only gstin-seen/);
    }
    expect(await board.list()).toEqual([]);
  });

  it('refuses a malformed GSTIN or observation, naming the field', async () => {
    expectRefusal(
      await send({ ...observe('gstzen', { kind: 'gstin-seen' }), gstin: 'not-a-gstin' }, gstzenTab),
      /Malformed board\.observe request: check gstin/,
    );
    expectRefusal(
      await send(observe('gstzen', { kind: 'test-invoices-deleted', count: 1e9 }), gstzenTab),
      /Malformed board\.observe request: check observation/,
    );
  });
});

describe('board.list, board.tick, board.forget', () => {
  it("take the popup's ticks and answer the board", async () => {
    const answer = await send({ type: 'board.tick', gstin: GSTIN, section: 'delete-test-invoices', done: true }, popup);
    expect(answer).toEqual({
      board: [
        expect.objectContaining({
          gstin: GSTIN,
          sections: { 'delete-test-invoices': expect.objectContaining({ by: 'user' }) as unknown },
        }) as unknown,
      ],
    });
    expect(await send({ type: 'board.list' }, popup)).toEqual(answer);
    await send({ type: 'board.tick', gstin: GSTIN, section: 'delete-test-invoices', done: false }, popup);
    expect((await board.get(GSTIN))?.sections).toEqual({});
    expect(await send({ type: 'board.forget', gstin: GSTIN }, popup)).toEqual({ forgotten: true });
    expect(await send({ type: 'board.list' }, popup)).toEqual({ board: [] });
  });

  it('are refused from a site', async () => {
    const tick = { type: 'board.tick', gstin: GSTIN, section: 'delete-test-invoices', done: true };
    for (const sender of [gstzenTab, sandboxTab]) {
      expectRefusal(
        await send(tick, sender),
        /Refused board\.tick: it is accepted only from the extension's own pages/,
      );
      expectRefusal(await send({ type: 'board.list' }, sender), /Refused board\.list/);
      expectRefusal(await send({ type: 'board.forget', gstin: GSTIN }, sender), /Refused board\.forget/);
    }
    expect(await board.list()).toEqual([]);
  });

  it('refuses an unknown section', async () => {
    expectRefusal(
      await send({ type: 'board.tick', gstin: GSTIN, section: 'pay-the-bill', done: true }, popup),
      /Malformed board\.tick request: check section/,
    );
  });
});

describe('capture.settle on the board', () => {
  async function capture(site: 'sandbox' | 'production', sender: MessageSender, gstin = GSTIN) {
    const answer = (await send(
      {
        type: 'capture.save',
        site,
        gstin,
        username: 'gstzendemo01',
        password: PASSWORD,
        capturedAt: Date.now(),
      },
      sender,
    )) as { id: string };
    return answer.id;
  }

  it('ticks the sandbox API user (observed) when the portal confirms, with the final username', async () => {
    const id = await capture('sandbox', sandboxTab);
    expect(await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, sandboxTab)).toEqual({
      settled: true,
    });
    const entry = await board.get(GSTIN);
    expect(entry?.sections['sandbox-api-user']).toMatchObject({
      by: 'observed',
      detail: 'API user gstzendemo01 created',
    });
    expect(entry?.usernames).toEqual({ sandbox: 'gstzendemo01' });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(PASSWORD);
  });

  it("ticks the production API user with the portal's API_ name", async () => {
    const id = await capture('production', productionTab);
    await send(
      { type: 'capture.settle', site: 'production', id, status: 'confirmed', finalUsername: 'API_gstzendemo01' },
      productionTab,
    );
    const entry = await board.get(GSTIN);
    expect(entry?.sections['production-api-user']?.by).toBe('observed');
    expect(entry?.usernames.production).toBe('API_gstzendemo01');
  });

  it("remembers a refusal's words as the last portal message, without ticking", async () => {
    const id = await capture('production', productionTab);
    await send(
      {
        type: 'capture.settle',
        site: 'production',
        id,
        status: 'rejected',
        portalMessage: 'Api user already exists',
        alreadyCreated: true,
      },
      productionTab,
    );
    const entry = await board.get(GSTIN);
    expect(entry?.lastPortalMessage).toMatchObject({ text: 'Api user already exists', site: 'production' });
    expect(entry?.sections).toEqual({});
  });

  it('records nothing when the settle changed nothing, or the set has no GSTIN', async () => {
    const id = await capture('sandbox', sandboxTab);
    await send({ type: 'capture.settle', site: 'sandbox', id: 'no-such-id', status: 'confirmed' }, sandboxTab);
    expect(await board.list()).toEqual([]);
    const noGstin = await capture('sandbox', sandboxTab, '');
    expect(
      await send({ type: 'capture.settle', site: 'sandbox', id: noGstin, status: 'confirmed' }, sandboxTab),
    ).toEqual({
      settled: true,
    });
    expect(await board.list()).toEqual([]);
    expect(id).toBeTruthy();
  });

  it('still settles when the board cannot be written', async () => {
    services.board = { ...board, observe: () => Promise.reject(new Error('storage full')) };
    const id = await capture('sandbox', sandboxTab);
    expect(await send({ type: 'capture.settle', site: 'sandbox', id, status: 'confirmed' }, sandboxTab)).toEqual({
      settled: true,
    });
    expect((await vault.get(id))?.status).toBe('confirmed');
  });
});
