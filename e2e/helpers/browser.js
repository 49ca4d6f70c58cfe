// Headless Chromium with the unpacked extension loaded, plus what the tests do through it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ARTIFACTS, CHROMIUM, EXTENSION } from './paths.js';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium with a fresh profile; withExtension loads extension/ unpacked. */
export async function launch({ withExtension = true } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sayswho-e2e-'));
  const args = [...FLAGS];
  if (withExtension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  // headless: false because the flag above asks for the new headless mode, the one that runs extensions.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: false, args, viewport: { width: 1280, height: 900 }, timeout: 30000,
  });
  async function close() {
    await context.close().catch(() => {});
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (!withExtension) return { context, close };
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker: () => currentWorker(context, worker), extensionId, close };
}

// The worker may have been stopped and restarted since launch; use the live one.
async function currentWorker(context, first) {
  const live = context.serviceWorkers();
  return live.length ? live[live.length - 1] : first;
}

/** Sets the options through the options page, as a person would, and waits for "Saved.". */
export async function setOptions(context, extensionId, { serviceUrl, autoRun = false, autoSites = [] }) {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await page.locator('#service-url').fill(serviceUrl);
    await page.locator('#auto-run').setChecked(autoRun);
    await page.locator('#auto-sites').fill(autoSites.join('\n'));
    await page.locator('#save').click();
    await page.locator('#status', { hasText: 'Saved.' }).waitFor({ timeout: 5000 });
  } finally {
    await page.close();
  }
}

/** Does what a click on the toolbar button does, for the active tab, from the worker. */
export async function clickAction(worker, page) {
  await page.bringToFront();
  return worker.evaluate(async (url) => {
    let [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    // tab.url is only visible for pages the extension may read; compare where it is.
    if (!tab || (tab.url && tab.url !== url)) tab = (await chrome.tabs.query({})).find((t) => t.url === url) || tab;
    // eslint-disable-next-line no-undef
    await analyzeTab(tab);
    return tab.id;
  }, page.url());
}

export async function badgeText(worker, tabId) {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

export async function badgeColour(worker, tabId) {
  return worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
}

/** Waits until the extension or demo page says it is done or failed; returns which. */
export async function waitForOutcome(page, timeout = 30000) {
  await page.waitForFunction(() => ['done', 'error'].includes(document.documentElement.dataset.sayswho),
    null, { timeout });
  return page.evaluate(() => document.documentElement.dataset.sayswho);
}

/**
 * Every highlighted stretch of the page, read back from CSS.highlights or the fallback spans:
 * [{name, text, layer}] with whitespace collapsed (layer: the hearsay mark over a claim), plus whether any touches nav, footer, aside or the
 * site header.
 */
export async function readHighlights(page) {
  return page.evaluate(() => {
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    const chrome = [...document.querySelectorAll('nav, footer, aside, body > header')];
    const out = [];
    let touchesChrome = [];
    if (CSS.highlights && CSS.highlights.size) {
      for (const [name, h] of CSS.highlights) {
        if (name === 'sayswho-active') continue; // the hovered claim, drawn a second time
        for (const r of h) {
          // Hearsay is a layer over the claim's own label highlight, not a claim of its own.
          out.push({ name, text: norm(r.toString()), layer: name === 'sayswho-hearsay' });
          for (const el of chrome) if (r.intersectsNode(el)) touchesChrome.push(`${name} in <${el.localName}>: ${norm(r.toString())}`);
        }
      }
    }
    const byClaim = new Map();
    for (const span of document.querySelectorAll('span.sayswho-hl')) {
      const id = span.dataset.sayswhoClaim;
      if (!byClaim.has(id)) byClaim.set(id, { name: 'sayswho-' + span.dataset.sayswhoLabel.toLowerCase().replace(/_/g, '-'), parts: [] });
      byClaim.get(id).parts.push(span.textContent);
      for (const el of chrome) if (el.contains(span)) touchesChrome.push(`span in <${el.localName}>`);
    }
    for (const { name, parts } of byClaim.values()) out.push({ name, text: norm(parts.join(' ')), spans: true });
    return { ranges: out, touchesChrome };
  });
}

/** True when some highlight of the given name covers all of the words (whitespace-insensitive). */
export function covered(highlights, name, words) {
  const w = words.replace(/\s+/g, ' ');
  return highlights.ranges.some((r) => r.name === name && r.text.replace(/[\s]+/g, ' ').includes(w));
}

export function describe(highlights) {
  return highlights.ranges.map((r) => `${r.name}: ${r.text.slice(0, 90)}`).join('\n');
}

export async function screenshot(page, name) {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Moves the pointer onto the first line of the highlighted words and returns the card's text. */
export async function hoverWords(page, words) {
  const point = await page.evaluate((w) => {
    const norm = (s) => s.replace(/\s+/g, ' ');
    const candidates = [];
    if (CSS.highlights) for (const [, h] of CSS.highlights) for (const r of h) candidates.push(r);
    for (const s of document.querySelectorAll('span.sayswho-hl')) { const r = document.createRange(); r.selectNodeContents(s); candidates.push(r); }
    const r = candidates.find((c) => norm(c.toString()).includes(w));
    if (!r) return null;
    // Scroll the claim's first line, not its whole element, to the middle of the viewport.
    const first = [...r.getClientRects()].find((x) => x.width > 4 && x.height > 4);
    if (first) window.scrollBy(0, first.top - window.innerHeight / 2);
    const rect = [...r.getClientRects()].find((x) => x.width > 4 && x.height > 4);
    return rect && { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, words);
  if (!point) throw new Error(`no highlight holds "${words}"`);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('.sw-card:not([hidden])');
  await card.waitFor({ timeout: 5000 });
  return card.innerText();
}
