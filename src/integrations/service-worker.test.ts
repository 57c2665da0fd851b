import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { precacheManifest } from './service-worker';

const sites: string[] = [];

afterAll(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

describe('precacheManifest', () => {
  it('gives each file the entry Workbox itself gives it, and their total size', async () => {
    const site = mkdtempSync(join(tmpdir(), 'bh-precache-'));
    sites.push(site);
    const files = {
      '_astro/page.B1x2y3.css': 'body{color:red}',
      'favicon.svg': '<svg/>',
      'offline/pages.json': '{"packs":[]}',
      'search-thumbs/gi/jinxiang-dasuan.webp': 'RIFF…WEBP',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), text);
    }
    const ours = await precacheManifest(site, Object.keys(files));
    const workbox = await getManifest({
      globDirectory: site,
      globPatterns: ['**/*'],
      dontCacheBustURLsMatching: /^_astro\//,
    });
    const byUrl = (a: { url: string }, b: { url: string }) => a.url.localeCompare(b.url);
    expect(ours.entries).toEqual(workbox.manifestEntries.toSorted(byUrl));
    expect(ours.entries.map((entry) => entry.url)).toEqual(Object.keys(files).toSorted());
    expect(ours.size).toBe(workbox.size);
  });
});
