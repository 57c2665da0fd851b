import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordUpdated } from './record-updated';

/** The date `git log` gives for one folder on its own: what the one-pass reading must agree with. */
function folderDate(folder: string): string | undefined {
  const git = spawnSync('git', ['log', '-1', '--format=%cs', '--', folder], { encoding: 'utf8' });
  return git.stdout.trim() || undefined;
}

describe('recordUpdated', () => {
  it("gives the date of the last commit of the record's folder", () => {
    expect(recordUpdated('gis', 'jinxiang-dasuan')).toBe(folderDate('content/gis/jinxiang-dasuan'));
    expect(recordUpdated('gis', 'jinxiang-dasuan')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('agrees with git for every record folder of the content', () => {
    const folders = readdirSync('content', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap(({ name: collection }) =>
        readdirSync(join('content', collection), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => [collection, entry.name] as const),
      );
    expect(folders.length).toBeGreaterThan(50);
    for (const [collection, id] of folders) {
      expect(recordUpdated(collection, id), `${collection}/${id}`).toBe(
        folderDate(`content/${collection}/${id}`),
      );
    }
  });
  it('knows no date for a record that is not there', () => {
    expect(recordUpdated('gis', 'no-such-record')).toBeUndefined();
  });
});
