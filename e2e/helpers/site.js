// A news site on loopback: the first example article inside realistic markup (site header, nav,
// links and emphasis inside sentences, wrapped source lines, an aside, a footer), and a page whose
// article is too long for the service.
import http from 'node:http';
import { exampleArticle } from './paths.js';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Inline markup put inside sentences, some of it splitting the very words the tests look for.
const INLINE = [
  [/Reuters/g, '<a href="https://www.reuters.com/">Reuters</a>'],
  ['President Nicolas Maduro', 'President <a href="/tag/maduro">Nicolas Maduro</a>'],
  ['Kremlin spokesman Dmitry Peskov', 'Kremlin spokesman <a href="/tag/peskov">Dmitry <strong>Peskov</strong></a>'],
  ['We have no such information', '<em>We have no such</em> information'],
  ['there was a contingent of them in Venezuela', 'there was a <em>contingent</em> of them in <a href="/tag/venezuela">Venezuela</a>'],
  ['did not immediately respond', 'did <em>not</em> immediately respond'],
  [/Wagner group/g, '<a href="/tag/wagner">Wagner group</a>'],
];

// Re-wraps text (never tags) the way hand-edited HTML looks: newlines and indentation every few words.
function wrapLines(html) {
  let spaces = 0;
  return html.split(/(<[^>]+>)/).map((part) => (part.startsWith('<') ? part
    : part.replace(/ /g, () => (++spaces % 7 === 0 ? '\n        ' : ' ')))).join('');
}

function paragraphHtml(p) {
  let html = esc(p);
  for (const [from, to] of INLINE) html = html.replace(from, to);
  return `      <p>${wrapLines(html)}</p>`;
}

function page(title, articleBody) {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${esc(title)} | EU Today</title>
  <style>
    body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }
    .site-header { background: #0d47a1; color: #fff; padding: 10px 24px; }
    .site-header nav a { color: #fff; margin-right: 14px; }
    .wrap { display: grid; grid-template-columns: minmax(0, 1fr) 240px; gap: 32px; max-width: 1100px; margin: 0 auto; padding: 0 24px; }
    .sidebar { font-size: 14px; border-left: 1px solid #ddd; padding-left: 16px; }
    .related { font-size: 14px; background: #f4f4f4; padding: 6px 10px; }
    footer { background: #eee; padding: 16px 24px; font-size: 14px; }
  </style>
</head>
<body>
  <header class="site-header">
    <div class="logo">EU Today</div>
    <nav aria-label="Sections">
      <a href="/">Home</a> <a href="/world">World</a> <a href="/defence">Defence</a>
      <a href="/opinion">Sources say: our opinion section</a> <a href="/contact">Contact</a>
    </nav>
  </header>
  <div class="wrap">
    <main>
${articleBody}
    </main>
    <aside class="sidebar">
      <h2>Most read</h2>
      <ul>
        <li><a href="/a">Officials said the summit would fail, sources claim</a></li>
        <li><a href="/b">Minister denied the report on Tuesday</a></li>
      </ul>
    </aside>
  </div>
  <footer>
    <p>© 2019 EU Today. Sources close to the editor said the newsletter is free.</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
  </footer>
</body>
</html>`;
}

export function articlePage() {
  const paragraphs = exampleArticle(1).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const [title, ...rest] = paragraphs;
  const end = rest.indexOf('Follow EU Today on Social media:');
  const body = [];
  for (const p of rest.slice(0, end)) {
    if (p === 'Russian Mercenaries Syria') {
      body.push(`      <figure><div class="photo" style="height:80px;background:#ccc"></div><figcaption>${esc(p)}</figcaption></figure>`);
    } else if (p === 'Trump backs Maduro rival amid massive protests') {
      body.push(`      <aside class="related">Read more: <a href="/trump">${esc(p)}</a></aside>`);
    } else {
      body.push(paragraphHtml(p));
    }
  }
  return page(title, `      <article>
        <header><h1>${esc(title)}</h1><p class="byline">By <a href="/author/gary">Gary Cartwright</a> · 25 January 2019</p></header>
${body.join('\n')}
        <div class="share">Follow EU Today on <a href="/social">Social media</a></div>
      </article>`);
}

/** The same story without an <article> element, under a comments section that must be left out. */
export function divArticlePage() {
  const html = articlePage()
    .replace('<article>', '<div class="story">')
    .replace('</article>', `</div>
      <div id="comments" class="comments">
        <h3>42 comments</h3>
        <p>Anonymous reader: my cousin said the whole story is made up and officials told him so on Tuesday.</p>
        <p>Another reader: sources close to me report that this website is excellent and well informed.</p>
      </div>`);
  return html;
}

/** An article whose text alone is over the service's 200,000-character limit. */
export function hugeArticlePage() {
  const paragraphs = exampleArticle(1).split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80);
  const out = [];
  let length = 0;
  for (let i = 0; length < 230000; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(`      <p>${esc(p)}</p>`);
    length += p.length + 2;
  }
  return page('A very long article', `      <article>\n        <h1>A very long article</h1>\n${out.join('\n')}\n      </article>`);
}

/** Serves the pages on a free loopback port: /article.html, /no-article.html, /huge.html. */
export async function startSite() {
  const pages = { '/article.html': articlePage(), '/no-article.html': divArticlePage(), '/huge.html': hugeArticlePage() };
  const server = http.createServer((req, res) => {
    const body = pages[new URL(req.url, 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body || 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, stop: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}
