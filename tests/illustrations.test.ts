/**
 * `npm run illustrations` redraws only covers marked `cover.illustration: true`: a photograph in
 * an entry folder keeps every byte, and the command names each cover it kept and why.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

const PHOTO = 'gis/jinxiang-dasuan';
const ILLUSTRATION = 'gis/yutai-dami';

/** Two seed entries in a fresh content folder, the first with its cover marked a photograph. */
function contentWithOnePhoto(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bh-covers-'));
  for (const entry of [PHOTO, ILLUSTRATION]) {
    cpSync(join('content', entry), join(dir, entry), { recursive: true });
  }
  const facts = join(dir, PHOTO, 'facts.yaml');
  const text = readFileSync(facts, 'utf8');
  if (!text.includes('illustration: true'))
    throw new Error(`${PHOTO} is no longer an illustration`);
  writeFileSync(facts, text.replace('illustration: true', 'illustration: false'));
  writeFileSync(join(dir, PHOTO, 'cover.png'), 'a photograph, not to be touched');
  writeFileSync(join(dir, ILLUSTRATION, 'cover.png'), 'an old drawing');
  return dir;
}

describe('npm run illustrations', () => {
  it('keeps a photograph and redraws an illustration', async () => {
    const dir = contentWithOnePhoto();
    const result = spawnSync(
      'node_modules/.bin/node',
      ['tools/illustrations/render.ts', 'jinxiang-dasuan', 'yutai-dami'],
      { env: { ...process.env, BH_CONTENT_DIR: dir }, encoding: 'utf8', timeout: 120_000 },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).toBe(0);
    expect(readFileSync(join(dir, PHOTO, 'cover.png'), 'utf8')).toBe(
      'a photograph, not to be touched',
    );
    const drawn = await sharp(join(dir, ILLUSTRATION, 'cover.png')).metadata();
    expect([drawn.format, drawn.width, drawn.height]).toEqual(['png', 1920, 1080]);
    expect(output).toContain('1 covers drawn');
    expect(output).toContain(
      '1 cover(s) kept as they are:\n  - gis/jinxiang-dasuan: cover.illustration is not true: it is a photograph or other picture',
    );
    rmSync(dir, { recursive: true, force: true });
  });
});
