// Puppeteer must never download a browser: the machines have no internet.
// Tests, the demo and the bench use Debian's Chromium or $CHROME_PATH: findChromium() in
// scripts/lib/chromium.mjs (used through test/e2e/support.ts).
module.exports = { skipDownload: true };
