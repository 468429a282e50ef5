// The password's path to GSTZen (README, "The password's path to GSTZen"): who may list the kept
// sets for a GSTIN and who may receive one to fill, against the real handlers and a vault in memory.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import { createBoardStore } from '@/utils/board/store';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, type Vault } from '@/utils/vault/vault';

const GSTIN = '29AAFCC9980M1ZR';
const OTHER_GSTIN = '36AAECC5105F1Z3';
const SANDBOX_PASSWORD = 'Sandbox$ecret-1';
const PRODUCTION_PASSWORD = 'Live$ecret-22';

function tab(url: string, id = 9, frameId = 0): MessageSender {
  return { id: 'test-extension-id', url, origin: new URL(url).origin, tab: { id } as MessageSender['tab'], frameId };
}
const gstzenForm = tab(`https://my.gstzen.in/gstin/${GSTIN}/einvoicing/login/`);
const sandboxTab = tab('https://einv-apisandbox.nic.in/einvapiclient/EncDesc/Registration.aspx', 3);
const popup: MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
  origin: 'chrome-extension://test-extension-id',
};

let vault: Vault;
let services: Services;

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

const send = (message: unknown, sender: MessageSender) => handleMessage(message, sender, services);

/** A sandbox set (confirmed), a production set (confirmed, final API_ name), one for another GSTIN and a suggestion. */
async function keepSets() {
  const sandbox = await vault.save({
    env: 'sandbox',
    gstin: GSTIN,
    username: 'zensand01',
    password: SANDBOX_PASSWORD,
    capturedAt: 1000,
  });
  await vault.settle(sandbox.id, 'sandbox', { status: 'confirmed' });
  const production = await vault.save({
    env: 'production',
    gstin: GSTIN,
    username: 'zenlive01',
    password: PRODUCTION_PASSWORD,
    capturedAt: 2000,
  });
  await vault.settle(production.id, 'production', { status: 'confirmed', finalUsername: 'API_zenlive01' });
  const other = await vault.save({
    env: 'sandbox',
    gstin: OTHER_GSTIN,
    username: 'otherco1',
    password: 'Other$ecret-3',
    capturedAt: 3000,
  });
  await vault.suggest({
    env: 'sandbox',
    gstin: GSTIN,
    username: 'notpressed',
    password: 'Never$ent-4',
    capturedAt: 4000,
  });
  return { sandbox, production, other };
}

type Offer = { grant: string; sets: { id: string; env: string; gstin: string; username: string; status: string }[] };

describe('handoff.offer', () => {
  it('lists the sets of the page’s GSTIN only, with the name to type and no password', async () => {
    await keepSets();
    const answer = (await send({ type: 'handoff.offer', site: 'gstzen', gstin: GSTIN }, gstzenForm)) as Offer;
    expect(answer.sets.map((s) => [s.env, s.gstin, s.username, s.status]).sort()).toEqual([
      ['production', GSTIN, 'API_zenlive01', 'confirmed'],
      ['sandbox', GSTIN, 'zensand01', 'confirmed'],
    ]);
    expect(answer.grant).toMatch(/^[0-9a-f]{32}$/);
    const text = JSON.stringify(answer);
    for (const secret of [SANDBOX_PASSWORD, PRODUCTION_PASSWORD, 'notpressed', 'otherco1'])
      expect(text).not.toContain(secret);
  });

  it('gives a page for another GSTIN none of this GSTIN’s sets', async () => {
    await keepSets();
    const page = tab(`https://my.gstzen.in/gstin/${OTHER_GSTIN}/einvoicing/login/`);
    const answer = (await send({ type: 'handoff.offer', site: 'gstzen', gstin: OTHER_GSTIN }, page)) as Offer;
    expect(answer.sets.map((s) => s.username)).toEqual(['otherco1']);
  });

  it('refuses a page whose URL names another GSTIN than the one it asks for', async () => {
    await keepSets();
    const page = tab(`https://my.gstzen.in/gstin/${OTHER_GSTIN}/einvoicing/login/`);
    expect(await send({ type: 'handoff.offer', site: 'gstzen', gstin: GSTIN }, page)).toEqual({
      error: expect.stringMatching(/another GSTIN/) as unknown,
    });
  });

  it.each([
    ['a look-alike host', tab(`https://my.gstzen.in.example.com/gstin/${GSTIN}/einvoicing/login/`)],
    ['plain http', tab(`http://my.gstzen.in/gstin/${GSTIN}/`)],
    ['another port', tab(`https://my.gstzen.in:8443/gstin/${GSTIN}/`)],
    ['a subdomain', tab(`https://evil.my.gstzen.in/gstin/${GSTIN}/`)],
    ['a frame inside GSTZen', tab(`https://my.gstzen.in/gstin/${GSTIN}/`, 9, 2)],
    ['a NIC portal', sandboxTab],
    ['the popup', popup],
  ])('answers %s nothing, not even the list', async (_name, sender) => {
    await keepSets();
    const answer = await send({ type: 'handoff.offer', site: 'gstzen', gstin: GSTIN }, sender);
    expect(answer).toEqual({ error: expect.any(String) as unknown });
    expect(JSON.stringify(answer)).not.toContain('zensand01');
  });

  it('refuses the sandbox portal even when it names itself', async () => {
    await keepSets();
    const answer = await send({ type: 'handoff.offer', site: 'sandbox', gstin: GSTIN }, sandboxTab);
    expect(answer).toEqual({ error: expect.stringMatching(/only to GSTZen/) as unknown });
  });
});

describe('handoff.fill', () => {
  async function offer(sender = gstzenForm) {
    return (await send({ type: 'handoff.offer', site: 'gstzen', gstin: GSTIN }, sender)) as Offer;
  }

  it('hands the chosen set with its environment’s client ID and secret, once per list', async () => {
    const { production } = await keepSets();
    const { grant } = await offer();
    const fill = { type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: production.id, grant };
    expect(await send(fill, gstzenForm)).toEqual({
      env: 'production',
      username: 'API_zenlive01',
      password: PRODUCTION_PASSWORD,
      clientId: 'ZENLIVE',
      clientSecret: 'ZENLIVE',
    });
    // The grant is used up: the same click replayed gets nothing.
    const again = await send(fill, gstzenForm);
    expect(again).toEqual({ error: expect.stringMatching(/out of date/) as unknown });
    expect(JSON.stringify(again)).not.toContain(PRODUCTION_PASSWORD);
  });

  it('fills the sandbox set with ZENTRIAL', async () => {
    const { sandbox } = await keepSets();
    const { grant } = await offer();
    expect(
      await send({ type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: sandbox.id, grant }, gstzenForm),
    ).toMatchObject({
      username: 'zensand01',
      password: SANDBOX_PASSWORD,
      clientId: 'ZENTRIAL',
      clientSecret: 'ZENTRIAL',
    });
  });

  it('refuses a set of another GSTIN, another tab’s grant, a made-up grant and a look-alike', async () => {
    const { other, sandbox } = await keepSets();
    const { grant } = await offer();
    const otherSet = await send(
      { type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: other.id, grant },
      gstzenForm,
    );
    expect(otherSet).toEqual({ error: expect.any(String) as unknown });
    const otherTab = tab(gstzenForm.url!, 10);
    expect(await send({ type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: sandbox.id, grant }, otherTab)).toEqual(
      {
        error: expect.stringMatching(/out of date/) as unknown,
      },
    );
    const madeUp = 'f'.repeat(32);
    expect(
      await send({ type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: sandbox.id, grant: madeUp }, gstzenForm),
    ).toEqual({
      error: expect.any(String) as unknown,
    });
    const lookAlike = tab(`https://my.gstzen.in.example.com/gstin/${GSTIN}/einvoicing/login/`);
    const answer = await send({ type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: sandbox.id, grant }, lookAlike);
    expect(answer).toEqual({ error: expect.any(String) as unknown });
    expect(JSON.stringify(answer)).not.toContain(SANDBOX_PASSWORD);
  });

  it('hands a production set with no answer seen, or an untrue “already created”, under its API_ name', async () => {
    const waiting = await vault.save({
      env: 'production',
      gstin: GSTIN,
      username: 'zenlive02',
      password: PRODUCTION_PASSWORD,
      capturedAt: 5000,
    });
    const refused = await vault.save({
      env: 'production',
      gstin: GSTIN,
      username: 'api_zenlive03',
      password: PRODUCTION_PASSWORD,
      capturedAt: 6000,
    });
    await vault.settle(refused.id, 'production', {
      status: 'rejected',
      portalMessage: 'You are already registered',
      alreadyCreated: true,
    });
    const { sets, grant } = await offer();
    expect(sets.map((s) => [s.username, s.status]).sort()).toEqual([
      ['API_zenlive02', 'captured'],
      ['API_zenlive03', 'rejected'],
    ]);
    expect(
      await send({ type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: waiting.id, grant }, gstzenForm),
    ).toMatchObject({
      username: 'API_zenlive02',
      clientId: 'ZENLIVE',
    });
  });

  it('never hands a suggestion the user did not press create for', async () => {
    await keepSets();
    const suggested = (await vault.list()).find((s) => s.status === 'suggested')!;
    const { grant } = await offer();
    const answer = await send(
      { type: 'handoff.fill', site: 'gstzen', gstin: GSTIN, id: suggested.id, grant },
      gstzenForm,
    );
    expect(answer).toEqual({ error: expect.any(String) as unknown });
    expect(JSON.stringify(answer)).not.toContain('Never$ent-4');
  });
});
