import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../content-model/content-dir';
import { cachedWorkbook, workbookCacheFile } from './cached-workbook';
import { readWorkbook } from './read';
import { buildWorkbook } from './write-workbook';

// A copy of the seed content of the test's own: its cache folder is one no build uses.
const content = mkdtempSync(join(tmpdir(), 'bh-workbook-content-'));
const facts = join(content, 'gis/jinxiang-dasuan/facts.yaml');

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  process.env['BH_CONTENT_DIR'] = content;
});

afterAll(() => {
  delete process.env['BH_CONTENT_DIR'];
  rmSync(content, { recursive: true, force: true });
  rmSync(cacheDirFor(content), { recursive: true, force: true });
});

/** The sheets of a workbook, without the file's dates (exceljs writes the time it was made). */
const sheetsOf = async (bytes: Uint8Array) => readWorkbook(Buffer.from(bytes));

describe('cachedWorkbook', () => {
  it('makes the workbook of the content folder and keeps it in the cache folder', async () => {
    const workbook = await cachedWorkbook(content);
    expect(await sheetsOf(workbook)).toEqual(await sheetsOf(await buildWorkbook(content)));
    const file = workbookCacheFile(content);
    expect(file.startsWith(cacheDirFor(content))).toBe(true);
    expect(readFileSync(file).equals(Buffer.from(workbook))).toBe(true);
  });

  it('takes the workbook an earlier build kept while the content is unchanged', async () => {
    writeFileSync(workbookCacheFile(content), 'PK\x03\x04kept');
    expect(Buffer.from(await cachedWorkbook(content)).toString()).toBe('PK\x03\x04kept');
  });

  it('makes it again when the kept file is empty or not a workbook', async () => {
    writeFileSync(workbookCacheFile(content), '');
    const workbook = await cachedWorkbook(content);
    expect(await sheetsOf(workbook)).toEqual(await sheetsOf(await buildWorkbook(content)));
    expect(readFileSync(workbookCacheFile(content)).equals(Buffer.from(workbook))).toBe(true);
  });

  it('makes a new one when a value changes, and removes the old one', async () => {
    const old = workbookCacheFile(content);
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('金乡大蒜', '金乡大蒜（改）'));
    expect(workbookCacheFile(content)).not.toBe(old);
    const sheets = await sheetsOf(await cachedWorkbook(content));
    const gis = sheets.find((sheet) => sheet.rows[1]?.includes('name.zh'));
    const row = gis?.rows.find((cells) => cells[0] === 'jinxiang-dasuan');
    expect(row).toContain('金乡大蒜（改）');
    expect(existsSync(old)).toBe(false);
  });

  it('makes a new one when an entry loses a prose file, which the workbook lists', () => {
    const before = workbookCacheFile(content);
    rmSync(join(content, 'gis/jinxiang-dasuan/en.md'));
    expect(workbookCacheFile(content)).not.toBe(before);
  });
});
