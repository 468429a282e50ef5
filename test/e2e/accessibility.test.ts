// Accessibility of the panel and the popup (issue 9, item 2): axe-core finds nothing on any step of
// the three sites' guided walks nor in the popup, and the target outline keeps 3:1 against the
// portal's own colours around it. One walk per site (base markup), in the document's order, so
// the popup ends with sets of both environments and a full board.
//   npm run build && npx vitest run --config vitest.e2e.config.ts test/e2e/accessibility.test.ts
import type { Page } from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { deleteTestInvoicesGuided, loginThroughGstzenGuided } from '../../scripts/lib/walk-gstzen-guided.mjs';
import { walkProductionGuided } from '../../scripts/lib/walk-production-guided.mjs';
import { DEMO_USER, walkSandbox } from '../../scripts/lib/walk-sandbox.mjs';
import { axeViolations, outlineContrast } from './a11y';
import { pressCreate, reachCreateAccount } from './sandbox-portal';
import { F, openPopup, SANDBOX, typeInto, useExtensionSession, waitForCaptureNotice, waitForCheck } from './support';

const context = useExtensionSession();

/** A GSTIN the practice sandbox says is "already registered" on Create. */
const ALREADY_REGISTERED = '29AAACJ4323N1ZC';

/** WCAG 1.4.11: user-interface components and graphical objects against adjacent colours. */
const NON_TEXT = 3;

/**
 * An `atStep` for the guided walks: axe on the panel, and the outline's contrast, at every step.
 * Collects what it finds (step → findings) so one run reports every step at once.
 */
function checker(page: Page) {
  const found: Record<string, string[]> = {};
  const steps: string[] = [];
  /** Steps where an outline showed and its contrast was measured. */
  const outlined: string[] = [];
  const atStep = async (stepId: string) => {
    steps.push(stepId);
    const problems = await axeViolations(page, 'panel');
    const outline = await outlineContrast(page);
    if (outline) outlined.push(stepId);
    if (outline && outline.worst < NON_TEXT) {
      problems.push(
        `target outline ${outline.worst.toFixed(2)}:1 (ring ${outline.ring.join(' + ')} on ${outline.around.join(', ')})`,
      );
    }
    if (problems.length) found[`${steps.length}. ${stepId}`] = problems;
  };
  return { atStep, found, steps, outlined };
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('finds nothing in the popup before anything is kept: the start prompt and the empty board', async () => {
    const popup = await openPopup(context.session);
    await popup.waitForSelector('[data-testid="start"]', { timeout: 10_000 });
    expect(await axeViolations(popup, 'page')).toEqual([]);
    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector('[data-testid="board"]', { timeout: 10_000 });
    expect(await axeViolations(popup, 'page')).toEqual([]);
    await popup.close();
  });

  it('finds nothing on any step of the sandbox registration', async () => {
    const { page } = context;
    const { atStep, found, steps, outlined } = checker(page);
    await walkSandbox(page, { sandboxUrl: SANDBOX, atStep });
    expect(steps.length).toBeGreaterThanOrEqual(6);
    expect(outlined).toContain('sandbox.user-type');
    expect(found).toEqual({});
  });

  it('finds nothing on any step of GSTZen: the sandbox login, then deleting the test invoices', async () => {
    const { page } = context;
    const { atStep, found, steps, outlined } = checker(page);
    await loginThroughGstzenGuided(page, { gstin: DEMO_USER.gstin, env: 'sandbox', atStep });
    await deleteTestInvoicesGuided(page, { gstin: DEMO_USER.gstin, atStep });
    expect(steps).toContain('gstzen.login-form');
    expect(steps).toContain('gstzen.delete-confirm');
    expect(outlined).toContain('gstzen.sales-register');
    expect(found).toEqual({});
  });

  it('finds nothing on any step of the production Create API User', async () => {
    const { page } = context;
    const { atStep, found, steps, outlined } = checker(page);
    await walkProductionGuided(page, { productionUrl: 'https://einvoice1.gst.gov.in', atStep });
    expect(steps).toContain('prod.created');
    // On the portal's dark blue menu bar, where the old amber ring was at 2.3:1.
    expect(outlined).toContain('prod.create-api-user');
    expect(found).toEqual({});
  });

  it('finds nothing on the sandbox when the portal answers "already registered", nor with checks in warning and error', async () => {
    const { page } = context;
    await reachCreateAccount(page, ALREADY_REGISTERED);
    // A short username (a warning) and a confirmation that differs (an error).
    await typeInto(page, F.username, 'ab');
    await typeInto(page, F.password, 'Zen@Axe2026');
    await typeInto(page, F.confirm, 'Zen@Axe2025');
    await waitForCheck(page, 'username', 'warning');
    await waitForCheck(page, 'confirm', 'error');
    expect(await axeViolations(page, 'panel')).toEqual([]);
    await typeInto(page, F.username, 'gstzenaxe01');
    await typeInto(page, F.password, 'Zen@Axe2026');
    await typeInto(page, F.confirm, 'Zen@Axe2026');
    await waitForCheck(page, 'confirm');
    await pressCreate(page);
    await waitForCaptureNotice(page, 'rejected');
    expect(await axeViolations(page, 'panel')).toEqual([]);
  });

  it('finds nothing in the popup: credentials of both environments, and the onboarding board', async () => {
    const popup = await openPopup(context.session);
    await popup.waitForSelector('[data-testid="env-column"][data-env="production"]', { timeout: 10_000 });
    expect(await axeViolations(popup, 'page')).toEqual([]);
    await popup.click('[data-testid="reveal-password"]');
    // A Copy button after its press ("Copied", or "Copy failed" where headless refuses the clipboard).
    await popup.click('[data-testid="copy-username"]');
    await popup.waitForSelector('[data-testid="copy-username"]:is(.copied, .failed)');
    expect(await axeViolations(popup, 'page')).toEqual([]);

    await popup.click('[data-testid="tab-board"]');
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${DEMO_USER.gstin}"]`, { timeout: 10_000 });
    expect(await axeViolations(popup, 'page')).toEqual([]);

    // The board page for support staff (popup.html?view=board).
    await popup.goto(`chrome-extension://${context.session.extensionId}/popup.html?view=board`);
    await popup.waitForSelector(`[data-testid="board-gstin"][data-gstin="${DEMO_USER.gstin}"]`, { timeout: 10_000 });
    expect(await axeViolations(popup, 'page')).toEqual([]);
    await popup.close();
  });
});
