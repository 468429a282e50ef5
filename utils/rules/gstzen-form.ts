import { ENVIRONMENTS, GSTZEN_CLIENT, type Environment } from '../environments';
import { GSTIN_SHAPE } from '../gstin-shape';
import { API_USERNAME_PREFIX, USERNAME_INPUT_MAX } from './api-user';
import { asciiUpper, oddCharacterProblem, tooLongProblem, trimAscii } from './characters';
import { combine, empty, error, ok, warning, type CheckResult } from './check';

/**
 * The rules of GSTZen's "Login to E-Invoice Portal" form (docs/gstzen-guide.md#gstzen-login-form):
 * which environment the form is for, and whether what is in it (typed by hand or filled by the
 * assistant) fits that environment and the GSTIN of the page. Pure: no DOM, no browser APIs.
 */

const ENVIRONMENT_NAME: Record<Environment, string> = { sandbox: 'sandbox', production: 'production' };
/** "for the sandbox", "for production": as a sentence says it. */
const FOR_ENVIRONMENT: Record<Environment, string> = { sandbox: 'for the sandbox', production: 'for production' };
const PORTAL_NAME: Record<Environment, string> = {
  sandbox: 'sandbox (trial) portal',
  production: 'production portal',
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
    return empty(
      env === 'production'
        ? 'Type the production API username, starting with API_ (as the production portal showed it).'
        : 'Type the API username you made on the NIC portal.',
    );
  }
  // Before the name is quoted below: nothing hidden may be quoted, and NIC names are plain ASCII.
  const raw =
    tooLongProblem(
      username,
      USERNAME_INPUT_MAX,
      (length) => `The username has ${length} characters; API usernames are much shorter: type only the username.`,
    ) ??
    oddCharacterProblem(username, {
      field: 'the username',
      plain: ['plain letter, digit or _', 'plain letters, digits or _'],
    });
  if (raw !== null) return error(raw);
  if (name !== username) return error('Remove the spaces before or after the username: the portal will not match it.');
  if (env === 'production' && !name.startsWith(API_USERNAME_PREFIX)) {
    return error(
      `A production API username starts with API_: type ${API_USERNAME_PREFIX}${name}, the name the production portal said it created.`,
    );
  }
  if (env === 'sandbox' && name.startsWith(API_USERNAME_PREFIX)) {
    return warning(
      'Names starting with API_ are made on the production portal; the sandbox username has no API_. Check that you are using your sandbox API user here.',
    );
  }
  return ok(env ? `The username is right ${FOR_ENVIRONMENT[env]}.` : 'Username typed.');
}

/** Client ID and secret: ZENTRIAL for the sandbox, ZENLIVE for production, the same in both boxes. */
export function checkGstzenClient(clientId: string, clientSecret: string, env: Environment | null): CheckResult {
  const id = trimAscii(clientId);
  const secret = trimAscii(clientSecret);
  const { sandbox, production } = GSTZEN_CLIENT;
  if (id === '' && secret === '') {
    return empty(
      env
        ? `Type ${GSTZEN_CLIENT[env].clientId} as both Client ID and Client Secret Key (${ENVIRONMENT_NAME[env]}).`
        : `Type ${sandbox.clientId} in both boxes for the sandbox, or ${production.clientId} for production.`,
    );
  }
  const problems: CheckResult[] = [];
  const wanted = env ? GSTZEN_CLIENT[env] : null;
  if (wanted) {
    const forEnv = FOR_ENVIRONMENT[env!].replace(/^f/, 'F');
    if (asciiUpper(id) !== wanted.clientId) {
      problems.push(error(`${forEnv} the Client ID is ${wanted.clientId}: type exactly that.`));
    }
    if (asciiUpper(secret) !== wanted.clientSecret) {
      problems.push(error(`${forEnv} the Client Secret Key is ${wanted.clientSecret}: type exactly that.`));
    }
  } else {
    const idEnv = environmentOfClientId(id);
    if (!idEnv) {
      problems.push(error(`The Client ID is ${sandbox.clientId} (sandbox) or ${production.clientId} (production).`));
    } else if (asciiUpper(secret) !== GSTZEN_CLIENT[idEnv].clientSecret) {
      problems.push(
        error(
          `With Client ID ${GSTZEN_CLIENT[idEnv].clientId} the Client Secret Key is ${GSTZEN_CLIENT[idEnv].clientSecret}.`,
        ),
      );
    }
  }
  if (problems.length === 0 && (id !== asciiUpper(id) || secret !== asciiUpper(secret))) {
    problems.push(warning('Type the client ID and secret in capital letters, exactly as GSTZen gives them.'));
  }
  const fits = env ?? environmentOfClientId(id);
  return combine(
    problems,
    ok(fits ? `Client ID and secret are right ${FOR_ENVIRONMENT[fits]}.` : 'Client ID and secret typed.'),
  );
}

/**
 * The warning shown before filling a set into a form for the other environment, or null when
 * they agree (or the page does not say).
 */
export function fillMismatchWarning(setEnv: Environment, pageEnv: Environment | null): string | null {
  if (!pageEnv || pageEnv === setEnv) return null;
  return `This GSTZen page is for ${ENVIRONMENT_NAME[pageEnv]}, but these are your ${ENVIRONMENT_NAME[setEnv]} credentials (made on the ${PORTAL_NAME[setEnv]}). ${
    setEnv === 'sandbox'
      ? 'Sandbox credentials do not work for real invoices.'
      : 'Production credentials would send test invoices to the real portal.'
  } Fill them only if you are sure.`;
}

/**
 * Does a set belong on this page? Only when both GSTINs are well-formed and the same; a page
 * whose GSTIN is unknown matches nothing.
 */
export function gstinMatches(setGstin: string, pageGstin: string | null): boolean {
  return pageGstin !== null && GSTIN_SHAPE.test(pageGstin) && setGstin === pageGstin;
}
