// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { BOARD_SECTIONS, documentPlace } from '@/utils/board/sections';
import { performAction, type ActionResult } from '@/utils/engine/actions';
import type { Flow, PageQuery, Phrase, SafeAction, Step, SuggestSpec } from '@/utils/engine/flow';
import { applySuggestion } from '@/utils/engine/suggest';
import { gstzenDeleteFlow, gstzenLoginFlow } from '@/utils/flows/gstzen';
import { flowsForOrigin } from '@/utils/flows/index';
import { productionFlow } from '@/utils/flows/production';
import { CLOUDZEN_COMPANY, SANDBOX_ERP_CLIENT_ID, sandboxFlow } from '@/utils/flows/sandbox';
import { environmentLabel, siteBadge, siteLabel } from '@/utils/flows/site-names';
import { SITES } from '@/utils/flows/sites';
import { setLanguage } from '@/utils/i18n/t';
import { englishWordsIn } from '../../english-left';

/**
 * Issue 9: the flows' and the engine's words in Hindi, with no English left but what
 * docs/i18n.md keeps in Latin letters (the portals' quoted words, names, codes, values).
 */

/** Values the flows put in their texts (englishWordsIn reads a URL's "https:" as a word). */
const ALLOWED = [CLOUDZEN_COMPANY, SANDBOX_ERP_CLIENT_ID, 'ZENLIVE', sandboxFlow.startUrl, productionFlow.startUrl];

/** Every flow of the registry: the portals' and GSTZen's two. */
const GSTZEN_FLOWS = flowsForOrigin(gstzenLoginFlow.origins[0]!);
const FLOWS: readonly Flow[] = [sandboxFlow, productionFlow, ...GSTZEN_FLOWS];

afterEach(() => setLanguage('en'));

/** The text in English and in Hindi. */
function inBoth(say: () => string): { en: string; hi: string } {
  setLanguage('en');
  const en = say();
  setLanguage('hi');
  const hi = say();
  setLanguage('en');
  return { en, hi };
}

/** Hindi with no English word left, and not the English text (unless that is only names and codes). */
function expectHindi(name: string, { en, hi }: { en: string; hi: string }, allowed: readonly string[] = []): void {
  expect(englishWordsIn(hi, [...ALLOWED, ...allowed]), `${name}: ${hi}`).toEqual([]);
  if (englishWordsIn(en, [...ALLOWED, ...allowed]).length > 0) expect(hi, name).not.toBe(en);
}

function actionPhrases(action: SafeAction | undefined, name: string): [string, Phrase][] {
  if (!action) return [];
  const own: [string, Phrase][] = [[`${name} label`, action.label]];
  if (action.kind === 'choose') own.push([`${name} notListed`, action.notListed]);
  if (action.kind === 'sequence') {
    own.push(...action.actions.flatMap((part, i) => actionPhrases(part, `${name}[${i}]`)));
  }
  return own;
}

function stepPhrases(step: Step): [string, Phrase][] {
  return [
    [`${step.id} title`, step.title],
    [`${step.id} help`, step.help],
    [`${step.id} manual`, step.manual],
    ...actionPhrases(step.action, `${step.id} action`),
    ...(step.checks ?? []).map((check): [string, Phrase] => [`${step.id} check ${check.id}`, check.label]),
  ];
}

function flowPhrases(flow: Flow): [string, Phrase][] {
  const reminder = flow.reminder;
  return [
    [`${flow.id} label`, () => siteLabel(flow)],
    [`${flow.id} badge`, () => siteBadge(flow)],
    ...(flow.task ? [[`${flow.id} task`, flow.task.label] as [string, Phrase]] : []),
    ...(reminder
      ? [
          [`${reminder.id} title`, reminder.title] as [string, Phrase],
          [`${reminder.id} tick`, reminder.tick] as [string, Phrase],
          ...reminder.points.map((point, i): [string, Phrase] => [`${reminder.id} point ${i}`, point]),
        ]
      : []),
    ...flow.steps.flatMap(stepPhrases),
  ];
}

describe('the flows in Hindi', () => {
  const phrases = FLOWS.flatMap(flowPhrases);

  it('has many texts to check', () => {
    expect(GSTZEN_FLOWS).toEqual([gstzenLoginFlow, gstzenDeleteFlow]);
    expect(phrases.length).toBeGreaterThan(120);
  });

  it.each(phrases)('%s', (name, phrase) => {
    expectHindi(name, inBoth(phrase));
  });

  it('names the sites and environments in Hindi', () => {
    for (const site of SITES) {
      expectHindi(
        `${site.id} label`,
        inBoth(() => siteLabel(site)),
      );
      expectHindi(
        `${site.id} badge`,
        inBoth(() => siteBadge(site)),
      );
    }
    expectHindi(
      'sandbox',
      inBoth(() => environmentLabel('sandbox')),
    );
    expectHindi(
      'production',
      inBoth(() => environmentLabel('production')),
    );
  });

  it('speaks the language of the moment, not the one the module was loaded in', () => {
    const title = sandboxFlow.steps[0]!.title;
    setLanguage('hi');
    expect(title()).toBe('सैंडबॉक्स पोर्टल खोलें');
    setLanguage('en');
    expect(title()).toBe('Open the sandbox portal');
  });
});

describe('the onboarding board sections in Hindi', () => {
  it.each(BOARD_SECTIONS.map((section) => [section.id, section] as const))('%s', (_id, section) => {
    expectHindi('title', inBoth(section.title));
    expectHindi('where', inBoth(section.whereLabel));
    expect(inBoth(() => documentPlace(section))).toEqual({
      en: `Part ${section.part}, Section ${section.section}`,
      hi: `भाग ${section.part}, खंड ${section.section}`,
    });
  });
});

/** A page query that shows these texts (readText), captions (textBeside) and one message. */
function fakeQuery(texts: readonly string[], beside: Record<string, string> = {}, message: string | null = null) {
  return {
    readText: (pattern: RegExp) => texts.find((text) => pattern.test(text)) ?? null,
    textBeside: (caption: RegExp) => Object.entries(beside).find(([key]) => caption.test(key))?.[1] ?? null,
    message: () => message,
    checked: () => false,
  } as unknown as PageQuery;
}

function stepOf(flow: Flow, id: string): Step {
  const step = flow.steps.find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

describe('what the steps say about the page, in Hindi', () => {
  const cases: [string, Step, PageQuery, string[]][] = [
    [
      'sandbox login kept',
      stepOf(gstzenLoginFlow, 'gstzen.login-details'),
      fakeQuery([], { 'E-Invoice Portal Client ID': 'ZENTRIAL', 'E-Invoice Portal Username': 'acme01' }),
      ['acme01'],
    ],
    [
      'production login kept',
      stepOf(gstzenLoginFlow, 'gstzen.login-details'),
      fakeQuery([], { 'E-Invoice Portal Client ID': 'ZENLIVE', 'E-Invoice Portal Username': 'API_acme01' }),
      [],
    ],
    [
      'a refusal on the form',
      stepOf(gstzenLoginFlow, 'gstzen.login-form'),
      fakeQuery([], {}, 'Invalid username or password'),
      [],
    ],
    [
      'an empty sales register',
      stepOf(gstzenDeleteFlow, 'gstzen.sales-register'),
      fakeQuery(['No invoices in your sales register']),
      [],
    ],
    ['one invoice', stepOf(gstzenDeleteFlow, 'gstzen.sales-register'), fakeQuery(['Total of 1 record']), []],
    ['many invoices', stepOf(gstzenDeleteFlow, 'gstzen.sales-register'), fakeQuery(['Total of 1,204 records']), []],
    [
      'deleting one',
      stepOf(gstzenDeleteFlow, 'gstzen.delete-confirm'),
      fakeQuery(['Are you sure you want to delete 1 invoice?']),
      [],
    ],
    [
      'deleting many',
      stepOf(gstzenDeleteFlow, 'gstzen.delete-confirm'),
      fakeQuery(['Are you sure you want to delete 12 invoices?']),
      [],
    ],
    ['deleted', stepOf(gstzenDeleteFlow, 'gstzen.deleted'), fakeQuery(['12 invoices deleted']), []],
    [
      'logged in',
      stepOf(gstzenLoginFlow, 'gstzen.logged-in'),
      fakeQuery(['Logged in to the E-Invoice portal as acme01']),
      [],
    ],
  ];

  it.each(cases)('%s', (_name, step, q, allowed) => {
    const said = inBoth(() => step.status!(q) ?? '');
    expect(said.en).not.toBe('');
    expectHindi(_name, said, allowed);
    expect(said.hi).toMatch(/[\u0900-\u097F]/);
  });
});

describe('the fixed-value checks in Hindi', () => {
  const company = stepOf(sandboxFlow, 'sandbox.erp-details').checks!.find((c) => c.id === 'company')!;
  const clientId = stepOf(sandboxFlow, 'sandbox.erp-details').checks!.find((c) => c.id === 'client-id')!;
  const erp = stepOf(productionFlow, 'prod.select-erp').checks![0]!;
  const chosen = (yes: boolean) => ({ ...fakeQuery([]), checked: () => yes }) as unknown as PageQuery;
  const cases: [string, () => string][] = [
    ['company empty', () => company.check([''], chosen(false)).message],
    ['company wrong', () => company.check(['Other Software Co'], chosen(false)).message],
    ['company right', () => company.check([CLOUDZEN_COMPANY], chosen(true)).message],
    ['ERP wrong', () => erp.check(['Other Software Co'], chosen(false)).message],
    ['client ID empty', () => clientId.check([''], chosen(false)).message],
    ['client ID lower-case', () => clientId.check([SANDBOX_ERP_CLIENT_ID.toLowerCase()], chosen(false)).message],
    ['client ID right', () => clientId.check([SANDBOX_ERP_CLIENT_ID], chosen(false)).message],
    ['client ID wrong', () => clientId.check(['ABC'], chosen(false)).message],
  ];

  it.each(cases)('%s', (name, say) => {
    expectHindi(name, inBoth(say), ['Other Software Co', SANDBOX_ERP_CLIENT_ID.toLowerCase()]);
  });
});

describe("the engine's messages in Hindi", () => {
  const page = (html: string) => {
    document.body.innerHTML = html;
  };
  /** The action's message on a fresh page, in English and in Hindi. */
  async function said(html: string, run: () => Promise<ActionResult>): Promise<{ en: string; hi: string }> {
    const out = { en: '', hi: '' };
    for (const language of ['en', 'hi'] as const) {
      page(html);
      setLanguage(language);
      out[language] = (await run()).message;
    }
    setLanguage('en');
    return out;
  }
  const policy = sandboxFlow.policy;
  const erpDetails = stepOf(sandboxFlow, 'sandbox.erp-details').action as Extract<SafeAction, { kind: 'sequence' }>;
  const pickCompany = erpDetails.actions[0]!;
  const fillClientId = erpDetails.actions[1]!;
  const companyList = (...options: string[]) =>
    `<label for="c">Company Name</label><select id="c"><option value="0">--Select--</option>${options
      .map((o, i) => `<option value="v${i}">${o}</option>`)
      .join('')}</select>`;
  const run = (action: SafeAction) => () => performAction(document, action, policy, { optionWaitMs: 20 });

  /** Which of the engine's sentences each case says (in English). */
  const ENGLISH: Record<string, RegExp> = {
    chose: /^Chose “CLOUDZEN SOFTWARE LABS PRIVATE LIMITED\(GSTZen\)”\.$/,
    "the list's spelling": /, the list's spelling of /,
    'several look-alikes': /^The list has several names like /,
    'not listed': /^CloudZen \(GSTZen\) is not in this list\./,
    'not found': /^I could not find where to open the registration form on this page\./,
    typed: /^Typed AAFCC29ERP82ZSO in “Client ID”\.$/,
    'typed in an unnamed field': /^Typed AB12 in “the field”\.$/,
    'opening a link': /^Opening “E-Invoicing”…$/,
    'a menu that does not open': /^I clicked “Menu” but the menu did not open\./,
    'an action that fails': /^Could not pick cloudzen automatically\. Please do it by hand\.$/,
  };
  const cases: [string, string, SafeAction, string[]][] = [
    ['chose', companyList(CLOUDZEN_COMPANY), pickCompany, []],
    [
      "the list's spelling",
      companyList('Cloudzen Software Labs Pvt. Ltd (GSTZen)'),
      pickCompany,
      ['Cloudzen Software Labs Pvt. Ltd (GSTZen)'],
    ],
    [
      'several look-alikes',
      companyList('Cloudzen Software Labs Pvt. Ltd (GSTZen)', 'CLOUDZEN SOFTWARE LABS PVT LTD'),
      pickCompany,
      ['Cloudzen Software Labs Pvt. Ltd (GSTZen)', 'CLOUDZEN SOFTWARE LABS PVT LTD'],
    ],
    ['not listed', companyList('Other Software Co'), pickCompany, []],
    ['not found', '<p>Nothing here</p>', stepOf(sandboxFlow, 'sandbox.click-register').action!, []],
    [
      'typed',
      '<label for="ctl00_ContentPlaceHolder1_txtClientId">Client ID</label><input id="ctl00_ContentPlaceHolder1_txtClientId">',
      fillClientId,
      [],
    ],
    [
      'typed in an unnamed field',
      '<input id="x">',
      { kind: 'fill', label: fillClientId.label, target: { kind: 'field', css: '#x' }, value: 'AB12' },
      [],
    ],
    [
      'opening a link',
      '<a href="/gstin/29AAFCC9980M1ZR/einvoicing/">E-Invoicing</a>',
      stepOf(gstzenLoginFlow, 'gstzen.gstin').action!,
      [],
    ],
    [
      'a menu that does not open',
      '<a href="#">Menu</a>',
      {
        kind: 'open-menu',
        label: () => 'x',
        toggle: { kind: 'link', text: 'Menu' },
        reveals: { kind: 'link', text: 'Never' },
      },
      [],
    ],
    [
      'an action that fails',
      companyList(CLOUDZEN_COMPANY),
      {
        kind: 'choose',
        label: pickCompany.label,
        notListed: () => '',
        choice: {
          kind: 'choice',
          label: /^company name$/i,
          option: {
            text: 'Nobody',
            similar: () => {
              throw new Error('the page changed');
            },
          },
        },
      },
      [],
    ],
  ];

  it.each(cases)('%s', async (name, html, action, allowed) => {
    const message = await said(html, run(action));
    expect(message.en).toMatch(ENGLISH[name]!);
    expectHindi(name, message, allowed);
  });

  it('opens a menu, and says so', async () => {
    const html = '<a href="#" id="m">Menu</a>';
    const action: SafeAction = {
      kind: 'open-menu',
      label: () => 'x',
      toggle: { kind: 'link', text: 'Menu' },
      reveals: { kind: 'link', text: 'API Registration' },
    };
    const message = await said(html, () => {
      document.getElementById('m')!.addEventListener('click', () => {
        document.body.insertAdjacentHTML('beforeend', '<a href="/api">API Registration</a>');
      });
      return run(action)();
    });
    expect(message.en).toBe('Opened “Menu”.');
    expectHindi('opened', message);
  });

  describe('the suggestion', () => {
    const spec: SuggestSpec = {
      username: { kind: 'field', label: /^username$/i },
      password: { kind: 'field', label: /^password$/i },
      confirm: { kind: 'field', label: /^re-enter password$/i },
      tradeName: () => '',
    };
    const values = { name: 'acme01', password: 'Kq7#mZt4Wp9x' };
    const cases: [string, string][] = [
      ['no boxes', '<p>Nothing here</p>'],
      [
        'a username box the page locks',
        '<label for="u">Username</label><input id="u" readonly><label for="p">Password</label><input id="p" type="password"><label for="c">Re-enter Password</label><input id="c" type="password">',
      ],
      [
        'a password box that shows it',
        '<label for="u">Username</label><input id="u"><label for="p">Password</label><input id="p" type="text"><label for="c">Re-enter Password</label><input id="c" type="password">',
      ],
    ];
    it.each(cases)('%s', async (name, html) => {
      const message = await said(html, async () => {
        const result = applySuggestion(document, spec, values);
        return { ok: result.ok, message: result.ok ? '' : result.message };
      });
      expect(message.en).toMatch(/so I typed nothing/);
      expectHindi(name, message, ['Username', 'Password']);
    });
  });
});
