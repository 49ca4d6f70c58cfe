// The extension in headless Chromium against the packaged service and a loopback news page.
import { after, before, describe as suite, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeDirect, startService } from '../helpers/service.js';
import { startSite } from '../helpers/site.js';
import { freePort } from '../helpers/net.js';
import { EXTENSION } from '../helpers/paths.js';
import {
  badgeColour, badgeText, clickAction, covered, describe, hoverWords, launch, readHighlights, screenshot,
  setOptions, waitForOutcome,
} from '../helpers/browser.js';

// The three claims the engine must label, as the labelling guide has them.
const KREMLIN = 'We have no such information';
const THIRD_SOURCE = 'there was a contingent of them in Venezuela';
const CUBA = 'did not immediately respond to a request for comment';

let service, site, browser;

before(async () => {
  [service, site] = await Promise.all([startService({ name: 'service-extension' }), startSite()]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await service?.stop();
});

/** The text the extension sends for the page, computed with its own module in the page's main world. */
async function textTheExtensionSends(page) {
  await page.addScriptTag({ content: fs.readFileSync(path.join(EXTENSION, 'shared/textmap.js'), 'utf8') });
  return page.evaluate(() => SaysWho.buildTextMap(SaysWho.findArticleRoot(document)).text);
}

suite('extension on a news page', () => {
  let page, tabId, highlights;

  before(async () => {
    await setOptions(browser.context, browser.extensionId, { serviceUrl: service.url });
    page = await browser.context.newPage();
    await page.goto(`${site.url}/article.html`);
    tabId = await clickAction(await browser.worker(), page);
    const outcome = await waitForOutcome(page);
    await screenshot(page, 'extension-article');
    if (outcome !== 'done') {
      throw new Error('extension showed: ' + await page.locator('.sw-message').innerText().catch(() => '?'));
    }
    highlights = await readHighlights(page);
  });

  test('the text sent is the article only, normalised, with paragraph breaks', async () => {
    const text = await textTheExtensionSends(page);
    assert.match(text, /^Kremlin Takes Active Steps/);
    assert.ok(text.includes('Kremlin spokesman Dmitry Peskov predictably stated: “We have no such information.”'), 'inline markup and wrapped lines read as one sentence');
    assert.ok(text.includes('Rival\n\nBy Gary Cartwright'), 'blocks are separated by a blank line');
    assert.ok(!/[ \t]{2}|\n /.test(text), 'whitespace runs are collapsed');
    for (const chrome of ['Home', 'Most read', 'Privacy', 'Read more', 'Sources say: our opinion']) {
      assert.ok(!text.includes(chrome), `"${chrome}" (nav, aside, footer) is not sent`);
    }
  });

  test('claims are highlighted with the CSS Custom Highlight API', () => {
    assert.ok(highlights.ranges.length > 0, 'some highlights');
    assert.ok(highlights.ranges.every((r) => !r.spans), 'no fallback spans where the API exists');
  });

  test('the Kremlin spokesman\'s line is highlighted as DENIED', () => {
    assert.ok(covered(highlights, 'sayswho-denied', KREMLIN), `no DENIED highlight covers "${KREMLIN}":\n${describe(highlights)}`);
  });

  test('the third source\'s claim is highlighted as ANONYMOUS', () => {
    assert.ok(covered(highlights, 'sayswho-anonymous', THIRD_SOURCE), `no ANONYMOUS highlight covers "${THIRD_SOURCE}":\n${describe(highlights)}`);
  });

  test('the Cuban government\'s silence is highlighted as NO_COMMENT', () => {
    assert.ok(covered(highlights, 'sayswho-no-comment', CUBA), `no NO_COMMENT highlight covers "${CUBA}":\n${describe(highlights)}`);
  });

  test('nav, aside, header and footer text carry no highlight', () => {
    assert.deepEqual(highlights.touchesChrome, []);
  });

  test('the badge shows the service\'s score, red when weak', async () => {
    const expected = await analyzeDirect(service.url, await textTheExtensionSends(page));
    const worker = await browser.worker();
    assert.equal(await badgeText(worker, tabId), String(expected.summary.score));
    const [r, g] = await badgeColour(worker, tabId);
    assert.equal(r > g, expected.summary.weak, `badge colour ${[r, g]} for weak=${expected.summary.weak}`);
  });

  test('the in-page panel lists the score, counts and sources', async () => {
    const expected = await analyzeDirect(service.url, await textTheExtensionSends(page));
    const panel = page.locator('.sw-panel');
    assert.equal(await panel.locator('.sw-score-value').innerText(), String(expected.summary.score));
    assert.equal(await panel.locator('.sw-sources tr').count(), expected.sources.length ? expected.sources.length + 1 : 0);
    for (const [label, n] of Object.entries(expected.summary.counts)) {
      assert.equal(await panel.locator(`tr[data-label="${label}"] .sw-count-n`).innerText(), String(n), label);
    }
  });

  test('hovering a highlighted claim shows its card', async () => {
    const card = await hoverWords(page, KREMLIN);
    await screenshot(page, 'extension-hover-card');
    for (const field of ['Source', 'Cue', 'Strength', 'Rules']) assert.ok(card.includes(field), `card has ${field}: ${card}`);
    assert.match(card, /DENIED|NAMED|ANONYMOUS|UNATTRIBUTED|COULD_NOT_SAY|NO_COMMENT|DOCUMENTARY/);
  });

  test('analysing again replaces the highlights instead of stacking them', async () => {
    await clickAction(await browser.worker(), page);
    await waitForOutcome(page);
    const again = await readHighlights(page);
    assert.equal(again.ranges.filter((r) => !r.layer).length, highlights.ranges.filter((r) => !r.layer).length);
    assert.equal(await page.locator('.sw-panel').count(), 1);
  });
});

suite('finding the article', () => {
  test('without <article>: the densest block, not the comments, nav, aside or footer', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.url}/no-article.html`);
      const text = await textTheExtensionSends(page);
      assert.ok(text.includes(KREMLIN), 'the story is found');
      assert.ok(text.includes(THIRD_SOURCE));
      for (const chrome of ['comments', 'my cousin', 'Most read', 'Privacy', 'Home World']) {
        assert.ok(!text.includes(chrome), `"${chrome}" is not sent`);
      }
    } finally {
      await page.close();
    }
  });
});

suite('extension when things go wrong', () => {
  test('service down: a clear message, the page left intact', async () => {
    const closed = await freePort();
    await setOptions(browser.context, browser.extensionId, { serviceUrl: `http://127.0.0.1:${closed}` });
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.url}/article.html`);
      const tabId = await clickAction(await browser.worker(), page);
      assert.equal(await waitForOutcome(page), 'error');
      await screenshot(page, 'extension-service-down');
      const message = await page.locator('.sw-message').innerText();
      assert.match(message, /could not be reached/);
      assert.ok(message.includes(`127.0.0.1:${closed}`), message);
      assert.equal(await badgeText(await browser.worker(), tabId), '!');
      assert.equal(await page.locator('h1').innerText(), 'Kremlin Takes Active Steps To Prop Up Venezuelan Regime As West Supports Rival');
      assert.equal((await readHighlights(page)).ranges.length, 0);
    } finally {
      await page.close();
    }
  });

  test('article over 200,000 characters: the service\'s 413 shows as a clear message', async () => {
    await setOptions(browser.context, browser.extensionId, { serviceUrl: service.url });
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.url}/huge.html`);
      await clickAction(await browser.worker(), page);
      assert.equal(await waitForOutcome(page), 'error');
      await screenshot(page, 'extension-too-large');
      const message = await page.locator('.sw-message').innerText();
      assert.match(message, /too long to analyze/);
      assert.match(message, /200,000 characters/);
    } finally {
      await page.close();
    }
  });

  test('a page the extension may not read: badge says so, nothing breaks', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await page.goto('chrome://version');
      const tabId = await clickAction(await browser.worker(), page);
      assert.equal(await badgeText(await browser.worker(), tabId), '!');
    } finally {
      await page.close();
    }
  });
});

suite('extension on sites the person allowed', () => {
  test('runs by itself when a page of an allowed site loads', async () => {
    await setOptions(browser.context, browser.extensionId, { serviceUrl: service.url, autoRun: true, autoSites: [site.url] });
    const worker = await browser.worker();
    await worker.evaluate(() => syncAutoRun()); // storage.onChanged does this too; make it deterministic
    const page = await browser.context.newPage();
    try {
      await page.goto(`${site.url}/article.html`);
      assert.equal(await waitForOutcome(page), 'done');
      assert.ok((await readHighlights(page)).ranges.length > 0);
    } finally {
      await page.close();
      await setOptions(browser.context, browser.extensionId, { serviceUrl: service.url, autoRun: false });
      await (await browser.worker()).evaluate(() => syncAutoRun());
    }
  });
});
