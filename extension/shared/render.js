// Draws an analysis onto a page: claim highlights (CSS Custom Highlight API, else wrapped
// spans), the hover card, the summary with legend and sources, and error messages.
// Shared by the extension's content script and the demo page. Every string that comes from the
// service or the page goes in through textContent, never innerHTML.
(function (global) {
  'use strict';
  const SaysWho = (global.SaysWho = global.SaysWho || {});

  // Keep colours in step with highlights.css. Meanings mirror GET /v1/rulesets for offline use.
  const LABELS = [
    { id: 'NAMED', tone: 'quiet', colour: 'rgba(76, 175, 80, 0.18)',
      meaning: 'A person or body identified by name says it.' },
    { id: 'DOCUMENTARY', tone: 'quiet', colour: 'rgba(96, 125, 139, 0.20)',
      meaning: 'Records or data, not people: filings, contracts, flight-tracking data.' },
    { id: 'ANONYMOUS', tone: 'loud', colour: 'rgba(255, 145, 0, 0.55)',
      meaning: 'The people behind it are not identified.' },
    { id: 'UNATTRIBUTED', tone: 'loud', colour: 'rgba(255, 82, 82, 0.40)',
      meaning: 'The writer\'s own voice, with no source.' },
    { id: 'DENIED', tone: 'distinct', colour: 'rgba(171, 71, 188, 0.35)',
      meaning: 'The party concerned rejects the claim or answers without confirming it.' },
    { id: 'COULD_NOT_SAY', tone: 'distinct', colour: 'rgba(66, 165, 245, 0.35)',
      meaning: 'A source, or the writer, says what is not known or cannot be confirmed.' },
    { id: 'NO_COMMENT', tone: 'distinct', colour: 'rgba(158, 158, 158, 0.45)',
      meaning: 'The party asked did not answer or declined to comment.' },
  ];
  const HEARSAY_MEANING = 'Flag: the source repeats what they heard (wavy red underline).';
  const ACTIVE = 'sayswho-active';
  const HEARSAY = 'sayswho-hearsay';

  /** 'COULD_NOT_SAY' -> 'sayswho-could-not-say': the ::highlight() name and the fallback class. */
  function highlightName(label) {
    return 'sayswho-' + String(label).toLowerCase().replace(/_/g, '-');
  }

  const ALL_NAMES = LABELS.map((l) => highlightName(l.id)).concat([HEARSAY, ACTIVE]);

  function hasHighlightApi() {
    return typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';
  }

  /** Removes whatever an earlier run drew, so analysing twice does not stack highlights. */
  function clearHighlights(doc) {
    if (hasHighlightApi()) for (const name of ALL_NAMES) CSS.highlights.delete(name);
    for (const span of doc.querySelectorAll('span.sayswho-hl')) {
      const parent = span.parentNode;
      while (span.firstChild) parent.insertBefore(span.firstChild, span);
      parent.removeChild(span);
      parent.normalize();
    }
  }

  /**
   * Highlights each claim's text. Returns {items, claimAt(x, y), setActive(item)} where an item
   * is {claim, rects()}. With forceSpans the span fallback is used even where the API exists.
   */
  function applyHighlights(doc, map, claims, { forceSpans = false } = {}) {
    clearHighlights(doc);
    const items = [];
    for (const claim of claims) {
      const range = map.rangeFor(claim.start, claim.end);
      if (range) items.push({ claim, range });
    }
    const useApi = !forceSpans && hasHighlightApi();
    if (useApi) {
      const groups = new Map();
      for (const item of items) {
        const name = highlightName(item.claim.attribution);
        if (!groups.has(name)) groups.set(name, new Highlight());
        groups.get(name).add(item.range);
        if ((item.claim.flags || []).includes('HEARSAY')) {
          if (!groups.has(HEARSAY)) groups.set(HEARSAY, new Highlight());
          groups.get(HEARSAY).add(item.range);
        }
        item.rects = () => [...item.range.getClientRects()];
      }
      for (const [name, h] of groups) {
        h.priority = name === HEARSAY ? 1 : 0;
        CSS.highlights.set(name, h);
      }
    } else {
      // Wrap from the last claim back, so splitting text nodes never moves an earlier range.
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        const classes = ['sayswho-hl', highlightName(item.claim.attribution)];
        if ((item.claim.flags || []).includes('HEARSAY')) classes.push(HEARSAY);
        item.spans = wrapRange(doc, item.range, classes, item.claim);
        item.rects = () => item.spans.flatMap((s) => [...s.getClientRects()]);
      }
    }

    function claimAt(x, y) {
      for (const item of items) {
        for (const r of item.rects()) {
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return item;
        }
      }
      return null;
    }

    function setActive(item) {
      if (useApi) {
        if (item) CSS.highlights.set(ACTIVE, Object.assign(new Highlight(item.range), { priority: 2 }));
        else CSS.highlights.delete(ACTIVE);
      } else {
        for (const s of doc.querySelectorAll('span.' + ACTIVE)) s.classList.remove(ACTIVE);
        if (item) for (const s of item.spans) s.classList.add(ACTIVE);
      }
    }

    return { items, claimAt, setActive, mode: useApi ? 'highlight-api' : 'spans' };
  }

  // Wraps each non-blank text-node piece of range in a span, last piece first.
  function wrapRange(doc, range, classes, claim) {
    const pieces = [];
    const root = range.commonAncestorContainer;
    const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode : root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) continue;
      const a = n === range.startContainer ? range.startOffset : 0;
      const b = n === range.endContainer ? range.endOffset : n.data.length;
      if (b > a && /\S/.test(n.data.slice(a, b))) pieces.push({ n, a, b });
    }
    const spans = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const { n, a, b } = pieces[i];
      if (b < n.data.length) n.splitText(b);
      const middle = a > 0 ? n.splitText(a) : n;
      const span = doc.createElement('span');
      span.className = classes.join(' ');
      span.dataset.sayswhoClaim = claim.id;
      span.dataset.sayswhoLabel = claim.attribution;
      middle.parentNode.insertBefore(span, middle);
      span.appendChild(middle);
      spans.unshift(span);
    }
    return spans;
  }

  // --- DOM building helpers -------------------------------------------------------------

  function el(doc, tag, className, text) {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    if (text != null) e.textContent = String(text);
    return e;
  }

  function chip(doc, label) {
    const c = el(doc, 'span', 'sw-chip');
    const def = LABELS.find((l) => l.id === label);
    if (def) c.style.background = def.colour;
    else if (label === 'HEARSAY') c.classList.add('sw-chip-hearsay');
    return c;
  }

  function sourceText(claim) {
    const s = claim.source;
    if (!s) return 'none';
    const who = s.name || s.text;
    return s.kind ? `${who} (${s.kind.toLowerCase()})` : who;
  }

  /** The hover card's content for one claim. */
  function cardContent(doc, claim) {
    const box = el(doc, 'div', 'sw-card-body');
    const head = el(doc, 'div', 'sw-card-label');
    head.append(chip(doc, claim.attribution), el(doc, 'strong', null, claim.attribution));
    box.append(head);
    const rows = [
      ['Source', sourceText(claim)],
      ['Cue', claim.cue ? `“${claim.cue.text}”` : 'none'],
      ['Strength', typeof claim.strength === 'number' ? claim.strength.toFixed(2) : '?'],
    ];
    if (claim.flags && claim.flags.length) rows.push(['Flags', claim.flags.join(', ')]);
    rows.push(['Rules', (claim.rules || []).join(', ') || 'none']);
    const dl = el(doc, 'dl', 'sw-card-rows');
    for (const [k, v] of rows) {
      dl.append(el(doc, 'dt', null, k), el(doc, 'dd', 'sw-card-' + k.toLowerCase(), v));
    }
    box.append(dl);
    return box;
  }

  /** Score, weak or not, reasons, counts with the colour legend, and the sources table. */
  function summaryElement(doc, analysis, { meanings } = {}) {
    const s = analysis.summary || {};
    const root = el(doc, 'div', 'sw-summary');
    const score = el(doc, 'div', 'sw-score');
    score.append(el(doc, 'span', 'sw-score-value', s.score), el(doc, 'span', 'sw-score-max', '/100'));
    const verdict = el(doc, 'span', 'sw-verdict ' + (s.weak ? 'sw-weak' : 'sw-strong'),
      s.weak ? 'Weakly sourced' : 'Well sourced');
    score.append(verdict);
    root.append(score);
    if (s.reasons && s.reasons.length) {
      const ul = el(doc, 'ul', 'sw-reasons');
      for (const r of s.reasons) ul.append(el(doc, 'li', null, r));
      root.append(ul);
    }

    root.append(el(doc, 'h3', null, `Claims (${s.claims != null ? s.claims : analysis.claims.length})`));
    const counts = el(doc, 'table', 'sw-counts');
    const hearsay = analysis.claims.filter((c) => (c.flags || []).includes('HEARSAY')).length;
    const legend = LABELS.map((l) => [l.id, (s.counts || {})[l.id] || 0, (meanings && meanings[l.id]) || l.meaning])
      .concat([['HEARSAY', hearsay, HEARSAY_MEANING]]);
    for (const [id, n, meaning] of legend) {
      const tr = el(doc, 'tr');
      tr.dataset.label = id;
      const name = el(doc, 'td', 'sw-count-label');
      name.append(chip(doc, id), el(doc, 'span', null, id));
      tr.append(name, el(doc, 'td', 'sw-count-n', n), el(doc, 'td', 'sw-count-meaning', meaning));
      counts.append(tr);
    }
    root.append(counts);

    const sources = analysis.sources || [];
    root.append(el(doc, 'h3', null, `Sources (${sources.length})`));
    if (sources.length) {
      const table = el(doc, 'table', 'sw-sources');
      const head = el(doc, 'tr');
      for (const h of ['Source', 'Kind', 'Claims', 'Mentions']) head.append(el(doc, 'th', null, h));
      table.append(head);
      for (const src of sources) {
        const tr = el(doc, 'tr');
        tr.append(el(doc, 'td', null, src.name || src.id), el(doc, 'td', null, (src.kind || '').toLowerCase()),
          el(doc, 'td', null, (src.claims || []).length), el(doc, 'td', null, (src.mentions || []).length));
        table.append(tr);
      }
      root.append(table);
    } else {
      root.append(el(doc, 'p', 'sw-none', 'No sources named or described.'));
    }
    return root;
  }

  /** A clear, dismissable message: {title, detail}. */
  function messageElement(doc, { title, detail }, onClose) {
    const box = el(doc, 'div', 'sw-message');
    box.setAttribute('role', 'alert');
    box.append(el(doc, 'strong', 'sw-message-title', title));
    if (detail) box.append(el(doc, 'div', 'sw-message-detail', detail));
    if (onClose) {
      const x = el(doc, 'button', 'sw-close', '×');
      x.setAttribute('aria-label', 'Dismiss');
      x.addEventListener('click', onClose);
      box.append(x);
    }
    return box;
  }

  /**
   * Shows the card for the claim under the pointer. card is an element placed with
   * position: fixed; hover is the handle applyHighlights returned.
   */
  function attachHover(doc, hover, card) {
    let current = null, frame = 0, last = null;
    function update() {
      frame = 0;
      const item = hover.claimAt(last.clientX, last.clientY);
      if (item !== current) {
        current = item;
        hover.setActive(item);
        card.replaceChildren();
        if (item) {
          card.append(cardContent(doc, item.claim));
          card.dataset.claim = item.claim.id;
        } else delete card.dataset.claim;
        card.hidden = !item;
      }
      if (item) place(card, last.clientX, last.clientY);
    }
    function onMove(e) {
      last = e;
      if (!frame) frame = requestAnimationFrame(update);
    }
    doc.addEventListener('mousemove', onMove, { passive: true });
    return () => {
      doc.removeEventListener('mousemove', onMove);
      hover.setActive(null);
      card.hidden = true;
    };
  }

  // Beside the pointer, flipped to stay inside the viewport.
  function place(card, x, y) {
    const w = card.offsetWidth, h = card.offsetHeight;
    const vw = card.ownerDocument.documentElement.clientWidth, vh = card.ownerDocument.documentElement.clientHeight;
    card.style.left = Math.max(4, x + 16 + w > vw ? x - 16 - w : x + 16) + 'px';
    card.style.top = Math.max(4, y + 16 + h > vh ? y - 16 - h : y + 16) + 'px';
  }

  // Styles of the card, summary and messages (not the highlights: see highlights.css).
  const UI_CSS = `
.sw-card { position: fixed; z-index: 2147483647; max-width: 340px; background: #fff; color: #222;
  border: 1px solid #bbb; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 8px 10px;
  font: 13px/1.4 system-ui, sans-serif; pointer-events: none; }
.sw-card[hidden] { display: none; }
.sw-card-label { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.sw-card-rows { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin: 0; }
.sw-card-rows dt { color: #666; } .sw-card-rows dd { margin: 0; overflow-wrap: anywhere; }
.sw-chip { display: inline-block; width: 12px; height: 12px; border-radius: 3px; border: 1px solid rgba(0,0,0,.25);
  vertical-align: middle; flex: none; }
.sw-chip-hearsay { background: repeating-linear-gradient(135deg, #d32f2f 0 2px, #fff 2px 4px); }
.sw-summary { font: 13px/1.4 system-ui, sans-serif; color: #222; }
.sw-summary h3 { font-size: 13px; margin: 10px 0 4px; }
.sw-score { display: flex; align-items: baseline; gap: 6px; }
.sw-score-value { font-size: 28px; font-weight: 700; } .sw-score-max { color: #666; }
.sw-verdict { margin-left: auto; padding: 2px 8px; border-radius: 10px; font-weight: 600; color: #fff; }
.sw-weak { background: #c62828; } .sw-strong { background: #2e7d32; }
.sw-reasons { margin: 6px 0; padding-left: 18px; }
.sw-counts, .sw-sources { border-collapse: collapse; width: 100%; }
.sw-counts td, .sw-sources td, .sw-sources th { padding: 2px 4px; border-bottom: 1px solid #eee; text-align: left;
  vertical-align: top; }
.sw-count-label { white-space: nowrap; } .sw-count-label .sw-chip { margin-right: 4px; }
.sw-count-n { text-align: right; font-weight: 600; } .sw-count-meaning { color: #555; font-size: 12px; }
.sw-message { position: relative; background: #fff3f3; color: #5d1010; border: 1px solid #e57373;
  border-left: 6px solid #c62828; border-radius: 6px; padding: 10px 34px 10px 12px;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.sw-message-title { display: block; } .sw-message-detail { margin-top: 4px; }
.sw-close { position: absolute; top: 4px; right: 6px; border: 0; background: none; font-size: 18px;
  cursor: pointer; color: inherit; }
`;

  SaysWho.LABELS = LABELS;
  SaysWho.UI_CSS = UI_CSS;
  SaysWho.highlightName = highlightName;
  SaysWho.hasHighlightApi = hasHighlightApi;
  SaysWho.clearHighlights = clearHighlights;
  SaysWho.applyHighlights = applyHighlights;
  SaysWho.cardContent = cardContent;
  SaysWho.summaryElement = summaryElement;
  SaysWho.messageElement = messageElement;
  SaysWho.attachHover = attachHover;
})(globalThis);
