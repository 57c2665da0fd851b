import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recordUpdated } from './record-updated';

describe('recordUpdated', () => {
  it("gives the date of the last commit of the record's folder", () => {
    const git = spawnSync(
      'git',
      ['log', '-1', '--format=%cs', '--', 'content/gis/jinxiang-dasuan'],
      {
        encoding: 'utf8',
      },
    );
    expect(recordUpdated('gis', 'jinxiang-dasuan')).toBe(git.stdout.trim());
    expect(recordUpdated('gis', 'jinxiang-dasuan')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('knows no date for a record that is not there', () => {
    expect(recordUpdated('gis', 'no-such-record')).toBeUndefined();
  });
});
