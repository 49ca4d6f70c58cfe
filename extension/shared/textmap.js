// Finds an article's main text in a page and builds the exact string sent to the service,
// with a map from every UTF-16 index of that string back to a DOM (text node, offset).
//
// Shared by the extension's content script and the demo page, so it is a plain script that
// adds to a global namespace: MV3 injects content scripts as classic scripts, not modules.
(function (global) {
  'use strict';
  const SaysWho = (global.SaysWho = global.SaysWho || {});

  // Elements that start a new paragraph in the text we send ("\n\n" between them).
  const BLOCK = new Set(('address article blockquote dd details div dl dt figcaption figure h1 h2 h3 ' +
    'h4 h5 h6 header hr li main ol p pre section summary table tbody td th thead tr ul').split(' '));
  // Never article text, wherever they stand.
  const SKIP = new Set(('script style noscript template iframe svg canvas math textarea select ' +
    'button input form nav aside footer video audio object embed img picture').split(' '));
  const SKIP_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search']);
  const COMMENTS = /(^|[\s_-])(comments?|disqus|replies|respond)([\s_-]|$)/i;
  // Page chrome when looking for the densest block; a <header> inside an <article> is kept
  // because it usually holds the headline.
  const CHROME_SELECTOR = 'nav, header, footer, aside, [role=navigation], [role=banner], ' +
    '[role=contentinfo], [role=complementary]';

  function isComments(el) {
    const cls = typeof el.className === 'string' ? el.className : '';
    return COMMENTS.test(el.id || '') || COMMENTS.test(cls);
  }

  function isSkipped(el) {
    if (SKIP.has(el.localName)) return true;
    if (SKIP_ROLES.has(el.getAttribute('role'))) return true;
    if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
    if (isComments(el)) return true;
    // Text a person cannot see is not what they read; checkVisibility is cheap after one layout.
    return typeof el.checkVisibility === 'function' && !el.checkVisibility();
  }

  function insideChrome(el) {
    for (let e = el; e; e = e.parentElement) {
      if (e.matches(CHROME_SELECTOR) || isComments(e)) return true;
    }
    return false;
  }

  /** The <article> with the most text, else the block holding the most paragraph text. */
  function findArticleRoot(doc) {
    const articles = [...doc.querySelectorAll('article')].filter((a) => !insideChrome(a.parentElement));
    if (articles.length) {
      return articles.reduce((best, a) => (a.textContent.length > best.textContent.length ? a : best));
    }
    return densestBlock(doc) || doc.querySelector('main, [role=main]') || doc.body;
  }

  // Readability-style: each paragraph credits its length, less its link text, to its parent in
  // full and to its grandparent in half; the best-credited element wins.
  function densestBlock(doc) {
    const score = new Map();
    for (const p of doc.body.querySelectorAll('p, pre, blockquote, li, td')) {
      if (insideChrome(p)) continue;
      let len = p.textContent.replace(/\s+/g, ' ').trim().length;
      for (const a of p.querySelectorAll('a')) len -= a.textContent.length;
      if (len < 25) continue;
      const parent = p.parentElement;
      if (parent) score.set(parent, (score.get(parent) || 0) + len);
      if (parent && parent.parentElement) {
        score.set(parent.parentElement, (score.get(parent.parentElement) || 0) + len / 2);
      }
    }
    let best = null;
    for (const [el, s] of score) if (!best || s > score.get(best)) best = el;
    return best;
  }

  const NONE = 0, SPACE = 1, LINE = 2, PARAGRAPH = 3;

  /**
   * Walks the text nodes under root and returns {text, locate, rangeFor}.
   * Runs of whitespace become one space, mapped to the first whitespace character of the run;
   * block boundaries become "\n\n" and <br> "\n", which have no DOM position of their own.
   */
  function buildTextMap(root) {
    const parts = [];
    const nodes = []; // text nodes, referenced by index from nodeAt
    const nodeAt = []; // per UTF-16 index: index into nodes, or -1 for a synthetic break
    const offsetAt = []; // per UTF-16 index: offset in that text node
    let length = 0;
    let pending = NONE;
    let spaceNode = -1, spaceOffset = 0;

    function push(ch, n, off) {
      parts.push(ch);
      nodeAt.push(n);
      offsetAt.push(off);
      length++;
    }

    function flushPending() {
      if (length > 0) {
        if (pending === SPACE) push(' ', spaceNode, spaceOffset);
        else if (pending === LINE) push('\n', -1, 0);
        else if (pending === PARAGRAPH) { push('\n', -1, 0); push('\n', -1, 0); }
      }
      pending = NONE;
    }

    function visitText(node) {
      const data = node.data;
      let n = -1;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i];
        if (n < 0) { n = nodes.length; nodes.push(node); }
        if (/\s/.test(ch)) {
          if (pending === NONE) { pending = SPACE; spaceNode = n; spaceOffset = i; }
          continue;
        }
        if (pending !== NONE) flushPending();
        push(ch, n, i);
      }
    }

    function visit(el) {
      for (let child = el.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) visitText(child);
        else if (child.nodeType === 1) {
          const name = child.localName;
          if (name === 'br') { pending = Math.max(pending, LINE); continue; }
          if (isSkipped(child)) continue;
          const block = BLOCK.has(name);
          if (block) pending = Math.max(pending, PARAGRAPH);
          visit(child);
          if (block) pending = Math.max(pending, PARAGRAPH);
        }
      }
    }

    visit(root);
    return makeMap(parts.join(''), nodes, Int32Array.from(nodeAt), Int32Array.from(offsetAt));
  }

  /** The map for text shown as one text node as is (the demo page): index i is offset i. */
  function mapOfTextNode(node) {
    const n = node.data.length;
    const offsets = new Int32Array(n);
    for (let i = 0; i < n; i++) offsets[i] = i;
    return makeMap(node.data, [node], new Int32Array(n), offsets);
  }

  function makeMap(text, nodes, nodeAt, offsetAt) {
    /** {node, offset} of the character at UTF-16 index i, or null for a synthetic break. */
    function locate(i) {
      if (i < 0 || i >= text.length || nodeAt[i] < 0) return null;
      return { node: nodes[nodeAt[i]], offset: offsetAt[i] };
    }

    /** A DOM Range over text[start, end), trimmed of synthetic breaks at its edges; null if empty. */
    function rangeFor(start, end) {
      let s = Math.max(0, start), e = Math.min(text.length, end) - 1;
      while (s <= e && nodeAt[s] < 0) s++;
      while (e >= s && nodeAt[e] < 0) e--;
      if (s > e) return null;
      const first = locate(s), last = locate(e);
      const range = first.node.ownerDocument.createRange();
      range.setStart(first.node, first.offset);
      // End exclusive: just after the last character, inside its own text node, so the range
      // never reaches into the next node's markup.
      range.setEnd(last.node, last.offset + 1);
      return range;
    }

    return { text, locate, rangeFor };
  }

  SaysWho.findArticleRoot = findArticleRoot;
  SaysWho.buildTextMap = buildTextMap;
  SaysWho.mapOfTextNode = mapOfTextNode;
})(globalThis);
