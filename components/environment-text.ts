import type { Environment } from '@/utils/environments';

/**
 * How the popup names each environment, so that sandbox and production credentials are never
 * mistaken for each other: a short name (on every copy button), a heading that says what the
 * credentials are for, and the name of the portal's button that creates the API user.
 */
export interface EnvironmentText {
  /** "Sandbox", "Production": the badge on buttons and cards. */
  name: string;
  /** Above the column of this environment's sets. */
  heading: string;
  /** The portal's button that creates the API user [docs/gstzen-guide.md]. */
  createButton: string;
  /** Where, in GSTZen, the four values are typed (docs/portals.md#gstzen-login-form). */
  whereInGstzen: string;
}

export const ENVIRONMENT_TEXT: Record<Environment, EnvironmentText> = {
  sandbox: {
    name: 'Sandbox',
    heading: 'Sandbox — for testing only',
    createButton: 'Create',
    whereInGstzen: 'In GSTZen (your GSTIN › E-Invoicing › Tally/SAP Integration)',
  },
  production: {
    name: 'Production',
    heading: 'Production — for real invoices',
    createButton: 'Submit',
    whereInGstzen:
      'In GSTZen (your GSTIN › E-Invoicing › Tally/SAP Integration › Change E-Invoice Portal Login details)',
  },
};

/** The production portal, where a production API user can be looked up (docs/portals.md#production-portal). */
export const PRODUCTION_PORTAL_HOST = 'einvoice1.gst.gov.in';
