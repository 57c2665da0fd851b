import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../content-model/content-dir';
import { drawQr } from './qr-draw';

// The cache folder follows the content folder: a content folder of the test's own gives it a
// cache no build uses.
const content = mkdtempSync(join(tmpdir(), 'bh-qr-content-'));
let qr: typeof import('./qr-svg');

beforeAll(async () => {
  process.env['BH_CONTENT_DIR'] = content;
  qr = await import('./qr-svg');
});

afterAll(() => {
  delete process.env['BH_CONTENT_DIR'];
  rmSync(content, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

describe('qrSvg', () => {
  it('makes the code of an address and keeps it in the cache folder', async () => {
    const address = 'https://brands.jining.example/gi/jinxiang-dasuan/';
    const svg = await qr.qrSvg(address);
    expect(svg).toBe(await drawQr(address));
    expect(qr.qrCacheFile(address).startsWith(cacheDirFor(content))).toBe(true);
    expect(readFileSync(qr.qrCacheFile(address), 'utf8')).toBe(svg);
  });

  it('takes a code an earlier build kept instead of making it again', async () => {
    const address = 'https://brands.jining.example/en/gi/jinxiang-dasuan/';
    const file = qr.qrCacheFile(address);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '<svg>kept</svg>');
    expect(await qr.qrSvg(address)).toBe('<svg>kept</svg>');
  });

  it('makes again a kept file that is not a code', async () => {
    const address = 'http://trace.gicity.org/news/com/2290.html';
    const file = qr.qrCacheFile(address);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    const svg = await qr.qrSvg(address);
    expect(svg).toBe(await drawQr(address));
    expect(readFileSync(file, 'utf8')).toBe(svg);
  });
});
