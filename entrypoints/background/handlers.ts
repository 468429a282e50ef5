import { browser, type Browser } from 'wxt/browser';
import { requestSchema } from '@/utils/message-requests';
import type { RequestOf, RequestType, ResponseOf } from '@/utils/messages';
import type { SiteInfo } from '@/utils/engine/flow';
import { GSTZEN_CLIENT } from '@/utils/environments';
import { gstzenSite, siteById, siteLabel } from '@/utils/flows';
import { grantHandOff, spendHandOffGrant } from '@/utils/vault/hand-off-grants';
import type { CredentialSet } from '@/utils/vault/credential-set';
import { usernameToType } from '@/utils/vault/username-to-type';
import { gstinInPath } from '@/utils/gstin-shape';
import { gstinMatches } from '@/utils/rules/gstzen-form';
import { scheduleClipboardClear } from '@/utils/clipboard/scheduled-clear';
import { vault, VaultError, type Settlement, type Vault } from '@/utils/vault/vault';
import { boardGstinSchema, SITE_OBSERVATION_KINDS, type BoardObservation } from '@/utils/board/observation';
import { board, BoardError, type BoardStore } from '@/utils/board/store';
import { readTickedReminders, tickReminder } from '@/utils/reminders';
import { readLanguageChoice } from '@/utils/i18n/language-setting';
import { bundledMessages } from '@/utils/i18n/bundled-catalogs';
import type { LanguageChoice } from '@/utils/i18n/languages';
import { t } from '@/utils/i18n/t';
import { failedSaves, type FailedSaveStore } from '@/utils/vault/failed-saves';
import { showFailedSaveBadge } from '@/utils/toolbar-badge';

/**
 * The background's message handlers, keyed by request type. Each one says who may send it:
 *
 * - 'site': a content script of this extension (sender.id is ours) in the top frame of a tab
 *   whose origin is exactly one of the origins of the site the request names (utils/flows/). A
 *   sandbox page cannot write production captures, and no other site can write any.
 * - 'extension-page': one of this extension's own pages (sender.url starts with
 *   runtime.getURL('/')): the popup, also when opened in a tab.
 *
 * Every message is parsed with requestSchema first. Refusals and failures answer
 * `{ error }` with a reason a person can read, which never repeats a value from the message.
 */
export type Audience = 'site' | 'extension-page';
export type MessageSender = Browser.runtime.MessageSender;

export interface Services {
  vault: Vault;
  /** The onboarding board (utils/board/): per GSTIN, which of the document's sections are done. */
  board: BoardStore;
  scheduleClipboardClear: (fingerprint: string, delayMs: number) => Promise<void>;
  /** Opens the credentials page (popup.html) in a new tab, beside `nearTab` when known. */
  openCredentialsTab: (nearTab: Browser.tabs.Tab | undefined) => Promise<void>;
  /** The reminders the user ticked off; utils/reminders.ts (storage.local) when left out. */
  reminders?: ReminderStore;
  /** Presses that could not be kept (utils/vault/failed-saves.ts), and the toolbar badge that shows them. */
  failedSaves?: FailedSaveStore;
  showFailedSaveBadge?: (count: number) => Promise<void>;
  /** The popup's language switch (utils/i18n/language-setting.ts) when left out. */
  languageChoice?: () => Promise<LanguageChoice>;
}

export interface ReminderStore {
  read(): Promise<string[]>;
  tick(id: string): Promise<void>;
}

const storedReminders: ReminderStore = { read: readTickedReminders, tick: tickReminder };

interface Handler<T extends RequestType> {
  from: Audience;
  handle(request: RequestOf<T>, services: Services, sender: MessageSender): Promise<ResponseOf<T>>;
}

/**
 * After a settle that changed a set: the portal's answer on the board, for the set's GSTIN. A
 * confirmation ticks the environment's API user (with the name the portal created); a refusal is
 * remembered as the last portal message. The board is a record, not the credentials: a failure
 * here never fails the settle (the set is kept either way).
 */
async function recordSettleOnBoard(services: Services, id: string, site: string, answer: Settlement): Promise<void> {
  try {
    const set = await services.vault.get(id);
    const gstin = boardGstinSchema.safeParse(set?.gstin.trim().toUpperCase());
    if (!set || !gstin.success) return;
    let observation: BoardObservation | null = null;
    if (answer.status === 'confirmed') {
      const finalUsername = (answer.finalUsername?.trim() || usernameToType(set).username).slice(0, 100);
      if (finalUsername) observation = { kind: 'api-user-created', env: set.env, finalUsername };
    } else if (answer.portalMessage?.trim()) {
      observation = { kind: 'portal-message', site, text: answer.portalMessage.trim().slice(0, 500) };
    }
    if (observation) await services.board.observe(gstin.data, observation);
  } catch {
    // The set is settled; the board only misses this tick (the user can tick it by hand).
  }
}

function failedSaveStore(services: Services): FailedSaveStore {
  return services.failedSaves ?? failedSaves;
}

/** The toolbar badge says how things stand now; a badge that cannot be set must not fail the message. */
async function refreshFailedSaveBadge(services: Services): Promise<void> {
  try {
    const count = (await failedSaveStore(services).list()).length;
    await (services.showFailedSaveBadge ?? showFailedSaveBadge)(count);
  } catch {
    // The page and the popup still show the failure.
  }
}

async function recordFailedSave(services: Services, failure: Parameters<FailedSaveStore['record']>[0]): Promise<void> {
  try {
    await failedSaveStore(services).record(failure);
  } catch {
    // Storage itself failed: the page's own notice is all that can be shown.
  }
  await refreshFailedSaveBadge(services);
}

async function acknowledgeFailedSave(services: Services, id: string): Promise<boolean> {
  const acknowledged = await failedSaveStore(services).acknowledge(id);
  await refreshFailedSaveBadge(services);
  return acknowledged;
}

/** Sets the toolbar badge from what is stored: at every start of the background (badges are not kept). */
export function restoreFailedSaveBadge(services: Services = defaultServices): Promise<void> {
  return refreshFailedSaveBadge(services);
}

/** The environment a site's captures are kept under; a site without one captures nothing. */
function environmentOf(siteId: string) {
  const env = siteById(siteId)?.environment;
  if (!env) throw new VaultError(t('vault_site_keeps_none'), 'site-keeps-none');
  return env;
}

/**
 * Sets that may be handed to GSTZen: ones the user pressed create for and the portal did not
 * refuse, or refused with "already created" (which is sometimes untrue). Never a suggestion.
 */
function isHandOffable(set: CredentialSet): set is CredentialSet & { status: 'captured' | 'confirmed' | 'rejected' } {
  return (
    set.status === 'confirmed' ||
    set.status === 'captured' ||
    (set.status === 'rejected' && set.alreadyCreated === true)
  );
}

/**
 * The hand-off goes only to a site whose pages take credentials (GSTZen), and only for the GSTIN
 * of the page that asks: the one in its address, when the address has one, must be the one the
 * request names (a page cannot claim another). Returns the tab the grant belongs to.
 */
function checkHandOffSender(siteId: string, gstin: string, sender: MessageSender): number {
  if (!siteById(siteId)?.takesCredentials) {
    throw new VaultError(t('background_handoff_only_gstzen'));
  }
  if (!urlAgreesOnGstin(sender, gstin)) throw new VaultError(t('background_handoff_other_gstin'));
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new VaultError(t('background_handoff_only_tab'));
  return tabId;
}

/** The GSTIN in the sender's address, when it has one, is `gstin` (a page cannot speak for another). */
function urlAgreesOnGstin(sender: MessageSender, gstin: string): boolean {
  let path = '';
  try {
    path = new URL(sender.url ?? '').pathname;
  } catch {
    return false;
  }
  const inUrl = gstinInPath(path);
  return inUrl === null || inUrl === gstin;
}

export const handlers: { [T in RequestType]: Handler<T> } = {
  'capture.save': {
    from: 'site',
    async handle({ type: _type, site, ...capture }, services, sender) {
      const env = environmentOf(site);
      try {
        const set = await services.vault.save({ ...capture, env }, sender.tab?.id);
        return { id: set.id };
      } catch (error) {
        // The page says so at once, but the portal's answer replaces the page in a moment: kept
        // until the user acknowledges it (next page, popup, badge). Never the password.
        const reason = error instanceof VaultError ? error.message : t('vault_storage_failed');
        const reasonCode = error instanceof VaultError ? error.code : 'storage';
        await recordFailedSave(services, {
          env,
          gstin: capture.gstin,
          username: capture.username,
          at: capture.capturedAt,
          reason,
          ...(reasonCode && { reasonCode }),
        });
        throw error;
      }
    },
  },
  'capture.suggest': {
    from: 'site',
    async handle({ type: _type, site, ...suggestion }, { vault }) {
      const set = await vault.suggest({ ...suggestion, env: environmentOf(site) });
      return { id: set.id };
    },
  },
  'capture.claim-pending': {
    from: 'site',
    async handle({ site }, { vault }, sender) {
      // Only a capture this tab made: another portal tab's page is not where its answer shows.
      const set = await vault.claimPending(environmentOf(site), sender.tab?.id);
      // Never the password: the content script only needs to know what to settle.
      return { pending: set ? { id: set.id, username: set.username } : null };
    },
  },
  'capture.settle': {
    from: 'site',
    async handle({ site, id, ...answer }, services, sender) {
      const settled = await services.vault.settle(id, environmentOf(site), answer, sender.tab?.id);
      if (settled) await recordSettleOnBoard(services, id, site, answer);
      return { settled };
    },
  },
  'capture.settle-named': {
    from: 'site',
    async handle({ site, username, gstin }, services) {
      const id = await services.vault.settleNamed(environmentOf(site), username, gstin);
      if (id) await recordSettleOnBoard(services, id, site, { status: 'confirmed', finalUsername: username });
      return { settled: id !== null };
    },
  },
  'capture.failed-saves': {
    from: 'site',
    async handle({ site }, services) {
      const env = environmentOf(site);
      const all = await failedSaveStore(services).list();
      return { failed: all.filter((f) => f.env === env) };
    },
  },
  'capture.acknowledge-failed': {
    from: 'site',
    async handle({ site, id }, services) {
      // Only one of this site's environment: a sandbox page cannot clear a production failure.
      const env = environmentOf(site);
      const known = (await failedSaveStore(services).list()).some((f) => f.id === id && f.env === env);
      return { acknowledged: known && (await acknowledgeFailedSave(services, id)) };
    },
  },
  'handoff.offer': {
    from: 'site',
    async handle({ site, gstin }, { vault }, sender) {
      const tabId = checkHandOffSender(site, gstin, sender);
      const sets = (await vault.list()).filter((set) => gstinMatches(set.gstin, gstin)).filter(isHandOffable);
      const grant = await grantHandOff(
        tabId,
        gstin,
        sets.map((set) => set.id),
      );
      // Never the password: the page's panel shows environment, GSTIN, the name to type and status.
      return {
        grant,
        sets: sets.map((set) => ({
          id: set.id,
          env: set.env,
          gstin: set.gstin,
          username: usernameToType(set).username,
          status: set.status,
          capturedAt: set.capturedAt,
        })),
      };
    },
  },
  'handoff.fill': {
    from: 'site',
    async handle({ site, gstin, id, grant }, { vault }, sender) {
      const tabId = checkHandOffSender(site, gstin, sender);
      const set = await vault.get(id);
      if (!set || !gstinMatches(set.gstin, gstin) || !isHandOffable(set)) {
        throw new VaultError(t('background_handoff_not_kept'));
      }
      if (!(await spendHandOffGrant(tabId, grant, gstin, id))) {
        throw new VaultError(t('background_handoff_out_of_date'));
      }
      return {
        env: set.env,
        username: usernameToType(set).username,
        password: set.password,
        ...GSTZEN_CLIENT[set.env],
      };
    },
  },
  'ui.show-credentials': {
    from: 'site',
    async handle(_request, { openCredentialsTab }, sender) {
      await openCredentialsTab(sender.tab);
      return { opened: true };
    },
  },
  'reminder.read': {
    from: 'site',
    async handle({ id }, { reminders = storedReminders }) {
      return { ticked: (await reminders.read()).includes(id) };
    },
  },
  'language.get': {
    from: 'site',
    async handle(_request, { languageChoice = readLanguageChoice }) {
      return { choice: await languageChoice() };
    },
  },
  'language.catalog': {
    from: 'site',
    handle({ language }) {
      return Promise.resolve({ messages: bundledMessages(language) });
    },
  },
  'reminder.tick': {
    from: 'site',
    async handle({ id }, { reminders = storedReminders }) {
      await reminders.tick(id);
      return { ticked: true };
    },
  },
  'board.observe': {
    from: 'site',
    async handle({ site, gstin, observation }, { board }, sender) {
      // Only GSTZen's pages show logins and deletions; the portals' answers come through settle.
      if (!siteById(site)?.takesCredentials)
        throw new BoardError(`Refused board.observe: it is accepted only from ${siteLabel(gstzenSite)}.`);
      if (!(SITE_OBSERVATION_KINDS as readonly string[]).includes(observation.kind)) {
        throw new BoardError(
          `Refused board.observe: a page may report only ${SITE_OBSERVATION_KINDS.join(', ')}; the portals' answers are recorded by the extension itself.`,
        );
      }
      if (!urlAgreesOnGstin(sender, gstin)) {
        throw new BoardError('Refused board.observe: this page’s address names another GSTIN.');
      }
      return { entry: await board.observe(gstin, observation) };
    },
  },
  'failed-save.list': {
    from: 'extension-page',
    async handle(_request, services) {
      return { failed: await failedSaveStore(services).list() };
    },
  },
  'failed-save.acknowledge': {
    from: 'extension-page',
    async handle({ id }, services) {
      return { acknowledged: await acknowledgeFailedSave(services, id) };
    },
  },
  'board.list': {
    from: 'extension-page',
    async handle(_request, { board }) {
      return { board: await board.list() };
    },
  },
  'board.tick': {
    from: 'extension-page',
    async handle({ gstin, section, done }, { board }) {
      await board.tick(gstin, section, done);
      return { board: await board.list() };
    },
  },
  'board.forget': {
    from: 'extension-page',
    async handle({ gstin }, { board }) {
      return { forgotten: await board.forget(gstin) };
    },
  },
  'vault.list': {
    from: 'extension-page',
    async handle(_request, { vault }) {
      const sets = await vault.list();
      return {
        sets,
        keepOnDevice: await vault.getKeepOnDevice(),
        unreadableCopy: await vault.hasUnreadableCopy(),
      };
    },
  },
  'vault.forget': {
    from: 'extension-page',
    async handle({ id }, { vault }) {
      return { forgotten: await vault.forget(id) };
    },
  },
  'vault.keep-on-device': {
    from: 'extension-page',
    async handle({ keep }, { vault }) {
      return { keepOnDevice: await vault.setKeepOnDevice(keep) };
    },
  },
  'vault.discard-unreadable': {
    from: 'extension-page',
    async handle(_request, { vault }) {
      return { discarded: await vault.discardUnreadableCopy() };
    },
  },
  'clipboard.schedule-clear': {
    from: 'extension-page',
    async handle({ fingerprint, delayMs }, services) {
      await services.scheduleClipboardClear(fingerprint, delayMs);
      return { scheduled: true };
    },
  },
};

/** The popup's page in a tab: for people who cannot find the toolbar icon (it may be unpinned). */
async function openCredentialsTab(nearTab: Browser.tabs.Tab | undefined): Promise<void> {
  const url = browser.runtime.getURL('/popup.html?view=tab');
  await browser.tabs.create(
    nearTab?.id === undefined
      ? { url }
      : { url, windowId: nearTab.windowId, index: nearTab.index + 1, openerTabId: nearTab.id },
  );
}

const defaultServices: Services = {
  vault,
  board,
  scheduleClipboardClear: (fp, delay) => scheduleClipboardClear(fp, delay),
  openCredentialsTab,
};

export type ErrorResponse = { error: string };

function refuse(error: string): ErrorResponse {
  return { error };
}

function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** A content script of this extension in the top frame of a tab showing exactly one of the site's origins. */
export function isSiteSender(sender: MessageSender, site: SiteInfo): boolean {
  if (sender.id !== browser.runtime.id || !sender.tab) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  const origin = originOf(sender.url);
  if (origin === null || !site.origins.includes(origin)) return false;
  // Chrome also reports the frame's origin; when present it must agree.
  return sender.origin === undefined || sender.origin === origin;
}

/** One of this extension's own pages (popup, also opened in a tab; options; offscreen). */
export function isExtensionPageSender(sender: MessageSender): boolean {
  if (sender.id !== browser.runtime.id || !sender.url) return false;
  const root = browser.runtime.getURL('/');
  if (!sender.url.startsWith(root)) return false;
  // Compared as text: URL.origin of a non-web scheme is "null" in some engines.
  return sender.origin === undefined || sender.origin === root.replace(/\/$/, '');
}

/** A request type is echoed only when it looks like one of ours (it is then known, not data). */
function describeType(type: unknown): string {
  return typeof type === 'string' && /^[a-z][a-z.-]{0,40}$/.test(type) ? `"${type}"` : 'of this kind';
}

/** Answers one runtime message: the response, or `{ error }`. Never throws. */
export async function handleMessage(
  message: unknown,
  sender: MessageSender,
  services: Services = defaultServices,
): Promise<unknown> {
  const type: unknown = typeof message === 'object' && message !== null && 'type' in message ? message.type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    return refuse(`Unknown request ${describeType(type)}: the extension does not handle it.`);
  }
  if (sender.id !== browser.runtime.id) {
    return refuse('Refused: the request did not come from this extension.');
  }
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) {
    // Field names only: the values may be secrets.
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(message)'))];
    return refuse(`Malformed ${type} request: check ${fields.join(', ')}.`);
  }
  const request = parsed.data;
  const handler = handlers[request.type] as Handler<RequestType>;

  if (handler.from === 'site') {
    const site = 'site' in request ? siteById(request.site) : null;
    if (!site || !isSiteSender(sender, site)) {
      return refuse(
        site
          ? `Refused ${request.type}: it is accepted only from the ${siteLabel(site)} (${site.origins.join(', ')}).`
          : `Refused ${request.type}: it is accepted only from a site the assistant knows.`,
      );
    }
  } else if (!isExtensionPageSender(sender)) {
    return refuse(`Refused ${request.type}: it is accepted only from the extension's own pages.`);
  }

  try {
    return await handler.handle(request, services, sender);
  } catch (error) {
    if (error instanceof VaultError || error instanceof BoardError) return refuse(error.message);
    return refuse(t('background_could_not_complete', { request: request.type }));
  }
}
