/**
 * `astro dev` on a copy of the minimal content: an edit to counties.yaml shows on the next load
 * of /counties/, without restarting the server. The YAML list loader must watch its file.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyMinimalContent, replaceIn } from '../support/build';

let content: string;
let origin: string;
let dev: ReturnType<typeof spawn>;
let output = '';

/** A port no other server holds now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** This process's environment without Vitest's marks (NODE_ENV=test), which `astro dev` obeys. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => name !== 'NODE_ENV' && !/^(VITEST|TEST$)/.test(name),
    ),
  );
}

/** The page's HTML once it contains `text`; fails with what the server printed if it never does. */
async function pageContaining(path: string, text: string): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < 120; attempt += 1) {
    html = await fetch(`${origin}${path}`)
      .then((response) => response.text())
      .catch(() => '');
    if (html.includes(text)) return html;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${path} never showed "${text}". The dev server printed:\n${output}`);
}

beforeAll(async () => {
  content = copyMinimalContent();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    { env: { ...devEnvironment(), BH_CONTENT_DIR: content, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  dev.stdout?.on('data', (chunk) => (output += chunk));
  dev.stderr?.on('data', (chunk) => (output += chunk));
});

afterAll(async () => {
  if (dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill();
    await exited;
  }
  rmSync(content, { recursive: true, force: true });
});

describe('astro dev', () => {
  it('reloads a county list edit without a restart', async () => {
    await pageContaining('/counties/', '金乡县');
    replaceIn(join(content, 'counties.yaml'), 'name: { zh: 金乡县', 'name: { zh: 金乡新名县');
    const html = await pageContaining('/counties/', '金乡新名县');
    expect(html).not.toContain('金乡县');
  }, 300_000);
});
