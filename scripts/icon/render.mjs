#!/usr/bin/env node
// Renders scripts/icon/icon.svg to public/icon/{16,32,48,128}.png, the sizes WXT puts in the
// manifest. Run by hand after changing the SVG (the PNGs are committed):
//   node scripts/icon/render.mjs
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../lib/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..', '..', 'public', 'icon');
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');

await mkdir(outDir, { recursive: true });
const { browser, close } = await launchWithExtension();
try {
  const page = await browser.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewport({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const file = /** @type {`${string}.png`} */ (path.join(outDir, `${size}.png`));
    await page.screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
} finally {
  await close();
}
