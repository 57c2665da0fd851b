/** Runs the whole build (scripts/build.ts) on a content folder in a child process and returns
 * what it printed. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINIMAL_CONTENT = 'tests/fixtures/minimal-content';

/** A fresh, writable copy of the minimal valid content, to break in one place. */
export function copyMinimalContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bh-content-'));
  cpSync(MINIMAL_CONTENT, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in a fixture file; fails if the fixture no longer has `from`. */
export function replaceIn(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture ${file} no longer contains "${from}"`);
  writeFileSync(file, text.replace(from, to));
}

/** `project`: the project folder to build in (default: this one); `outDir`: where to (a new
 * temporary folder). */
export function buildSite(
  contentDir: string,
  {
    project,
    outDir = mkdtempSync(join(tmpdir(), 'bh-dist-')),
  }: { project?: string; outDir?: string } = {},
) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    ...(project ? { cwd: project } : {}),
    env: { ...process.env, BH_CONTENT_DIR: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
