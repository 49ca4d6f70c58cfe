// Calls POST {base}/v1/analyze and turns every way it can go wrong into one error shape that
// the page can show a person. Shared by the extension's service worker (content scripts are
// bound by the page's CORS, the worker is not) and the demo page (same origin, base '').
(function (global) {
  'use strict';
  const SaysWho = (global.SaysWho = global.SaysWho || {});
  const MAX_CHARS = 200000; // the service's limit; over it the service answers 413

  /** Resolves to {ok: true, analysis} or {ok: false, error: {kind, status, title, detail}}. */
  async function analyze(base, text, { timeoutMs = 60000 } = {}) {
    const url = String(base || '').replace(/\/+$/, '') + '/v1/analyze';
    let response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        body: JSON.stringify({ text }),
        signal: AbortSignal.timeout(timeoutMs),
        credentials: 'omit', // the service needs no cookies, and the page's are none of its business
      });
    } catch (e) {
      const timedOut = e && e.name === 'TimeoutError';
      return fail(timedOut ? 'timeout' : 'unreachable', 0, '', String((e && e.message) || e));
    }
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      // A proxy's HTML error page, an empty body: reported below by status.
    }
    if (response.ok) {
      if (!body || !Array.isArray(body.claims) || !body.summary) {
        return fail('bad-reply', response.status, '', 'The service answered, but not with an analysis.');
      }
      return { ok: true, analysis: body };
    }
    const problem = body && typeof body === 'object' ? body : {};
    const kind = response.status === 413 ? 'too-large' : 'http';
    return fail(kind, response.status, problem.title || response.statusText || '', problem.detail || '');
  }

  function fail(kind, status, title, detail) {
    return { ok: false, error: { kind, status, title, detail } };
  }

  /** What to tell a person: {title, detail}; textLength is what was sent, when known. */
  function describeError(error, base, textLength) {
    const where = base || 'this site';
    switch (error.kind) {
      case 'unreachable':
        return {
          title: 'The sayswho service could not be reached.',
          detail: `Nothing answered at ${where}. Is the service running? ` +
            'You can change its address in the extension\'s options.',
        };
      case 'timeout':
        return { title: 'The sayswho service took too long to answer.', detail: `No answer from ${where}.` };
      case 'too-large':
        return {
          title: 'This article is too long to analyze.',
          detail: `The service takes up to ${MAX_CHARS.toLocaleString('en')} characters` +
            (textLength ? `; this text has ${textLength.toLocaleString('en')}.` : '.'),
        };
      case 'empty':
        return { title: 'No article text found on this page.', detail: 'sayswho found nothing to analyze here.' };
      case 'bad-reply':
        return { title: 'The sayswho service gave an answer it could not read.', detail: error.detail };
      default:
        return {
          title: `The sayswho service answered with an error (${error.status}${error.title ? ' ' + error.title : ''}).`,
          detail: error.detail || '',
        };
    }
  }

  SaysWho.MAX_CHARS = MAX_CHARS;
  SaysWho.analyze = analyze;
  SaysWho.describeError = describeError;
})(globalThis);
