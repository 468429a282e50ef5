// Puppeteer must never download a browser: the machines have no internet.
// Tests use Debian's Chromium (see test/e2e/browser.ts).
module.exports = { skipDownload: true };
