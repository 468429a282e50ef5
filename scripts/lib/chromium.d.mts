// Types for chromium.mjs (the project's tsconfig does not check JavaScript files).
import type { Browser } from 'puppeteer';

export interface LaunchWithExtensionOptions {
  /** Unpacked extension folder (e.g. .output/chrome-mv3); omit for a plain browser. */
  extensionPath?: string;
  /** Value for --host-resolver-rules, e.g. the practice portal's `hostResolverRules`. */
  hostResolverRules?: string;
  /** Default true. Headful runs need a display (`xvfb-run -a`). */
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** A profile to use and keep (a browser restart: launch again with it); by default a temporary one, removed on close. */
  userDataDir?: string;
  /** The browser's language, e.g. 'hi' (UI language and preferred languages; needs Debian's chromium-l10n). */
  language?: string;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** The loaded extension's id (host of its service worker URL); null without an extension. */
  extensionId: string | null;
  /** Closes the browser and removes its temporary profile (a closure: safe to destructure). */
  close: () => Promise<void>;
}

export function launchWithExtension(options?: LaunchWithExtensionOptions): Promise<LaunchedBrowser>;
