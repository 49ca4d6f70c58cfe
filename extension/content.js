// Runs in the page (isolated world) each time it is injected: after the toolbar button, or on
// page load for sites the person allowed. Needs shared/textmap.js, api.js and render.js first.
// The service is called by the worker, not from here: the page's CORS would bind a fetch here.
(function () {
  'use strict';
  const S = globalThis.SaysWho;
  const HOST_ID = 'sayswho-ui-host';

  // The card, panel and messages live in a shadow root so the page's CSS cannot reach them.
  function ui() {
    let host = document.getElementById(HOST_ID);
    if (!host) {
      host = document.createElement('div');
      host.id = HOST_ID;
      host.style.cssText = 'all: initial; position: static;';
      const shadow = host.attachShadow({ mode: 'open' });
      try {
        const sheet = new CSSStyleSheet(); // constructed sheets are not blocked by a page's CSP
        sheet.replaceSync(S.UI_CSS + PANEL_CSS);
        shadow.adoptedStyleSheets = [sheet];
      } catch (e) {
        const style = document.createElement('style');
        style.textContent = S.UI_CSS + PANEL_CSS;
        shadow.append(style);
      }
      const card = document.createElement('div');
      card.className = 'sw-card';
      card.hidden = true;
      const dock = document.createElement('div');
      dock.className = 'sw-dock';
      shadow.append(card, dock);
      document.documentElement.append(host);
    }
    const shadow = host.shadowRoot;
    return { card: shadow.querySelector('.sw-card'), dock: shadow.querySelector('.sw-dock') };
  }

  const PANEL_CSS = `
.sw-dock { position: fixed; z-index: 2147483646; top: 12px; right: 12px; width: 360px;
  max-width: calc(100vw - 24px); display: flex; flex-direction: column; gap: 8px; }
.sw-panel { position: relative; background: #fff; border: 1px solid #bbb; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); padding: 10px 12px; max-height: 70vh; overflow: auto; }
.sw-panel-title { font: 600 12px system-ui, sans-serif; color: #666; text-transform: uppercase;
  letter-spacing: .05em; margin-bottom: 4px; }
.sw-status { background: #fff; border: 1px solid #bbb; border-radius: 8px; padding: 8px 12px;
  font: 13px system-ui, sans-serif; color: #333; }
`;

  function setState(state) {
    document.documentElement.dataset.sayswho = state; // lets tests and page scripts see progress
  }

  function showInDock(element) {
    const { dock } = ui();
    dock.replaceChildren(element);
  }

  function showError(error, base, textLength) {
    const message = S.messageElement(document, S.describeError(error, base, textLength), () => {
      ui().dock.replaceChildren();
    });
    showInDock(message);
    setState('error');
  }

  function showPanel(analysis) {
    const panel = document.createElement('section');
    panel.className = 'sw-panel';
    panel.setAttribute('aria-label', 'sayswho sourcing summary');
    const title = document.createElement('div');
    title.className = 'sw-panel-title';
    title.textContent = 'sayswho — how this article is sourced';
    const close = document.createElement('button');
    close.className = 'sw-close';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => panel.remove());
    panel.append(title, close, S.summaryElement(document, analysis));
    showInDock(panel);
  }

  async function run() {
    if (S.detachHover) S.detachHover();
    S.clearHighlights(document);
    setState('running');
    const status = document.createElement('div');
    status.className = 'sw-status';
    status.textContent = 'sayswho: analysing this article…';
    showInDock(status);

    const map = S.buildTextMap(S.findArticleRoot(document));
    if (!map.text.trim()) return showError({ kind: 'empty' }, '', 0);

    let reply;
    try {
      reply = await chrome.runtime.sendMessage({ type: 'sayswho:analyze', text: map.text });
    } catch (e) {
      reply = { ok: false, error: { kind: 'http', status: 0, title: 'extension error', detail: String(e) } };
    }
    if (!reply || !reply.ok) {
      return showError(reply ? reply.error : { kind: 'http', status: 0 }, reply && reply.base, map.text.length);
    }
    const hover = S.applyHighlights(document, map, reply.analysis.claims);
    S.detachHover = S.attachHover(document, hover, ui().card);
    showPanel(reply.analysis);
    setState('done');
  }

  // A promise as the script's value: scripting.executeScript waits for it to settle.
  return run().catch((e) => {
    showError({ kind: 'http', status: 0, title: 'unexpected error', detail: String(e) }, '', 0);
  });
})();
