// The demo page the service serves at /, in headless Chromium (no extension loaded).
import { after, before, describe as suite, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDirect, startService } from '../helpers/service.js';
import { exampleArticle } from '../helpers/paths.js';
import { covered, describe, hoverWords, launch, readHighlights, screenshot, waitForOutcome } from '../helpers/browser.js';

const KREMLIN = 'We have no such information';
const THIRD_SOURCE = 'there was a contingent of them in Venezuela';
const CUBA = 'did not immediately respond to a request for comment';

let service, browser;

before(async () => {
  service = await startService({ name: 'service-demo' });
  browser = await launch({ withExtension: false });
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

async function openDemo(query = '') {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('requestfinished', (r) => {
    if (!r.url().startsWith(service.url)) errors.push(`request left the service: ${r.url()}`);
  });
  await page.goto(`${service.url}/${query}`);
  return { page, errors };
}

async function pasteAndAnalyze(page, text) {
  if (text.length > 20000) {
    // What a paste does, at once: typing 200,000 characters through fill() takes longer than the test may.
    await page.locator('#text').evaluate((el, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  } else {
    await page.locator('#text').fill(text);
  }
  await page.locator('#analyze').click();
  return waitForOutcome(page);
}

suite('demo page, pasted article', () => {
  let page, errors, highlights, expected;
  const text = exampleArticle(1);

  before(async () => {
    ({ page, errors } = await openDemo());
    const outcome = await pasteAndAnalyze(page, text);
    await screenshot(page, 'demo-article');
    if (outcome !== 'done') throw new Error('demo showed: ' + await page.locator('.sw-message').innerText().catch(() => '?'));
    highlights = await readHighlights(page);
    expected = await analyzeDirect(service.url, text);
  });

  test('every claim the service found is highlighted on its exact text', async () => {
    const claims = highlights.ranges.filter((r) => !r.layer);
    assert.equal(claims.length, expected.claims.length);
    const shown = claims.map((r) => r.text).sort();
    const wanted = expected.claims.map((c) => text.slice(c.start, c.end).replace(/\s+/g, ' ').trim()).sort();
    assert.deepEqual(shown, wanted);
  });

  test('the Kremlin spokesman\'s line is highlighted as DENIED', () => {
    assert.ok(covered(highlights, 'sayswho-denied', KREMLIN), describe(highlights));
  });

  test('the third source\'s claim is highlighted as ANONYMOUS', () => {
    assert.ok(covered(highlights, 'sayswho-anonymous', THIRD_SOURCE), describe(highlights));
  });

  test('the Cuban government\'s silence is highlighted as NO_COMMENT', () => {
    assert.ok(covered(highlights, 'sayswho-no-comment', CUBA), describe(highlights));
  });

  test('the summary shows score, verdict, reasons, counts and sources', async () => {
    const s = expected.summary;
    assert.equal(await page.locator('.sw-score-value').innerText(), String(s.score));
    assert.equal(await page.locator('.sw-verdict').innerText(), s.weak ? 'Weakly sourced' : 'Well sourced');
    assert.equal(await page.locator('.sw-reasons li').count(), s.reasons.length);
    for (const [label, n] of Object.entries(s.counts)) {
      assert.equal(await page.locator(`tr[data-label="${label}"] .sw-count-n`).innerText(), String(n), label);
    }
    const rows = await page.locator('.sw-sources tr').allInnerTexts();
    assert.equal(rows.length, expected.sources.length ? expected.sources.length + 1 : 0);
    for (const src of expected.sources) {
      assert.ok(rows.some((r) => r.startsWith(src.name || src.id)), `sources table lists ${src.name}`);
    }
  });

  test('hovering a claim shows its card with label, source, cue, strength and rules', async () => {
    // An attributed claim shows the most; any claim will do while the engine finds none.
    const claim = expected.claims.find((c) => c.source && c.cue) || expected.claims[0];
    const words = text.slice(claim.start, claim.end).replace(/\s+/g, ' ').slice(0, 30);
    const card = await hoverWords(page, words);
    await screenshot(page, 'demo-hover-card');
    assert.ok(card.includes(claim.attribution), card);
    assert.ok(card.includes(claim.source ? claim.source.name || claim.source.text : 'none'), card);
    assert.ok(card.includes(claim.cue ? claim.cue.text : 'none'), card);
    assert.ok(card.includes(claim.strength.toFixed(2)), card);
    for (const rule of claim.rules) assert.ok(card.includes(rule), card);
  });

  test('no script errors, and nothing was fetched from anywhere but the service', () => {
    assert.deepEqual(errors, []);
  });
});

suite('demo page, other paths', () => {
  test('picking the second example fills the text and analyses it', async () => {
    const { page, errors } = await openDemo();
    try {
      await page.locator('#example').selectOption('examples/article-2.txt');
      await page.waitForFunction(() => document.getElementById('text').value.length > 0);
      assert.equal(await page.locator('#text').inputValue(), exampleArticle(2).replace(/\r\n/g, '\n'));
      await page.locator('#analyze').click();
      assert.equal(await waitForOutcome(page), 'done');
      assert.ok((await readHighlights(page)).ranges.length > 0);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('the span fallback highlights the same claims where CSS.highlights is missing', async () => {
    const { page } = await openDemo('?highlight=spans');
    try {
      const text = exampleArticle(1);
      assert.equal(await pasteAndAnalyze(page, text), 'done');
      const expected = await analyzeDirect(service.url, text);
      const spans = await readHighlights(page);
      assert.ok(spans.ranges.every((r) => r.spans));
      assert.equal(spans.ranges.length, expected.claims.length);
      assert.equal(await page.locator('#article').innerText(), text.replace(/\s+$/, ''), 'wrapping kept the text as it was');
      assert.ok(covered(spans, 'sayswho-denied', KREMLIN), describe(spans));
      await screenshot(page, 'demo-spans');
    } finally {
      await page.close();
    }
  });

  test('text over 200,000 characters: a clear message', async () => {
    const { page } = await openDemo();
    try {
      const huge = (exampleArticle(1) + '\n\n').repeat(45).slice(0, 200001);
      assert.equal(await pasteAndAnalyze(page, huge), 'error');
      await screenshot(page, 'demo-too-large');
      const message = await page.locator('.sw-message').innerText();
      assert.match(message, /too long to analyze/);
      assert.match(message, /200,001/);
    } finally {
      await page.close();
    }
  });

  test('nothing pasted: a clear message, no request', async () => {
    const { page } = await openDemo();
    try {
      assert.equal(await pasteAndAnalyze(page, '   '), 'error');
      assert.match(await page.locator('.sw-message').innerText(), /No article text/);
    } finally {
      await page.close();
    }
  });
});
