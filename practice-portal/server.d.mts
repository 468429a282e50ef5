// Types for server.mjs (the project's tsconfig does not check JavaScript files).

export const SANDBOX_HOST: 'einv-apisandbox.nic.in';
export const PRODUCTION_HOST: 'einvoice1.gst.gov.in';
export const GSTZEN_HOST: 'my.gstzen.in';
/** GSTZen's pages on a look-alike host (its banner says so): the extension must not run there. */
export const GSTZEN_LOOKALIKE_HOST: 'my.gstzen.in.example.com';
/** Every host name the portal answers for. */
export const PRACTICE_HOSTS: readonly string[];

export interface PracticePortal {
  port: number;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
  /**
   * Forgets every registration made so far and any Create delay, and puts GSTZen back to its seed
   * (every GSTIN in sandbox, no login details, its test invoices), as POST /__practice/reset does.
   */
  reset(): void;
  /** Answers the sandbox Create postback `ms` later (to test a slow portal); reset() sets it back to 0. */
  setCreateDelay(ms: number): void;
  /** Holds every sandbox Create press (not other postbacks) until releaseCreates(); reset() releases them too. */
  holdCreates(): void;
  /** Answers the held Create presses now. */
  releaseCreates(): void;
  /**
   * Forgets every login session of the production replica, as a session timeout does: the next
   * logged-in page or Submit goes to the login page ("Your session has expired. Please login
   * again."). reset() does this too.
   */
  expireSessions(): void;
  /** Value for Chromium's --host-resolver-rules: every practice host mapped to 127.0.0.1:port. */
  hostResolverRules: string;
}

export function startPracticePortal(options?: {
  port?: number;
  host?: string;
  /** Default true: no request lines on the console (unless `log` is given). */
  quiet?: boolean;
  /** Receives one line per request: method, host and path (never a query string or a body). */
  log?: (line: string) => void;
}): Promise<PracticePortal>;

export function hostResolverRulesFor(port: number): string;

/** Where `npm run build` leaves the Chrome MV3 build. */
export const CHROME_BUILD: string;
/** The command line that starts Chromium with the built extension on the practice portal at `port`. */
export function chromiumCommandLine(options: { port: number; extensionPath?: string; userDataDir?: string }): string;
/** What `npm run practice-portal` prints once it listens (`built`: default, whether the build is there). */
export function startupMessage(options: { port: number; extensionPath?: string; built?: boolean }): string;
