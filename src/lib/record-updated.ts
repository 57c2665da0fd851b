/**
 * When a record last changed: the date of the last commit that touched its folder in the
 * content folder. A citation's 更新日期 / APA date must be the record's, not the build's; where
 * git cannot tell (no repository, a folder never committed) the date is unknown and the
 * citation says so (GB/T leaves it out, APA writes n.d.) rather than guessing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentDir } from '../content-model/content-dir';

const known = new Map<string, string | undefined>();

export function recordUpdated(collection: string, id: string): string | undefined {
  const folder = resolve(contentDir(), collection, id);
  if (known.has(folder)) return known.get(folder);
  let date: string | undefined;
  if (existsSync(folder)) {
    const git = spawnSync('git', ['log', '-1', '--format=%cs', '--', '.'], {
      cwd: folder,
      encoding: 'utf8',
    });
    const out = git.status === 0 ? git.stdout.trim() : '';
    date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
  }
  known.set(folder, date);
  return date;
}
