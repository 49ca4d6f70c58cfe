// The compare view: two versions of one story go to POST v1/compare as they are; each is drawn as
// one text with its claims as spans (claims never overlap), linked to their counterparts on hover.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const KINDS = {
    LABEL_CHANGED: (c) => `label ${words(c.from)} → ${words(c.to)}`,
    SOURCE_CHANGED: () => 'another source',
    QUOTE_ADDED: () => 'quotation put in the source’s mouth',
    QUOTE_REMOVED: () => 'quotation turned into paraphrase',
    QUOTE_ALTERED: () => 'quoted words altered',
    HEDGE_ADDED: () => 'hedge added',
    HEDGE_DROPPED: () => 'hedge dropped',
    HEARSAY_ADDED: () => 'hearsay added',
    HEARSAY_DROPPED: () => 'hearsay dropped',
    SECONDHAND_ADDED: () => 'second-hand relay added',
    SECONDHAND_DROPPED: () => 'second-hand relay dropped',
  };
  const words = (label) => String(label || '').toLowerCase().replace(/_/g, ' ');
  const kindInWords = (change) => (KINDS[change.kind] || (() => change.kind))(change);
  const sides = ['before', 'after'];

  function setState(state) {
    document.documentElement.dataset.sayswho = state;
  }

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = text;
    return e;
  }

  $('examples').addEventListener('click', async () => {
    const [a, b] = await Promise.all(['examples/article-1.txt', 'examples/article-2.txt']
      .map((u) => fetch(u).then((r) => (r.ok ? r.text() : ''))));
    $('before').value = a;
    $('after').value = b;
    showEditors();
  });

  function showEditors() {
    for (const side of sides) {
      $(side).hidden = false;
      $(`${side}-view`).hidden = true;
      $(`${side}-view`).replaceChildren();
    }
    $('edit').hidden = true;
    $('pair').textContent = '';
  }
  $('edit').addEventListener('click', showEditors);

  function showMessage(title, detail) {
    const box = el('div', 'sw-message');
    box.append(el('strong', null, title), el('p', null, detail || ''));
    $('message').replaceChildren(box);
  }

  $('compare').addEventListener('click', async () => {
    const before = $('before').value;
    const after = $('after').value;
    $('message').replaceChildren();
    if (!before.trim() || !after.trim()) {
      showMessage('Two texts are needed.', 'Paste the earlier version on the left and the later one on the right.');
      return setState('error');
    }
    setState('running');
    $('compare').disabled = true;
    let reply;
    try {
      const r = await fetch('v1/compare', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        body: JSON.stringify({ before: { text: before }, after: { text: after } }),
      });
      const body = await r.json().catch(() => null);
      reply = r.ok && body && Array.isArray(body.alignment) ? { ok: true, body }
        : { ok: false, title: (body && body.title) || `The service answered ${r.status}.`, detail: body && body.detail };
    } catch (e) {
      reply = { ok: false, title: 'The sayswho service could not be reached.', detail: String(e.message || e) };
    }
    $('compare').disabled = false;
    if (!reply.ok) {
      showMessage(reply.title, reply.detail);
      return setState('error');
    }
    draw({ before, after }, reply.body);
    setState('done');
  });

  /** Which rows each claim stands in, per side. */
  function rowsByClaim(alignment) {
    const by = { before: new Map(), after: new Map() };
    alignment.forEach((row, i) => {
      for (const side of sides) {
        if (row[side]) by[side].set(row[side], [...(by[side].get(row[side]) || []), i]);
      }
    });
    return by;
  }

  function draw(texts, cmp) {
    const by = rowsByClaim(cmp.alignment);
    const spans = { before: new Map(), after: new Map() };
    for (const side of sides) {
      const other = side === 'before' ? 'after' : 'before';
      const view = $(`${side}-view`);
      const text = texts[side];
      let at = 0;
      const parts = [];
      for (const claim of cmp[side].claims) {
        if (claim.start > at) parts.push(document.createTextNode(text.slice(at, claim.start)));
        const rows = (by[side].get(claim.id) || []).map((i) => cmp.alignment[i]);
        const alone = rows.length > 0 && rows.every((r) => r[other] == null);
        const changes = rows.flatMap((r) => r.changes || []);
        const span = el('span', 'cmp-claim', text.slice(claim.start, claim.end));
        span.dataset.id = claim.id;
        span.dataset.side = side;
        span.title = `${claim.id}: ${claim.attribution}`;
        if (alone) span.classList.add(side === 'before' ? 'cmp-dropped' : 'cmp-added');
        else if (side === 'after' && changes.length) span.classList.add('cmp-changed');
        else span.classList.add('cmp-same');
        parts.push(span);
        if (side === 'after' && changes.length && !alone) {
          const kinds = [...new Set(changes.map(kindInWords))];
          const badge = el('span', 'cmp-kinds', kinds.join(' · '));
          badge.dataset.for = claim.id;
          badge.title = changes.map((c) => c.detail).join('\n');
          parts.push(badge);
        }
        spans[side].set(claim.id, span);
        at = claim.end;
      }
      if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
      view.replaceChildren(...parts);
      view.hidden = false;
      $(side).hidden = true;
    }
    $('edit').hidden = false;
    linkOnHover(cmp, by, spans);
    drawSummary(cmp.summary);
  }

  function linkOnHover(cmp, by, spans) {
    const clear = () => document.querySelectorAll('.cmp-linked').forEach((s) => s.classList.remove('cmp-linked'));
    for (const side of sides) {
      const other = side === 'before' ? 'after' : 'before';
      for (const [id, span] of spans[side]) {
        span.addEventListener('mouseenter', () => {
          clear();
          span.classList.add('cmp-linked');
          const rows = (by[side].get(id) || []).map((i) => cmp.alignment[i]);
          const partners = rows.map((r) => r[other]).filter(Boolean);
          partners.forEach((p) => spans[other].get(p)?.classList.add('cmp-linked'));
          const changes = rows.flatMap((r) => r.changes || []);
          $('pair').textContent = partners.length
            ? `${side} ${id} ↔ ${other} ${partners.join(', ')}: ` + (changes.length
              ? changes.map((c) => `${kindInWords(c)} (${c.detail})`).join('; ') : 'sourced the same way')
            : `${side} ${id}: ${side === 'before' ? 'dropped in the rewrite' : 'added in the rewrite'}`;
        });
        span.addEventListener('mouseleave', clear);
      }
    }
  }

  function drawSummary(s) {
    const box = $('summary');
    const head = el('p');
    const drift = el('span', 'cmp-drift', String(s.drift));
    drift.id = 'drift';
    head.append(drift, document.createTextNode(' of 100 drift'),
      el('span', 'cmp-verdict' + (s.weakened ? ' weak' : ''), s.weakened ? 'Sourcing weakened' : 'Sourcing not weakened'));
    const counts = el('p', 'cmp-counts',
      `${s.aligned} aligned (${s.changed} changed) · ${s.dropped} dropped · ${s.added} added`);
    const reasons = el('ul', 'cmp-reasons');
    s.reasons.forEach((r) => reasons.append(el('li', null, r)));
    box.replaceChildren(head, counts, reasons);
  }
})();
