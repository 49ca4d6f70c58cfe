// Options: the service address, and the sites to analyse automatically. Sites become optional
// host permissions, requested here because the browser only asks during a click.
const DEFAULT_SERVICE_URL = 'http://localhost:8080';
const form = document.getElementById('options');
const urlInput = document.getElementById('service-url');
const autoRun = document.getElementById('auto-run');
const autoSites = document.getElementById('auto-sites');
const status = document.getElementById('status');

function say(text, isError) {
  status.textContent = text;
  status.className = isError ? 'error' : '';
}

/** 'https://www.reuters.com/world' -> 'https://www.reuters.com/*'; null when not http(s). */
function sitePattern(line) {
  try {
    const u = new URL(line.includes('://') ? line : 'https://' + line);
    return /^https?:$/.test(u.protocol) ? `${u.protocol}//${u.hostname}/*` : null;
  } catch (e) {
    return null;
  }
}

async function load() {
  const s = await chrome.storage.local.get(['serviceUrl', 'autoRun', 'autoSites']);
  urlInput.value = s.serviceUrl || DEFAULT_SERVICE_URL;
  autoRun.checked = !!s.autoRun;
  autoSites.value = (s.autoSites || []).map((p) => p.replace(/\/\*$/, '')).join('\n');
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  let serviceUrl;
  try {
    const u = new URL(urlInput.value.trim());
    if (!/^https?:$/.test(u.protocol)) throw new Error('not http');
    serviceUrl = u.href.replace(/\/+$/, '');
  } catch (e) {
    return say('The service address must be an http:// or https:// URL.', true);
  }
  const lines = autoSites.value.split('\n').map((l) => l.trim()).filter(Boolean);
  const patterns = [...new Set(lines.map(sitePattern))];
  if (patterns.includes(null)) return say('Each site must be an http:// or https:// address.', true);
  // Ask first, while the click still counts as the person's gesture; nothing is stored if refused.
  if (autoRun.checked && patterns.length) {
    const granted = await chrome.permissions.request({ origins: patterns });
    if (!granted) return say('Not saved: reading those sites was not allowed.', true);
  }
  await chrome.storage.local.set({ serviceUrl, autoRun: autoRun.checked, autoSites: patterns });
  say('Saved.');
});

load();
