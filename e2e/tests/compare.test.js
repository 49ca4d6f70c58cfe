// The compare view the service serves at /compare.html, in headless Chromium (no extension loaded):
// the two example articles side by side, what the rewrite did to each claim, and the drift summary.
import { after, before, describe as suite, test } from 'node:test';
import assert from 'node:assert/strict';
import { startService } from '../helpers/service.js';
import { exampleArticle } from '../helpers/paths.js';
import { launch, screenshot, waitForOutcome } from '../helpers/browser.js';

let service, browser;

before(async () => {
  service = await startService({ name: 'service-compare' });
  browser = await launch({ withExtension: false });
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

async function compareDirect(beforeText, afterText) {
  const r = await fetch(`${service.url}/v1/compare`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ before: { text: beforeText }, after: { text: afterText } }),
  });
  if (!r.ok) throw new Error(`service answered ${r.status}: ${await r.text()}`);
  return r.json();
}

/** The claim span on one side whose text holds the words. */
function claimSpan(page, side, words) {
  return page.locator(`#${side}-view .cmp-claim`, { hasText: words });
}

suite('compare view, the two example articles', () => {
  let page, expected;
  const errors = [];

  before(async () => {
    page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('requestfinished', (r) => {
      if (!r.url().startsWith(service.url)) errors.push(`request left the service: ${r.url()}`);
    });
    await page.goto(`${service.url}/compare.html`);
    await page.locator('#examples').click();
    await page.waitForFunction(() => document.getElementById('after').value.length > 0);
    await page.locator('#compare').click();
    const outcome = await waitForOutcome(page);
    if (outcome !== 'done') throw new Error('compare view showed: ' + await page.locator('#message').innerText());
    await screenshot(page, 'compare-view');
    // And a changed claim hovered, linked with its counterpart.
    await claimSpan(page, 'after', 'The sources said that Russian aircrafts').hover();
    await screenshot(page, 'compare-hover');
    expected = await compareDirect(exampleArticle(1), exampleArticle(2));
  });

  after(() => page?.close());

  test('both texts are shown with every claim of each as one span', async () => {
    assert.equal(await page.locator('#before-view .cmp-claim').count(), expected.before.claims.length);
    assert.equal(await page.locator('#after-view .cmp-claim').count(), expected.after.claims.length);
    assert.equal(await page.locator('#before-view').innerText(), exampleArticle(1).replace(/\s+$/, ''));
  });

  test('dropped claims are struck through on the before side', async () => {
    const dropped = expected.before.claims.filter((c) => {
      const rows = expected.alignment.filter((r) => r.before === c.id);
      return rows.length && rows.every((r) => r.after === null);
    });
    assert.equal(await page.locator('#before-view .cmp-dropped').count(), dropped.length);
    const cuba = claimSpan(page, 'before', 'did not immediately respond to a request for comment');
    assert.match(await cuba.getAttribute('class'), /cmp-dropped/);
    assert.match(await cuba.evaluate((e) => getComputedStyle(e).textDecorationLine), /line-through/);
  });

  test('added claims are outlined on the after side', async () => {
    const jet = claimSpan(page, 'after', 'a Turkish private jet TCTTC also landed');
    assert.match(await jet.getAttribute('class'), /cmp-added/);
    assert.notEqual(await jet.evaluate((e) => getComputedStyle(e).outlineStyle), 'none');
  });

  test('changed claims are marked on the after side with their kind in words', async () => {
    const peskov = claimSpan(page, 'after', 'He has no such information');
    assert.match(await peskov.getAttribute('class'), /cmp-changed/);
    const id = await peskov.getAttribute('data-id');
    assert.equal(await page.locator(`.cmp-kinds[data-for="${id}"]`).innerText(), 'quoted words altered');
    const handed = await claimSpan(page, 'after', 'The sources said that Russian aircrafts').getAttribute('data-id');
    assert.match(await page.locator(`.cmp-kinds[data-for="${handed}"]`).innerText(), /label named → anonymous/);
  });

  test('hovering a claim links it with its counterpart', async () => {
    await claimSpan(page, 'after', 'The sources said that Russian aircrafts').hover();
    assert.match(await claimSpan(page, 'before', 'He said they set off in two chartered aircraft').getAttribute('class'),
      /cmp-linked/);
    assert.match(await page.locator('#pair').innerText(), /another source/);
    await claimSpan(page, 'before', 'did not immediately respond').hover();
    assert.match(await page.locator('#pair').innerText(), /dropped in the rewrite/);
  });

  test('the summary shows the drift, the verdict and every reason', async () => {
    assert.equal(await page.locator('#drift').innerText(), String(expected.summary.drift));
    assert.equal(await page.locator('.cmp-verdict').innerText(),
      expected.summary.weakened ? 'Sourcing weakened' : 'Sourcing not weakened');
    assert.deepEqual(await page.locator('.cmp-reasons li').allInnerTexts(), expected.summary.reasons);
  });

  test('no script errors, and nothing was fetched from anywhere but the service', () => {
    assert.deepEqual(errors, []);
  });
});

suite('compare view, other paths', () => {
  test('a missing text: a clear message, no request', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${service.url}/compare.html`);
      await page.locator('#before').fill('Mayor Jo Roe said the bridge will close.');
      await page.locator('#compare').click();
      assert.equal(await waitForOutcome(page), 'error');
      assert.match(await page.locator('#message').innerText(), /Two texts are needed/);
    } finally {
      await page.close();
    }
  });

  test('a text over 200,000 characters: the service\'s problem is shown', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${service.url}/compare.html`);
      const huge = (exampleArticle(1) + '\n\n').repeat(45).slice(0, 200001);
      await page.locator('#before').evaluate((e, t) => { e.value = t; }, huge);
      await page.locator('#after').fill('Mayor Jo Roe said the bridge will close.');
      await page.locator('#compare').click();
      assert.equal(await waitForOutcome(page), 'error');
      assert.match(await page.locator('#message').innerText(), /Text too long[\s\S]*200001 characters/);
    } finally {
      await page.close();
    }
  });
});
