import type { Page } from 'puppeteer';
import {
  chooseCloudZen,
  DEMO_USER,
  openRegistrationForm,
  verifyTaxpayer as verifyTaxpayerAs,
} from '../../scripts/lib/walk-sandbox.mjs';
import type { SandboxVariant } from '../../practice-portal/sandbox-controls.mjs';
import { SANDBOX } from './support';

export { pressCreate } from '../../scripts/lib/walk-sandbox.mjs';

/**
 * From the portal's home page (or the variant's Login page) to the Create Account section with
 * CloudZen and its Client ID filled, as a person with the panel would (the walk checks each safe
 * action changed the portal).
 */
export async function reachCreateAccount(page: Page, gstin: string, variant: SandboxVariant = 'base'): Promise<void> {
  await openRegistrationForm(page, { sandboxUrl: SANDBOX, variant });
  await verifyTaxpayer(page, gstin, variant);
  await chooseCloudZen(page, { variant });
}

/** On the Registration Form, from "User Type" to "Registration through", for `gstin`. */
export function verifyTaxpayer(page: Page, gstin: string, variant: SandboxVariant = 'base'): Promise<void> {
  return verifyTaxpayerAs(page, { user: { ...DEMO_USER, gstin }, variant });
}
