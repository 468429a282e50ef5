// The portal page's own script as the attacker (issue 8), with the built extension: its clicks
// and submits on Create keep nothing, an acknowledgement it inserts confirms nothing, a flood of
// forged captures pushes out nothing real, and its clicks on the panel's buttons do nothing.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/hostile-page.test.ts
import type { Page } from 'puppeteer';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { reachCreateAccount } from './sandbox-portal';
import { currentStep, F, openPopup, SANDBOX, typeInto, useExtensionSession, type ExtensionSession } from './support';

const FORGED_GSTIN = '36AAECC5105F1Z3';
const context = useExtensionSession();
let session: ExtensionSession;
let page: Page;

/** One real, confirmed set, made by the user's own clicks (the scripted walk). */
beforeAll(async () => {
  const walker = await context.session.browser.newPage();
  await walkSandbox(walker, { sandboxUrl: SANDBOX });
  await walker.close();
}, 60_000);

beforeEach(() => {
  ({ session, page } = context);
});

interface KeptSet {
  username: string;
  status: string;
  gstin: string;
}

/** Every set the vault keeps, as the popup (an extension page) reads them. */
async function keptSets(): Promise<KeptSet[]> {
  const popup = await openPopup(session);
  try {
    return await popup.evaluate(async () => {
      type Runtime = { sendMessage(message: unknown): Promise<unknown> };
      const { runtime } = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome;
      const { sets } = (await runtime.sendMessage({ type: 'vault.list' })) as { sets: KeptSet[] };
      return sets.map(({ username, status, gstin }) => ({ username, status, gstin }));
    });
  } finally {
    await popup.close();
  }
}

/** The Create Account section of another GSTIN, reached by hand, with the page's form kept from posting. */
async function createAccountHeldBack(): Promise<void> {
  await reachCreateAccount(page, FORGED_GSTIN);
  await page.evaluate(() => {
    // The page's own script: it keeps its form on the page, so every forgery lands on this visit.
    document.addEventListener('submit', (event) => event.preventDefault(), true);
  });
}

describe('the portal page’s own script', () => {
  it('keeps nothing by clicking or submitting Create, shown or hidden, and confirms nothing with an acknowledgement it inserts', async () => {
    await createAccountHeldBack();
    const before = await keptSets();
    await page.evaluate(
      (sel) => {
        const set = (selector: string, value: string) => {
          const field = document.querySelector<HTMLInputElement>(selector)!;
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const create = document.querySelector<HTMLElement>(sel.create)!;
        set(sel.username, 'forged01');
        set(sel.password, 'Forged#Pass1');
        set(sel.confirm, 'Forged#Pass1');
        create.click();
        create.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        create.closest('form')?.requestSubmit();
        create.closest('form')?.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true }));
        // Hidden and disabled, as an attacker would leave it.
        create.style.display = 'none';
        (create as HTMLButtonElement).disabled = true;
        create.click();
        create.closest('form')?.requestSubmit();
        const heading = document.createElement('h2');
        heading.textContent = 'Acknowledgement';
        const said = document.createElement('p');
        said.textContent = 'API user forged01 created successfully';
        document.body.append(heading, said);
      },
      { create: F.create, username: F.username, password: F.password, confirm: F.confirm },
    );
    await new Promise((r) => setTimeout(r, 1500));
    const after = await keptSets();
    expect(after).toEqual(before);
    expect(after.some((s) => s.username === 'forged01')).toBe(false);
    expect(after.some((s) => s.status === 'confirmed' && s.gstin === FORGED_GSTIN)).toBe(false);
  });

  it('cannot push out a real confirmed set with 120 forged captures, and keeps none of them', async () => {
    await createAccountHeldBack();
    await page.evaluate(
      (sel) => {
        const set = (selector: string, value: string) => {
          const field = document.querySelector<HTMLInputElement>(selector)!;
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const create = document.querySelector<HTMLElement>(sel.create)!;
        for (let i = 0; i < 120; i++) {
          set(sel.username, `flood${i}`);
          set(sel.password, `Flood#Pass${i}`);
          set(sel.confirm, `Flood#Pass${i}`);
          create.click();
          create.closest('form')?.requestSubmit();
        }
      },
      { create: F.create, username: F.username, password: F.password, confirm: F.confirm },
    );
    await new Promise((r) => setTimeout(r, 1500));
    const sets = await keptSets();
    expect(sets.some((s) => s.username.startsWith('flood'))).toBe(false);
    expect(sets).toContainEqual({ username: DEMO_USER.username, status: 'confirmed', gstin: DEMO_USER.gstin });
  });

  it('does nothing by clicking the panel’s buttons', async () => {
    // The home page, where the panel's button would open the Registration Form.
    await page.goto(`${SANDBOX}/`);
    await page.waitForFunction(() =>
      document.querySelector('einv-assistant')?.shadowRoot?.querySelector('[data-testid="do-step"]'),
    );
    const step = await currentStep(page);
    const pagesBefore = (await session.browser.pages()).length;
    const url = page.url();
    const clicked = await page.evaluate(() => {
      const root = document.querySelector('einv-assistant')?.shadowRoot;
      const buttons = Array.from(root?.querySelectorAll<HTMLElement>('button, [role="button"], a') ?? []);
      for (let round = 0; round < 5; round++) for (const button of buttons) button.click();
      return buttons.map((b) => b.getAttribute('data-testid') ?? b.textContent?.trim() ?? '');
    });
    expect(clicked).toContain('do-step');
    await new Promise((r) => setTimeout(r, 1000));
    expect(page.url()).toBe(url);
    expect((await session.browser.pages()).length).toBe(pagesBefore);
    expect(await currentStep(page)).toBe(step);
  });

  it('cannot make the panel fill a form it typed into itself', async () => {
    await reachCreateAccount(page, FORGED_GSTIN);
    await typeInto(page, F.username, '');
    await page.evaluate(() => {
      const root = document.querySelector('einv-assistant')?.shadowRoot;
      root?.querySelector<HTMLElement>('[data-testid="suggest"]')?.click();
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.$eval(F.username, (el) => (el as HTMLInputElement).value)).toBe('');
    expect((await keptSets()).some((s) => s.status === 'suggested')).toBe(false);
  });
});
