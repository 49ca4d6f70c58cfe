import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const E2E = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(E2E, '..');
export const EXTENSION = path.join(REPO, 'extension');
export const STATIC = path.join(REPO, 'src/main/resources/META-INF/resources');
export const JAR = path.join(REPO, 'target/quarkus-app/quarkus-run.jar');
export const ARTIFACTS = path.join(E2E, 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

fs.mkdirSync(ARTIFACTS, { recursive: true });

export function exampleArticle(n = 1) {
  return fs.readFileSync(path.join(STATIC, `examples/article-${n}.txt`), 'utf8');
}
