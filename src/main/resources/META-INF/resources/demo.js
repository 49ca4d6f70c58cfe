// The demo page: the article text goes to the service as is (no normalising), is shown as one
// text node, and is drawn with the extension's own shared code (textmap, api, render).
(function () {
  'use strict';
  const S = window.SaysWho;
  const $ = (id) => document.getElementById(id);
  const textArea = $('text'), article = $('article'), summary = $('summary'), message = $('message');
  const analyzeButton = $('analyze'), editButton = $('edit'), card = $('card');
  // ?highlight=spans shows the fallback used where the CSS Custom Highlight API is missing.
  const forceSpans = new URLSearchParams(location.search).get('highlight') === 'spans';
  let detachHover = null;
  let meanings = null;

  const style = document.createElement('style');
  style.textContent = S.UI_CSS;
  document.head.append(style);

  function setState(state) {
    document.documentElement.dataset.sayswho = state;
  }

  // Label meanings for the legend from the service's rule set, when it has them.
  fetch('v1/rulesets').then((r) => (r.ok ? r.json() : null)).then((body) => {
    const sets = Array.isArray(body) ? body : body && (body.rulesets || [body]);
    const labels = sets && sets[0] && sets[0].labels;
    if (Array.isArray(labels)) meanings = Object.fromEntries(labels.map((l) => [l.label, l.meaning]));
  }).catch(() => {});

  $('example').addEventListener('change', async (e) => {
    if (!e.target.value) return;
    const r = await fetch(e.target.value);
    textArea.value = r.ok ? await r.text() : '';
    showEditor();
  });

  function showEditor() {
    if (detachHover) detachHover();
    detachHover = null;
    S.clearHighlights(document);
    article.hidden = true;
    article.replaceChildren();
    textArea.hidden = false;
    editButton.hidden = true;
  }
  editButton.addEventListener('click', showEditor);

  function showMessage(error, length) {
    message.replaceChildren(S.messageElement(document, S.describeError(error, location.origin, length),
      () => message.replaceChildren()));
  }

  analyzeButton.addEventListener('click', async () => {
    const text = textArea.value;
    message.replaceChildren();
    if (!text.trim()) {
      showMessage({ kind: 'empty' }, 0);
      return setState('error');
    }
    setState('running');
    analyzeButton.disabled = true;
    const reply = await S.analyze('', text);
    analyzeButton.disabled = false;
    if (!reply.ok) {
      showMessage(reply.error, text.length);
      return setState('error');
    }
    showEditor();
    const node = document.createTextNode(text);
    article.replaceChildren(node);
    article.hidden = false;
    textArea.hidden = true;
    editButton.hidden = false;
    const hover = S.applyHighlights(document, S.mapOfTextNode(node), reply.analysis.claims, { forceSpans });
    detachHover = S.attachHover(document, hover, card);
    summary.replaceChildren(S.summaryElement(document, reply.analysis, { meanings }));
    article.dataset.mode = hover.mode;
    setState('done');
  });
})();
