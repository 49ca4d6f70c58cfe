// The extension's worker: runs the analysis when the toolbar button is clicked, calls the service
// for the content script, sets the badge, and keeps the automatic-run content script in step with
// the sites the person allowed in the options page.
// Chromium loads this as a service worker; Firefox as a background script after shared/api.js.
if (typeof importScripts === 'function' && !(self.SaysWho && self.SaysWho.analyze)) {
  importScripts('shared/api.js');
}

const DEFAULT_SERVICE_URL = 'http://localhost:8080';
const CONTENT_JS = ['shared/textmap.js', 'shared/api.js', 'shared/render.js', 'content.js'];
const CONTENT_CSS = ['shared/highlights.css'];
const AUTO_SCRIPT_ID = 'sayswho-auto';

async function serviceUrl() {
  const { serviceUrl } = await chrome.storage.local.get('serviceUrl');
  return (serviceUrl || DEFAULT_SERVICE_URL).replace(/\/+$/, '');
}

/** What the toolbar button does: inject the content script, which asks us back to analyze. */
async function analyzeTab(tab) {
  const tabId = typeof tab === 'number' ? tab : tab.id;
  await chrome.action.setBadgeText({ tabId, text: '…' });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: '#616161' });
  try {
    await chrome.scripting.insertCSS({ target: { tabId }, files: CONTENT_CSS });
    const [result] = await chrome.scripting.executeScript({ target: { tabId }, files: CONTENT_JS });
    return result && result.result;
  } catch (e) {
    // chrome:// pages, the web store, PDFs: nothing we may read. Say so on the button.
    await chrome.action.setBadgeText({ tabId, text: '!' });
    await chrome.action.setTitle({ tabId, title: `sayswho cannot read this page: ${e.message || e}` });
    return 'unreadable';
  }
}

async function showResultOnBadge(tabId, reply) {
  if (tabId == null) return;
  if (reply.ok) {
    const { score, weak } = reply.analysis.summary;
    await chrome.action.setBadgeText({ tabId, text: String(score) });
    await chrome.action.setBadgeBackgroundColor({ tabId, color: weak ? '#c62828' : '#2e7d32' });
    await chrome.action.setTitle({ tabId, title: `sayswho: sourcing score ${score}/100${weak ? ' (weak)' : ''}` });
  } else {
    await chrome.action.setBadgeText({ tabId, text: '!' });
    await chrome.action.setBadgeBackgroundColor({ tabId, color: '#616161' });
    await chrome.action.setTitle({ tabId, title: 'sayswho: the analysis failed; see the message on the page' });
  }
}

chrome.action.onClicked.addListener((tab) => { analyzeTab(tab); });

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!message || message.type !== 'sayswho:analyze' || typeof message.text !== 'string') return false;
  (async () => {
    const base = await serviceUrl();
    const reply = await self.SaysWho.analyze(base, message.text); // the only place text leaves
    reply.base = base;
    await showResultOnBadge(sender.tab && sender.tab.id, reply).catch(() => {});
    sendResponse(reply);
  })();
  return true; // answer comes asynchronously
});

// Automatic runs: one registered content script whose matches are the allowed sites, each one
// granted by the person through an optional host permission requested in the options page.
async function syncAutoRun() {
  const { autoRun, autoSites } = await chrome.storage.local.get(['autoRun', 'autoSites']);
  const granted = [];
  for (const pattern of autoSites || []) {
    if (await chrome.permissions.contains({ origins: [pattern] })) granted.push(pattern);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (autoRun && granted.length) {
    await chrome.scripting.registerContentScripts([{
      id: AUTO_SCRIPT_ID, matches: granted, js: CONTENT_JS, css: CONTENT_CSS, runAt: 'document_idle',
    }]);
  }
  return granted;
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (changes.autoRun || changes.autoSites)) syncAutoRun();
});
chrome.permissions.onRemoved.addListener(() => { syncAutoRun(); });
chrome.runtime.onInstalled.addListener(() => { syncAutoRun(); });

// For tests and the console: the function behind the toolbar button, and the sync.
self.analyzeTab = analyzeTab;
self.syncAutoRun = syncAutoRun;
