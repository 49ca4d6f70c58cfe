// Starts the packaged sayswho service on a free loopback port and waits until it is ready.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, JAR } from './paths.js';
import { freePort, waitFor } from './net.js';

export async function startService({ name = 'service' } = {}) {
  if (process.env.SAYSWHO_E2E_FAKE === '1') {
    const { startFakeService } = await import('./fake-service.js');
    console.log('# SAYSWHO_E2E_FAKE=1: using the keyword fake, not the real service');
    return startFakeService();
  }
  if (!fs.existsSync(JAR)) throw new Error(`${JAR} is missing: run ./mvnw -B package -DskipTests (e2e/run.sh does)`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.createWriteStream(path.join(ARTIFACTS, `${name}.log`));
  const child = spawn('java', ['-Dquarkus.http.host=127.0.0.1', `-Dquarkus.http.port=${port}`,
    '-Dquarkus.log.console.color=false', '-jar', JAR], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  async function stop() {
    if (exited) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
    await gone;
    clearTimeout(timer);
  }

  try {
    await waitFor(async () => {
      if (exited) throw Object.assign(new Error(`service exited ${JSON.stringify(exited)}, see artifacts/${name}.log`), { fatal: true });
      const r = await fetch(`${url}/q/health/ready`);
      return r.ok;
    }, { timeoutMs: 90000, intervalMs: 250, what: `${url}/q/health/ready` });
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, port, stop };
}

/** POSTs text to the service the way the extension does; returns the parsed analysis. */
export async function analyzeDirect(url, text) {
  const r = await fetch(`${url}/v1/analyze`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }),
  });
  if (!r.ok) throw new Error(`service answered ${r.status}: ${await r.text()}`);
  return r.json();
}
