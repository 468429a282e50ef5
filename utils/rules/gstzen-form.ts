import { ENVIRONMENTS, GSTZEN_CLIENT, type Environment } from '../environments';
import { GSTIN_SHAPE } from '../gstin-shape';
import { API_USERNAME_PREFIX, USERNAME_INPUT_MAX } from './api-user';
import { asciiUpper, oddCharacterProblem, tooLongProblem, trimAscii } from './characters';
import { combine, empty, error, ok, warning, type CheckResult } from './check';
import { type MessageKey, t } from '../i18n/t';

/**
 * The rules of GSTZen's "Login to E-Invoice Portal" form (docs/gstzen-guide.md#gstzen-login-form):
 * which environment the form is for, and whether what is in it (typed by hand or filled by the
 * assistant) fits that environment and the GSTIN of the page. Pure: no DOM, no browser APIs.
 */

/** The messages that name an environment: a key per environment, so each is a whole sentence. */
const USERNAME_EMPTY: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_username_empty',
  production: 'check_gstzen_username_empty_production',
};
const USERNAME_OK: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_username_ok_sandbox',
  production: 'check_gstzen_username_ok_production',
};
const CLIENT_EMPTY: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_client_empty_sandbox',
  production: 'check_gstzen_client_empty_production',
};
const CLIENT_ID_IS: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_client_id_sandbox',
  production: 'check_gstzen_client_id_production',
};
const CLIENT_SECRET_IS: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_client_secret_sandbox',
  production: 'check_gstzen_client_secret_production',
};
const CLIENT_OK: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_client_ok_sandbox',
  production: 'check_gstzen_client_ok_production',
};
/** Keyed by the set's environment: the page is for the other one. */
const FILL_MISMATCH: Record<Environment, MessageKey> = {
  sandbox: 'check_gstzen_fill_sandbox_on_production',
  production: 'check_gstzen_fill_production_on_sandbox',
};

/**
 * What the page says it is for, from its own words: "Sandbox (testing)", "Production", "Trial",
 * "Live". Null when it says neither or both.
 */
export function environmentFromText(text: string | null): Environment | null {
  const words = (text ?? '').toLowerCase();
  const sandbox = /\b(sandbox|trial|testing|test)\b/.test(words);
  const production = /\b(production|live)\b/.test(words);
  if (sandbox === production) return null;
  return sandbox ? 'sandbox' : 'production';
}

/** The environment a client ID belongs to (ZENTRIAL, ZENLIVE), or null for any other. */
export function environmentOfClientId(clientId: string): Environment | null {
  // ASCII upper-casing only: "zentrıal".toUpperCase() is ZENTRIAL.
  const id = asciiUpper(trimAscii(clientId));
  return ENVIRONMENTS.find((env) => GSTZEN_CLIENT[env].clientId === id) ?? null;
}

/**
 * The environment the form is being filled for: what the page says wins; else what the client
 * ID says; else an `API_` username says production. Null when nothing says.
 */
export function formEnvironment(pageEnv: Environment | null, clientId: string, username: string): Environment | null {
  if (pageEnv) return pageEnv;
  const byClient = environmentOfClientId(clientId);
  if (byClient) return byClient;
  return username.trim().startsWith(API_USERNAME_PREFIX) ? 'production' : null;
}

/** The username box: production names start with API_, sandbox names do not (docs/gstzen-guide.md#fixed-values). */
export function checkGstzenUsername(username: string, env: Environment | null): CheckResult {
  const name = trimAscii(username);
  if (name === '') {
    return empty(t(USERNAME_EMPTY[env ?? 'sandbox']));
  }
  // Before the name is quoted below: nothing hidden may be quoted, and NIC names are plain ASCII.
  const raw =
    tooLongProblem(username, USERNAME_INPUT_MAX, (length) => t('check_gstzen_username_too_long', { length })) ??
    oddCharacterProblem(username, {
      field: 'check_field_username',
      plain: ['check_plain_username_one', 'check_plain_username_many'],
    });
  if (raw !== null) return error(raw);
  if (name !== username) return error(t('check_gstzen_username_spaces'));
  if (env === 'production' && !name.startsWith(API_USERNAME_PREFIX)) {
    return error(t('check_gstzen_username_needs_prefix', { name: `${API_USERNAME_PREFIX}${name}` }));
  }
  if (env === 'sandbox' && name.startsWith(API_USERNAME_PREFIX)) {
    return warning(t('check_gstzen_username_sandbox_prefix'));
  }
  return ok(t(env ? USERNAME_OK[env] : 'check_gstzen_username_typed'));
}

/** Client ID and secret: ZENTRIAL for the sandbox, ZENLIVE for production, the same in both boxes. */
export function checkGstzenClient(clientId: string, clientSecret: string, env: Environment | null): CheckResult {
  const id = trimAscii(clientId);
  const secret = trimAscii(clientSecret);
  const { sandbox, production } = GSTZEN_CLIENT;
  if (id === '' && secret === '') {
    return empty(
      env
        ? t(CLIENT_EMPTY[env], { id: GSTZEN_CLIENT[env].clientId })
        : t('check_gstzen_client_empty', { sandboxId: sandbox.clientId, productionId: production.clientId }),
    );
  }
  const problems: CheckResult[] = [];
  if (env) {
    const wanted = GSTZEN_CLIENT[env];
    if (asciiUpper(id) !== wanted.clientId) {
      problems.push(error(t(CLIENT_ID_IS[env], { id: wanted.clientId })));
    }
    if (asciiUpper(secret) !== wanted.clientSecret) {
      problems.push(error(t(CLIENT_SECRET_IS[env], { secret: wanted.clientSecret })));
    }
  } else {
    const idEnv = environmentOfClientId(id);
    if (!idEnv) {
      problems.push(
        error(t('check_gstzen_client_id_unknown', { sandboxId: sandbox.clientId, productionId: production.clientId })),
      );
    } else if (asciiUpper(secret) !== GSTZEN_CLIENT[idEnv].clientSecret) {
      const { clientId, clientSecret } = GSTZEN_CLIENT[idEnv];
      problems.push(error(t('check_gstzen_client_secret_for_id', { id: clientId, secret: clientSecret })));
    }
  }
  if (problems.length === 0 && (id !== asciiUpper(id) || secret !== asciiUpper(secret))) {
    problems.push(warning(t('check_gstzen_client_case')));
  }
  const fits = env ?? environmentOfClientId(id);
  // Without an environment, an ID that names none is an error above: whenever this is ok, `fits` is known.
  return combine(problems, ok(fits ? t(CLIENT_OK[fits]) : ''));
}

/**
 * The warning shown before filling a set into a form for the other environment, or null when
 * they agree (or the page does not say).
 */
export function fillMismatchWarning(setEnv: Environment, pageEnv: Environment | null): string | null {
  if (!pageEnv || pageEnv === setEnv) return null;
  return t(FILL_MISMATCH[setEnv]);
}

/**
 * Does a set belong on this page? Only when both GSTINs are well-formed and the same; a page
 * whose GSTIN is unknown matches nothing.
 */
export function gstinMatches(setGstin: string, pageGstin: string | null): boolean {
  return pageGstin !== null && GSTIN_SHAPE.test(pageGstin) && setGstin === pageGstin;
}
