import type { Environment } from '@/utils/environments';
import { t } from '@/utils/i18n/t';

/**
 * How the popup names each environment, so that sandbox and production credentials are never
 * mistaken for each other: a short name (on every copy button), a heading that says what the
 * credentials are for, and the name of the portal's button that creates the API user. Functions:
 * written in the language spoken when drawn.
 */
export interface EnvironmentText {
  /** "Sandbox", "Production": the badge on buttons and cards. */
  name: () => string;
  /** "sandbox", "production": inside a sentence ("Copy sandbox password"). */
  word: () => string;
  /** Above the column of this environment's sets. */
  heading: () => string;
  /** The portal's button that creates the API user [docs/gstzen-guide.md]: the portal's own word. */
  createButton: string;
  /** Where, in GSTZen, the four values are typed (docs/portals.md#gstzen-login-form). */
  whereInGstzen: () => string;
}

export const ENVIRONMENT_TEXT: Record<Environment, EnvironmentText> = {
  sandbox: {
    name: () => t('env_sandbox_name'),
    word: () => t('env_sandbox_word'),
    heading: () => t('env_sandbox_heading'),
    createButton: 'Create',
    whereInGstzen: () => t('env_sandbox_where_in_gstzen'),
  },
  production: {
    name: () => t('env_production_name'),
    word: () => t('env_production_word'),
    heading: () => t('env_production_heading'),
    createButton: 'Submit',
    whereInGstzen: () => t('env_production_where_in_gstzen'),
  },
};

/** The production portal, where a production API user can be looked up (docs/portals.md#production-portal). */
export const PRODUCTION_PORTAL_HOST = 'einvoice1.gst.gov.in';
