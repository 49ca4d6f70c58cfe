// A stand-in for the sayswho service that keeps to the API contract but labels by keywords.
// Only for working on the extension while the real service is not built (SAYSWHO_E2E_FAKE=1);
// the e2e suite runs against the real, packaged service.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION, STATIC } from './paths.js';

const RULES = [
  [/no such information|denied/i, 'DENIED'],
  [/did not (immediately )?respond|declined to comment/i, 'NO_COMMENT'],
  [/could not (say|provide)/i, 'COULD_NOT_SAY'],
  [/source/i, 'ANONYMOUS'],
  [/data showed|according to/i, 'DOCUMENTARY'],
  [/\bsaid\b|\bstated\b/i, 'NAMED'],
];

export function fakeAnalysis(text) {
  const claims = [];
  for (const m of text.matchAll(/[^.!?\n]+[.!?]+["”]?/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead, end = m.index + m[0].length;
    const sentence = text.slice(start, end);
    const label = (RULES.find(([re]) => re.test(sentence)) || [null, 'UNATTRIBUTED'])[1];
    const cue = sentence.match(/said|stated|told|respond|showed|according to/);
    claims.push({ id: `c${claims.length + 1}`, start, end, text: sentence, attribution: label, strength: 0.5,
      source: label === 'UNATTRIBUTED' ? null : { id: 's1', text: 'someone', start, end: start + 3, name: null, kind: 'PERSON' },
      cue: cue ? { text: cue[0], start: start + cue.index, end: start + cue.index + cue[0].length } : null,
      content: { start, end }, quote: 'NONE', flags: /had heard/.test(sentence) ? ['HEARSAY'] : [], rules: ['fake.keyword'] });
  }
  const counts = Object.fromEntries(['NAMED', 'ANONYMOUS', 'DENIED', 'COULD_NOT_SAY', 'NO_COMMENT', 'DOCUMENTARY', 'UNATTRIBUTED'].map((l) => [l, 0]));
  for (const c of claims) counts[c.attribution]++;
  const score = claims.length ? Math.round((100 * counts.NAMED) / claims.length) : 0;
  return { ruleset: { id: 'en', version: 'fake' }, claims,
    sources: [{ id: 's1', name: 'Someone', kind: 'PERSON', mentions: [{ start: 0, end: 3 }], claims: claims.filter((c) => c.source).map((c) => c.id) }],
    summary: { claims: claims.length, counts, score, weak: score < 50, reasons: ['fake service: keyword labels'] } };
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.txt': 'text/plain' };

export async function startFakeService() {
  const server = http.createServer(async (req, res) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'content-type', 'Access-Control-Allow-Methods': 'GET, POST' };
    const { pathname } = new URL(req.url, 'http://x');
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end(); }
    if (pathname === '/v1/analyze' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const problem = (status, title) => { res.writeHead(status, { ...cors, 'Content-Type': 'application/problem+json' }); res.end(JSON.stringify({ type: 'about:blank', title, status, detail: title })); };
      let text;
      try { text = JSON.parse(body).text; } catch (e) { return problem(400, 'Bad Request'); }
      if (typeof text !== 'string') return problem(400, 'Bad Request');
      if (text.length > 200000) return problem(413, 'Payload Too Large');
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(fakeAnalysis(text)));
    }
    if (pathname === '/q/health/ready') { res.writeHead(200); return res.end('{"status":"UP"}'); }
    const file = pathname.startsWith('/shared/') ? path.join(EXTENSION, pathname)
      : path.join(STATIC, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(EXTENSION) && !file.startsWith(STATIC)) { res.writeHead(403); return res.end(); }
    fs.readFile(file, (err, data) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(data);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  return { url: `http://127.0.0.1:${port}`, port, stop: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}
