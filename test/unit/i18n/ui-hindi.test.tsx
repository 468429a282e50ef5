// @vitest-environment happy-dom
// Issue 9: the panel's boxes and the popup, drawn in Hindi, leave no English word of their own:
// their text, aria-labels, titles, placeholders and alt texts, in every state they show. What may
// stay in Latin letters is docs/i18n.md's list (test/english-left.ts), the values these tests
// type, and what is declared English (lang="en": the portals' own words, quoted).
import { act, type ReactNode } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishWordsIn } from '@/test/english-left';
import { CredentialCard } from '@/components/CredentialCard';
import { CopyButton } from '@/components/CopyButton';
import { CheckList } from '@/components/CheckList';
import { useLanguage } from '@/components/use-language';
import { handleMessage, type MessageSender, type Services } from '@/entrypoints/background/handlers';
import { CaptureNotice } from '@/entrypoints/portal.content/CaptureNotice';
import { FailedSaveBox } from '@/entrypoints/portal.content/FailedSaveBox';
import type { FailedSaveController } from '@/entrypoints/portal.content/failed-save-controller';
import { GuideController } from '@/entrypoints/portal.content/guide-controller';
import { HandOffBox } from '@/entrypoints/portal.content/HandOffBox';
import type { HandOffController, HandOffState } from '@/entrypoints/portal.content/hand-off-controller';
import { Panel } from '@/entrypoints/portal.content/Panel';
import { SuggestBox } from '@/entrypoints/portal.content/SuggestBox';
import type { SuggestController, SuggestState } from '@/entrypoints/portal.content/suggest-controller';
import { App } from '@/entrypoints/popup/App';
import { Board } from '@/entrypoints/popup/Board';
import { boardRows } from '@/entrypoints/popup/board-rows';
import { CredentialList } from '@/entrypoints/popup/CredentialList';
import { FailedSaves } from '@/entrypoints/popup/FailedSaves';
import { groupSets } from '@/entrypoints/popup/group-sets';
import { couldNotInWords, readableError } from '@/entrypoints/popup/could-not';
import type { BoardEntry } from '@/utils/board/observation';
import { createBoardStore } from '@/utils/board/store';
import { supportSummary } from '@/utils/board/summary';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { setLanguage, t } from '@/utils/i18n/t';
import type { CredentialSet } from '@/utils/vault/credential-set';
import type { FailedSave } from '@/utils/vault/failed-saves';
import { memoryKeyStore } from '@/utils/vault/key-store';
import { createVault, vaultFullMessage } from '@/utils/vault/vault';
import { loadPage } from '../engine/replica';
import { KEPT_NOTICES } from '../panel/notices';
import { useReactRoot } from '../react-root';

const GSTIN = '29AAFCC9980M1ZR';
const AT = Date.UTC(2026, 5, 12, 9, 30);

/** The values these tests give the parts: usernames, portal messages, the codes of GSTZen. */
const VALUES = [
  GSTIN,
  'acme_api',
  'API_acme01',
  'acme01',
  'ZENLIVE',
  'ZENTRIAL',
  // In the support summary, the portal's words in straight quotes ("…").
  'Api user already exists',
  'Acme Traders',
];

/** Everything a reader or a screen reader gets from `root`: its text (node by node) and its labels. */
function allWords(root: Element): string {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // What is declared English (the portal's own words, quoted as they came) is read as English.
    if (!node.parentElement?.closest('[lang^="en"]')) texts.push(node.textContent ?? '');
  }
  const labels = [root, ...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''),
  );
  return [...texts, ...labels].join(' \n ');
}

/** Allowed values, longest first: a name inside a longer allowed text must not cut it. */
const longestFirst = (values: readonly string[]) => [...values].sort((a, b) => b.length - a.length);

const react = useReactRoot();
const q = (selector: string) => react.container.querySelector<HTMLElement>(selector);
const english = (also: readonly string[] = []) =>
  englishWordsIn(allWords(react.container), longestFirst([...VALUES, ...also]));

function draw(node: ReactNode) {
  react.render(node);
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** A controller stub: the box reads only subscribe and getState. */
function storeOf<S>(state: S) {
  return { subscribe: () => () => undefined, getState: () => state };
}

beforeAll(() => setLanguage('hi'));
afterAll(() => setLanguage('en'));
beforeEach(() => setLanguage('hi'));

describe('the panel in Hindi', () => {
  it.each([
    ...KEPT_NOTICES,
    { kind: 'not-kept', reason: { maxPresses: 10 } },
    { kind: 'not-kept', reason: { noAnswer: true } },
  ] as const)('says a capture notice of kind $kind in Hindi', (notice) => {
    draw(<CaptureNotice notice={notice} onShowCredentials={async () => undefined} />);
    expect(q('[data-testid="capture-notice"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it('says in Hindi that the credentials could not be opened', async () => {
    draw(<CaptureNotice notice={KEPT_NOTICES[0]!} onShowCredentials={() => Promise.reject(new Error('x'))} />);
    await act(async () => q('[data-testid="show-credentials"]')?.click());
    await settle();
    expect(q('[role="alert"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it('says a failed save in Hindi, with or without a GSTIN, from a reason code or an older record', () => {
    const failed: FailedSave[] = [
      { id: 'a', env: 'sandbox', gstin: GSTIN, username: 'acme01', at: AT, reason: 'full', reasonCode: 'vault-full' },
      { id: 'b', env: 'production', gstin: '', username: 'API_acme01', at: AT, reason: 'x', reasonCode: 'storage' },
    ];
    draw(<FailedSaveBox controller={storeOf({ failed }) as unknown as FailedSaveController} />);
    expect(react.container.querySelectorAll('[data-testid="failed-save"]')).toHaveLength(2);
    expect(english()).toEqual([]);
  });

  const handOff = (state: Partial<HandOffState>) =>
    storeOf<HandOffState>({
      active: true,
      gstin: GSTIN,
      offers: null,
      pending: null,
      result: null,
      busy: false,
      ...state,
    }) as unknown as HandOffController;

  it.each<[string, Partial<HandOffState>]>([
    ['no GSTIN on the page', { gstin: null, offers: [] }],
    ['asking', { offers: null }],
    ['none kept', { offers: [] }],
    [
      'the kept sets of each status',
      {
        offers: [
          { id: '1', env: 'sandbox', gstin: GSTIN, username: 'acme01', status: 'confirmed', capturedAt: AT },
          { id: '2', env: 'production', gstin: GSTIN, username: 'API_acme01', status: 'captured', capturedAt: AT },
          { id: '3', env: 'production', gstin: GSTIN, username: 'API_acme01', status: 'rejected', capturedAt: AT },
        ],
      },
    ],
  ])('shows the hand-off box in Hindi: %s', (_name, state) => {
    draw(<HandOffBox controller={handOff(state)} />);
    expect(q('[data-testid="hand-off"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it("shows the hand-off box's warning and results in Hindi", () => {
    const says = (key: Parameters<typeof t>[0], values?: Parameters<typeof t>[1]) => ({
      message: t(key, values),
      say: () => t(key, values),
    });
    for (const result of [
      { ok: true, ...says('panel_handoff_filled_production', { username: 'API_acme01', clientId: 'ZENLIVE' }) },
      { ok: false, ...says('panel_handoff_form_changed') },
      { ok: false, ...says('panel_handoff_box_missing', { box: '“E-Invoice Client ID”' }) },
      { ok: false, ...says('panel_handoff_no_answer') },
    ]) {
      // The warning's words are the checks' (utils/rules): a value here.
      draw(
        <HandOffBox controller={handOff({ offers: [], pending: { id: '1', warning: 'W', say: () => 'W' }, result })} />,
      );
      expect(q('[data-testid="fill-result"]')).not.toBeNull();
      expect(english()).toEqual([]);
    }
  });

  it("writes the hand-off box's answer again after a switch of language", () => {
    setLanguage('en');
    const say = () => t('panel_handoff_form_changed');
    const controller = handOff({ offers: [], result: { ok: false, message: say(), say } });
    function Speaking() {
      useLanguage();
      return <HandOffBox controller={controller} />;
    }
    draw(<Speaking />);
    expect(q('[data-testid="fill-result"]')?.textContent).toMatch(/^The form changed/);
    act(() => setLanguage('hi'));
    expect(q('[data-testid="fill-result"]')?.textContent).toMatch(/[\u0900-\u097F]/);
  });

  it('shows the suggestion button and each of its answers in Hindi', () => {
    const step = sandboxFlow.steps.find((s) => s.suggest);
    expect(step).toBeDefined();
    const notices: SuggestState['notice'][] = [
      null,
      { kind: 'suggested', username: 'acme01', stepId: step!.id },
      { kind: 'suggested', username: 'acme01', finalUsername: 'API_acme01', stepId: step!.id },
      { kind: 'not-kept', username: 'acme01', reason: null, stepId: step!.id },
    ];
    for (const notice of notices) {
      const controller = storeOf<SuggestState>({ busy: false, notice }) as unknown as SuggestController;
      draw(<SuggestBox flow={sandboxFlow} step={step!} controller={controller} />);
      expect(q('[data-testid="suggest"]')).not.toBeNull();
      expect(english()).toEqual([]);
    }
  });

  it("draws the panel's own frame in Hindi: its name, progress, fold button and step list button", () => {
    loadPage('registration');
    const visit = new AbortController();
    const guide = new GuideController(sandboxFlow, document, visit.signal);
    draw(<Panel flow={sandboxFlow} guide={guide} capture={null} />);
    const panel = q('section.panel')!;
    const header = panel.querySelector('header')!;
    const frame = [
      panel.getAttribute('aria-label') ?? '',
      header.getAttribute('title') ?? '',
      header.querySelector('.brand')?.textContent ?? '',
      header.querySelector('.progress')?.textContent ?? '',
      q('[data-testid="collapse"]')?.getAttribute('aria-label') ?? '',
      q('button.link')?.textContent ?? '',
    ].join('\n');
    expect(frame).toMatch(/[\u0900-\u097F]/);
    expect(englishWordsIn(frame)).toEqual([]);
    visit.abort();
  });

  it('draws itself again in the new language when the language switches', () => {
    setLanguage('en');
    loadPage('registration');
    const visit = new AbortController();
    const guide = new GuideController(sandboxFlow, document, visit.signal);
    draw(<Panel flow={sandboxFlow} guide={guide} capture={null} />);
    expect(q('.brand')?.textContent).toBe('e-Invoice Assistant');
    act(() => setLanguage('hi'));
    expect(q('.brand')?.textContent).toBe(t('panel_brand'));
    expect(q('.brand')?.textContent).toMatch(/[\u0900-\u097F]/);
    visit.abort();
  });

  it('names the checks list in Hindi', () => {
    draw(<CheckList checks={[{ id: 'x', label: 'L', result: { status: 'ok', message: 'M' } }]} />);
    expect(english(['L', 'M'])).toEqual([]);
  });
});

function set(overrides: Partial<CredentialSet>): CredentialSet {
  return {
    id: Math.random().toString(36).slice(2),
    env: 'sandbox',
    gstin: GSTIN,
    username: 'acme01',
    password: 'Secret#Pw1',
    capturedAt: Date.now() - 60_000,
    updatedAt: Date.now() - 60_000,
    status: 'confirmed',
    ...overrides,
  };
}

const SETS: [string, CredentialSet][] = [
  ['suggested', set({ status: 'suggested' })],
  ['captured (sandbox)', set({ status: 'captured' })],
  ['captured long ago', set({ status: 'captured', capturedAt: AT, updatedAt: AT })],
  ['captured (production)', set({ env: 'production', status: 'captured', username: 'acme01' })],
  ['confirmed (production, API_ name)', set({ env: 'production', username: 'acme01', finalUsername: 'API_acme01' })],
  [
    'refused "already created"',
    set({ status: 'rejected', alreadyCreated: true, portalMessage: 'Api user already exists' }),
  ],
  ['refused', set({ status: 'rejected', portalMessage: 'Password is not valid' })],
  ['refused without a message', set({ status: 'rejected' })],
  ['without a GSTIN', set({ gstin: '' })],
];

describe('the popup in Hindi', () => {
  it.each(SETS)('shows a credential card in Hindi: %s', async (_name, credentials) => {
    let copies = 0;
    draw(
      <CredentialCard
        set={credentials}
        onCopy={async () => {
          if (copies++ > 0) throw new Error('refused');
        }}
        onForget={async () => undefined}
      />,
    );
    expect(english()).toEqual([]);
    // Revealed, copied, refused a copy, and asked to confirm forgetting.
    await act(async () => q('[data-testid="reveal-password"]')?.click());
    await act(async () => q('[data-testid="copy-username"]')?.click());
    await act(async () => q('[data-testid="copy-password"]')?.click());
    await settle();
    expect(q('.copy-button.copied')).not.toBeNull();
    expect(q('.copy-button.failed')).not.toBeNull();
    expect(english(['Secret#Pw1'])).toEqual([]);
    await act(async () => q('[data-testid="forget"]')?.click());
    expect(q('[data-testid="confirm-forget"]')).not.toBeNull();
    expect(english(['Secret#Pw1'])).toEqual([]);
  });

  it('shows a copy button in Hindi', () => {
    draw(<CopyButton text="x" what={t('card_what_password', { env: 'x' })} onCopy={async () => undefined} />);
    expect(english(['x'])).toEqual([]);
  });

  it('lists both environments of a GSTIN, with older sets, in Hindi', () => {
    const groups = groupSets([
      set({ capturedAt: 3 }),
      set({ capturedAt: 2, status: 'suggested' }),
      set({ capturedAt: 1, status: 'suggested' }),
      set({ env: 'production', capturedAt: 4, finalUsername: 'API_acme01' }),
      set({ env: 'production', capturedAt: 0, status: 'rejected', portalMessage: 'Password is not valid' }),
    ]);
    draw(<CredentialList groups={groups} onCopy={async () => undefined} onForget={async () => undefined} />);
    expect(q('[data-testid="both-environments-hint"]')).not.toBeNull();
    expect(react.container.querySelectorAll('[data-testid="older-sets"]')).toHaveLength(2);
    expect(english()).toEqual([]);
  });

  it('shows failed saves and an error in Hindi', () => {
    const failed: FailedSave[] = [
      { id: 'a', env: 'sandbox', gstin: GSTIN, username: 'acme01', at: AT, reason: 'x', reasonCode: 'vault-full' },
      {
        id: 'b',
        env: 'production',
        gstin: '',
        username: 'API_acme01',
        at: AT,
        reason: 'x',
        reasonCode: 'capture-invalid',
      },
      { id: 'c', env: 'sandbox', gstin: '', username: 'acme01', at: AT, reason: 'x', reasonCode: 'site-keeps-none' },
    ];
    draw(
      <FailedSaves
        failed={failed}
        error={readableError(new Error(vaultFullMessage()), 'popup_error_acknowledge')}
        onAcknowledge={() => undefined}
      />,
    );
    expect(english(['x'])).toEqual([]);
    expect(couldNotInWords(readableError(null, 'popup_error_read_board'))).toMatch(/[\u0900-\u097F]/);
    expect(englishWordsIn(couldNotInWords(readableError(null, 'popup_error_read_board')))).toEqual([]);
  });

  const entry: BoardEntry = {
    gstin: GSTIN,
    tradeName: 'Acme Traders',
    firstSeenAt: AT,
    updatedAt: AT,
    sections: {
      'sandbox-api-user': { at: AT, by: 'observed', detail: 'API user acme01 created' },
      'sandbox-gstzen-login': { at: AT, by: 'observed', detail: 'Logged in as acme01' },
      'delete-test-invoices': { at: AT, by: 'observed', detail: '12 invoices deleted' },
      'production-api-user': { at: AT, by: 'user' },
    },
    usernames: { sandbox: 'acme01' },
    lastPortalMessage: { text: 'Api user already exists', at: AT, site: 'production' },
  };

  it.each([false, true])('shows the board in Hindi, ticked and not (for support: %s)', async (forSupport) => {
    const rows = boardRows([entry], [set({ env: 'production', finalUsername: 'API_acme01' })]);
    draw(
      <Board
        rows={rows}
        version="1.2.3"
        forSupport={forSupport}
        onTick={async () => undefined}
        onCopySummary={async () => undefined}
        onForget={async () => undefined}
      />,
    );
    expect(english()).toEqual([]);
    await act(async () => q('[data-testid="copy-summary"]')?.click());
    await act(async () => q('[data-testid="board-forget"]')?.click());
    await settle();
    expect(q('[data-testid="board-forget-confirm"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it('shows the empty board in Hindi', () => {
    draw(<Board rows={[]} version="1" onTick={async () => undefined} onCopySummary={async () => undefined} />);
    expect(english()).toEqual([]);
  });

  it('writes the support summary in Hindi', () => {
    const summary = supportSummary({
      entry,
      sets: [set({ env: 'production', status: 'rejected', portalMessage: 'Api user already exists' })],
      version: '1.2.3',
      now: AT,
    });
    expect(englishWordsIn(summary, longestFirst([...VALUES]))).toEqual([]);
    expect(
      englishWordsIn(
        supportSummary({ entry: { ...entry, sections: {}, lastPortalMessage: undefined }, sets: [], version: '1' }),
        longestFirst([...VALUES]),
      ),
    ).toEqual([]);
  });
});

describe('the whole popup in Hindi, with the background answering', () => {
  const popup: MessageSender = {
    id: 'test-extension-id',
    url: 'chrome-extension://test-extension-id/popup.html',
    origin: 'chrome-extension://test-extension-id',
  };
  let services: Services;
  const sandboxPage: MessageSender = {
    id: 'test-extension-id',
    url: 'https://einv-apisandbox.nic.in/registration.aspx',
    origin: 'https://einv-apisandbox.nic.in',
    tab: { id: 7 } as MessageSender['tab'],
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    services = {
      vault: createVault({ keyStore: memoryKeyStore() }),
      board: createBoardStore(),
      scheduleClipboardClear: vi.fn(async () => undefined),
      openCredentialsTab: vi.fn(async () => undefined),
    };
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleMessage(message, popup, services));
    await services.board.observe(GSTIN, { kind: 'api-user-created', env: 'sandbox', finalUsername: 'acme01' });
  });

  it('draws its start, its credentials and its board in Hindi', async () => {
    draw(<App />);
    await settle();
    expect(q('[data-testid="start"]')).not.toBeNull();
    expect(english()).toEqual([]);

    await services.vault.save({
      env: 'sandbox',
      gstin: GSTIN,
      username: 'acme01',
      password: 'Secret#Pw1',
      capturedAt: Date.now(),
    });
    draw(<App key="with-sets" />);
    await settle();
    expect(q('[data-testid="credential"]')).not.toBeNull();
    expect(english()).toEqual([]);

    await act(async () => q('[data-testid="tab-board"]')?.click());
    await settle();
    expect(q('[data-testid="board"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it('draws the board page, with its language switch, in Hindi', async () => {
    draw(<App boardPage />);
    await settle();
    expect(q('[data-testid="language-switch"]')).not.toBeNull();
    expect(q('[data-testid="board"]')).not.toBeNull();
    expect(english()).toEqual([]);
  });

  it("puts the background's refusals in Hindi", async () => {
    const refusals = await Promise.all([
      services.board.tick('NOT-A-GSTIN', 'sandbox-api-user', true).then(
        () => '',
        (error: Error) => error.message,
      ),
      handleMessage({ type: 'handoff.offer', site: 'sandbox', gstin: GSTIN }, sandboxPage, services).then(
        (answer) => (answer as { error?: string }).error ?? '',
      ),
    ]);
    for (const refusal of [...refusals, vaultFullMessage()]) {
      expect(refusal).toMatch(/[\u0900-\u097F]/);
      expect(englishWordsIn(refusal)).toEqual([]);
    }
  });
});
