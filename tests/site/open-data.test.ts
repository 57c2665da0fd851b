/**
 * The open data of the built site (dist/): every file listed on /data/ with its real size, each
 * file read back and checked against the JSON Schemas the build generated and against the site's
 * own pages (one record per detail page, every record's address a page of the site).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite, type Site } from '../../scripts/site-checks/index.ts';
import { formatBytes } from '../../src/lib/format';
import { readWorkbook } from '../../src/lib/spreadsheet/read';

const DIST = 'dist';
const DATA = join(DIST, 'data');
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;

type Records = Record<string, { id: string; url: { zh: string; en: string } }[]>;
interface WholeDataset {
  version: string;
  contentHash: string;
  counts: Record<string, number>;
  collections: Records;
}

/** RFC 4180 CSV, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  expect(quoted, 'a quoted cell is never closed').toBe(false);
  expect(cell + row.join(''), 'the file ends with CRLF').toBe('');
  return rows;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;

/** The detail pages of a route in dist/: `gi` → the ids under dist/gi/. */
function detailPageIds(route: string): string[] {
  const dir = join(DIST, route);
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'index.html')));
}

let site: Site;
let dataset: WholeDataset;
let collections: string[];

beforeAll(() => {
  site = loadSite(DIST);
  dataset = readJson<WholeDataset>('jining-brands.json');
  collections = Object.keys(dataset.collections);
});

describe('the /data/ page', () => {
  for (const path of ['/data/', '/en/data/']) {
    it(`${path} lists every file of dist/data/ with its size`, () => {
      const page = site.byPath.get(path);
      expect(page, `${path} is built`).toBeDefined();
      const locale = path.startsWith('/en/') ? 'en' : 'zh';
      const files = readdirSync(DATA).filter(
        (name) => statSync(join(DATA, name)).isFile() && !name.endsWith('.html'),
      );
      expect(files.length).toBeGreaterThan(10);
      const links = page!.root.querySelectorAll('main a[download]');
      const listed = links.map((link) => link.getAttribute('href'));
      expect(listed.sort()).toEqual(files.map((file) => `/data/${file}`).sort());
      for (const link of links) {
        const file = link.getAttribute('href')!.replace('/data/', '');
        const size = statSync(join(DATA, file)).size;
        expect(link.querySelector('.size')!.text.trim(), file).toBe(formatBytes(size, locale));
      }
      expect(page!.root.text).toContain(dataset.version);
      expect(page!.root.text).toContain(dataset.contentHash);
    });
  }
});

describe('the workbook (jining-brands.xlsx)', () => {
  it('opens with a sheet per collection holding every record of the dataset', async () => {
    const sheets = await readWorkbook(readFileSync(join(DATA, 'jining-brands.xlsx')));
    for (const collection of ['gis', 'enterprises', 'regional-brands', 'news']) {
      const sheet = sheets.find((candidate) => candidate.name.endsWith(` ${collection}`));
      expect(sheet, `a sheet for ${collection}`).toBeDefined();
      // Row 1: the Chinese column names; row 2: the field keys; then one row per entry.
      const ids = sheet!.rows
        .slice(2)
        .map((row) => row[0])
        .filter(Boolean);
      expect(ids.length, collection).toBe(dataset.counts[collection]);
    }
  });
});

describe('the whole dataset (jining-brands.json)', () => {
  it('has a version made of the build date and the content hash', () => {
    expect(dataset.version).toMatch(/^\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}$/);
    expect(dataset.contentHash.startsWith(dataset.version.split('+')[1]!)).toBe(true);
  });

  it('validates, record by record, against the generated JSON Schema of its collection', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    for (const collection of collections) {
      const validate = ajv.compile(readJson(`${collection}.schema.json`));
      for (const record of dataset.collections[collection]!) {
        const valid = validate(record);
        expect(valid, `${collection}/${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });

  it('is refused by the schema when a record is broken', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson('gis.schema.json'));
    const gi = structuredClone(dataset.collections['gis']![0]!) as Record<string, unknown>;
    expect(validate({ ...gi, category: 'not-a-category' })).toBe(false);
    expect(validate({ ...gi, url: undefined })).toBe(false);
    expect(validate({ ...gi, extra: 1 })).toBe(false);
  });

  it('counts what the site shows: one record per detail page, every page one record', () => {
    const routes = {
      gis: 'gi',
      enterprises: 'enterprises',
      'regional-brands': 'regional-brands',
      news: 'news',
      counties: 'counties',
      industries: 'industries',
      exhibitions: 'exhibitions',
    };
    for (const [collection, route] of Object.entries(routes)) {
      const ids = dataset.collections[collection]!.map((record) => record.id).sort();
      expect(ids, collection).toEqual(detailPageIds(route).sort());
      expect(dataset.counts[collection]).toBe(ids.length);
    }
    expect(dataset.counts['gis']).toBeGreaterThan(5);
    // The site map says how many records each collection has.
    const siteMap = site.byPath.get('/site-map/')!.root.text;
    expect(siteMap).toContain(`(${dataset.counts['gis']})`);
  });

  it("gives every record its pages' addresses, and they are pages of the site", () => {
    for (const collection of collections) {
      for (const record of dataset.collections[collection]!) {
        for (const url of [record.url.zh, record.url.en]) {
          const path = new URL(url).pathname;
          expect(site.byPath.has(path), `${collection}/${record.id}: ${url}`).toBe(true);
        }
      }
    }
  });

  it('keeps every source with its confidence, as the pages show them', () => {
    const gi = dataset.collections['gis']!.find((record) => record.id === 'jinxiang-dasuan') as
      { registrations: { source: { url?: string }; confidence: string }[] } | undefined;
    expect(gi).toBeDefined();
    const page = site.byPath.get('/gi/jinxiang-dasuan/')!;
    // The page links the address as written; the data gives it as a URI.
    const links = page.root
      .querySelectorAll('a[href]')
      .map((link) => link.getAttribute('href')!)
      .filter((href) => URL.canParse(href))
      .map((href) => new URL(href).href);
    for (const registration of gi!.registrations) {
      expect(['A', 'B']).toContain(registration.confidence);
      if (registration.source.url) expect(links).toContain(registration.source.url);
    }
  });
});

describe('the exhibitions in the open data', () => {
  type Exhibition = {
    id: string;
    title: { zh: string; en: string };
    cites: Record<string, string[]>;
  };
  const exhibitions = () => dataset.collections['exhibitions'] as unknown as Exhibition[];

  it('are a collection of their own, valid against its schema, which refuses a broken one', () => {
    expect(exhibitions().map((record) => record.id)).toEqual(['gi-2009-2023', 'weishan-lake']);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(readJson('exhibitions.schema.json'));
    for (const record of exhibitions()) {
      expect(validate(record), `${record.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    const lake = structuredClone(exhibitions()[1]!);
    expect(validate({ ...lake, cites: undefined })).toBe(false);
    expect(validate({ ...lake, cites: { ...lake.cites, news: ['x'] } })).toBe(false);
    expect(validate({ ...lake, title: { zh: lake.title.zh } })).toBe(false);
  });

  it('cite, by id, the records their stories show, each a record of the dataset', () => {
    const lake = exhibitions().find((record) => record.id === 'weishan-lake')!;
    expect(lake.cites['counties']).toEqual(['weishan']);
    expect(lake.cites['gis']).toContain('weishanhu-wuli');
    expect(lake.cites['gis']).toContain('weishanhu-guiyu');
    for (const record of exhibitions()) {
      for (const [collection, ids] of Object.entries(record.cites)) {
        const known = dataset.collections[collection]!.map((entry) => entry.id);
        for (const id of ids) expect(known, `${record.id} cites ${collection}/${id}`).toContain(id);
      }
    }
  });

  it('are in exhibitions.csv with their titles and cited ids', () => {
    const [header, ...rows] = parseCsv(
      readFileSync(join(DATA, 'exhibitions.csv'), 'utf8').slice(1),
    );
    const lake = rows.find((row) => row[0] === 'weishan-lake')!;
    expect(lake[header!.indexOf('title.zh')]).toBe('湖的食橱：微山湖的地理标志');
    expect(lake[header!.indexOf('cites.gis')]).toContain('weishanhu-wuli; ');
  });
});

describe('the CSV files', () => {
  it('start with a BOM, and hold one row per record with the id first', () => {
    for (const collection of collections) {
      const text = readFileSync(join(DATA, `${collection}.csv`), 'utf8');
      expect(text.charCodeAt(0), `${collection}.csv starts with a BOM`).toBe(0xfeff);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header!.slice(0, 3)).toEqual(['id', 'url.zh', 'url.en']);
      for (const row of rows) expect(row.length, `${collection}.csv`).toBe(header!.length);
      const ids = dataset.collections[collection]!.map((record) => record.id);
      expect(
        rows.map((row) => row[0]),
        `${collection}.csv`,
      ).toEqual(ids);
    }
  });

  it('keep Chinese text and the sources', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DATA, 'gis.csv'), 'utf8').slice(1));
    const name = header!.indexOf('name.zh');
    expect(rows.map((row) => row[name])).toContain('金乡大蒜');
    expect(header).toContain('registrations.source.url');
    expect(header).toContain('registrations.confidence');
  });

  it('list every sourced statement in sources.csv, each with a source and a record', () => {
    const [header, ...rows] = parseCsv(readFileSync(join(DATA, 'sources.csv'), 'utf8').slice(1));
    const column = (name: string) => header!.indexOf(name);
    expect(rows.length).toBeGreaterThan(dataset.counts['gis']!);
    const whole = JSON.stringify(dataset.collections);
    for (const row of rows) {
      const url = row[column('source.url')];
      const document = row[column('source.document')];
      expect(url || document, row.join(',')).toBeTruthy();
      expect(whole).toContain(JSON.stringify(url || document));
      expect(row[column('statement.zh')], row.join(',')).not.toBe('');
    }
    // One row per source object in the dataset, a county's source (countySource) included.
    const sourceCount = (whole.match(/"(?:source|countySource)":\{/g) ?? []).length;
    expect(rows.length).toBe(sourceCount);
  });
});

describe('the data dictionary', () => {
  interface Schema {
    properties?: Record<string, Schema>;
    items?: Schema;
    required?: string[];
  }
  /** Every field path of a JSON Schema, as the dictionary writes them. */
  function fieldPaths(schema: Schema, prefix = ''): { path: string; required: boolean }[] {
    return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
      const path = prefix ? `${prefix}.${name}` : name;
      return [
        { path, required: (schema.required ?? []).includes(name) },
        ...fieldPaths(field, path),
        ...(field.items ? fieldPaths(field.items, `${path}[]`) : []),
      ];
    });
  }

  for (const path of ['/data/dictionary/', '/en/data/dictionary/']) {
    it(`${path} lists every field of every generated schema, required or not`, () => {
      const page = site.byPath.get(path)!;
      for (const collection of collections) {
        const section = page.root.querySelector(`section[aria-labelledby="${collection}"]`);
        expect(section, `${path}: a section for ${collection}`).not.toBeNull();
        const rows = section!.querySelectorAll('tbody tr');
        const shown = rows.map((row) => ({
          path: row.querySelector('th code')!.text.trim(),
          required: row.querySelector('th .required') !== null,
        }));
        expect(shown, collection).toEqual(
          fieldPaths(readJson<Schema>(`${collection}.schema.json`)),
        );
      }
    });
  }

  it('gives allowed values with their labels in both languages', () => {
    const page = site.byPath.get('/data/dictionary/')!;
    const row = page.root
      .querySelectorAll('section[aria-labelledby="gis"] tbody tr')
      .find((tr) => tr.querySelector('th code')!.text.trim() === 'category')!;
    expect(row.text).toContain('grain');
    expect(row.text).toContain('粮油');
    expect(row.text).toContain('Grain');
  });
});
