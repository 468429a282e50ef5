// What each store's package must and must not hold, checked on a list of file paths and the
// manifest (from a build folder or a zip), so `npm run zip` and the Firefox smoke test catch a
// Chrome-only file in the Firefox build (or a lost one in Chrome's) before a store reviewer does.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';

/**
 * @typedef {object} Manifest
 * @property {number} [manifest_version]
 * @property {string[]} [permissions]
 * @property {{ js?: string[], world?: string }[]} [content_scripts]
 */

/** Files of Chrome's offscreen document (the page itself and its chunk, e.g. chunks/offscreen-Bm0zpSmg.js). */
const OFFSCREEN_FILE = /(^|\/)offscreen([.-][\w-]*)?\.(html|js)$/;
/** Firefox MV2 runs no main-world content script: its dialog tap is this isolated-world one. */
const FIREFOX_DIALOG_TAP = 'content-scripts/einv-assistant-dialog-tap-firefox.js';

/**
 * What is wrong with a Firefox (MV2) build: anything only Chrome uses.
 * @param {string[]} files  paths relative to the build's root, with `/`
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function firefoxBuildProblems(files, manifest) {
  const problems = [];
  if (manifest.manifest_version !== 2) problems.push(`manifest_version is ${manifest.manifest_version}, not 2`);
  for (const file of files.filter((f) => OFFSCREEN_FILE.test(f)))
    problems.push(`${file} (Chrome's offscreen document) is in it`);
  if (manifest.permissions?.includes('offscreen')) problems.push('the manifest asks for the "offscreen" permission');
  for (const script of manifest.content_scripts ?? []) {
    if (script.world === 'MAIN') problems.push(`a world: "MAIN" content script (${script.js?.join(', ')})`);
  }
  if (!files.includes(FIREFOX_DIALOG_TAP)) problems.push(`${FIREFOX_DIALOG_TAP} (the dialog tap) is missing`);
  return problems;
}

/**
 * What is wrong with a Chrome/Edge (MV3) build: the offscreen document that clears the clipboard
 * must be there, the Firefox-only dialog tap must not.
 * @param {string[]} files
 * @param {Manifest} manifest
 * @returns {string[]}
 */
export function chromeBuildProblems(files, manifest) {
  const problems = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${manifest.manifest_version}, not 3`);
  if (!files.includes('offscreen.html')) problems.push('offscreen.html (clears the clipboard after 30 s) is missing');
  if (!manifest.permissions?.includes('offscreen')) problems.push('the manifest lacks the "offscreen" permission');
  if (files.includes(FIREFOX_DIALOG_TAP)) problems.push(`${FIREFOX_DIALOG_TAP} (Firefox only) is in it`);
  return problems;
}

/** Folders and files of a work tree that have no place in the sources zip given to Mozilla's reviewers. */
const NOT_SOURCES = /^(node_modules|\.output|\.wxt|\.certs|\.git|demo-screenshots|test-results)\/|\.(log|zip)$/;

/**
 * What is wrong with the sources zip (Mozilla's reviewers rebuild the Firefox zip from it).
 * @param {string[]} files
 * @returns {string[]}
 */
export function sourcesProblems(files) {
  const problems = files.filter((f) => NOT_SOURCES.test(f)).map((f) => `${f} should not be in it`);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']) {
    if (!files.includes(needed)) problems.push(`${needed} is missing (a reviewer cannot rebuild without it)`);
  }
  return problems;
}

/**
 * The files (not folders) of a zip and its manifest.json, if it has one.
 * @param {string} zipPath
 * @returns {Promise<{ files: string[], manifest: Manifest }>}
 */
export async function readZip(zipPath) {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const files = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();
  const manifestEntry = zip.file('manifest.json');
  const manifest = manifestEntry ? /** @type {Manifest} */ (JSON.parse(await manifestEntry.async('string'))) : {};
  return { files, manifest };
}

/**
 * The files of a build folder (paths relative to it, with `/`) and its manifest.json.
 * @param {string} dir
 * @returns {Promise<{ files: string[], manifest: Manifest }>}
 */
export async function readBuild(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const manifest = /** @type {Manifest} */ (JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')));
  return { files, manifest };
}
