#!/usr/bin/env node
// node scripts/check-store-zips.mjs  (the last step of `npm run zip`)
//
// Lists the three zips that `wxt zip` and `wxt zip -b firefox` left in .output/ for this
// package.json version (Chrome Web Store and Edge Add-ons: …-chrome.zip; Firefox Add-ons:
// …-firefox.zip and the …-sources.zip its reviewers rebuild it from) and fails when one holds
// what its store should not get (scripts/lib/store-builds.mjs): Chrome's offscreen document in
// the Firefox zip, the offscreen document missing from Chrome's, build output in the sources.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/session.mjs';
import { chromeBuildProblems, firefoxBuildProblems, readZip, sourcesProblems } from './lib/store-builds.mjs';

const { name, version } = /** @type {{ name: string, version: string }} */ (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
);
const zips = [
  { store: 'Chrome Web Store, Edge Add-ons', file: `${name}-${version}-chrome.zip`, check: chromeBuildProblems },
  { store: 'Firefox Add-ons', file: `${name}-${version}-firefox.zip`, check: firefoxBuildProblems },
  {
    store: 'Firefox Add-ons (source code)',
    file: `${name}-${version}-sources.zip`,
    check: (/** @type {string[]} */ files) => sourcesProblems(files),
  },
];

let failed = false;
for (const { store, file, check } of zips) {
  const zipPath = path.join(ROOT, '.output', file);
  if (!existsSync(zipPath)) {
    console.error(`✗ .output/${file} is missing: run npm run zip.`);
    failed = true;
    continue;
  }
  const { files, manifest } = await readZip(zipPath);
  const problems = check(files, manifest);
  console.log(`${problems.length ? '✗' : '✓'} .output/${file} for ${store}: ${files.length} files`);
  for (const line of file.endsWith('-sources.zip') ? topLevel(files) : files) console.log(`    ${line}`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  failed ||= problems.length > 0;
}
if (failed) {
  console.error('\nThe store zips are not ready: see ✗ above.');
  process.exitCode = 1;
}

/**
 * The sources zip in short: its top-level files, and each folder with how many files it holds.
 * @param {string[]} files
 */
function topLevel(files) {
  /** @type {Map<string, number>} */
  const folders = new Map();
  const lines = [];
  for (const f of files) {
    const slash = f.indexOf('/');
    if (slash < 0) lines.push(f);
    else folders.set(f.slice(0, slash + 1), (folders.get(f.slice(0, slash + 1)) ?? 0) + 1);
  }
  return [...lines, ...[...folders].map(([folder, n]) => `${folder} (${n} files)`)];
}
