/**
 * The editor's check of a whole content folder, without Astro: every file is where an entry
 * belongs, every YAML file parses, ids are slugs and unique, dates exist and are not in the
 * future, texts are not empty and pictures are beside their entry. Each problem names the file
 * (relative to the content folder), the line and column, the field and what to do.
 *
 * Plain Node (imports with .ts extensions), so scripts can call it; the content loaders call it
 * too (src/content-model/loaders.ts), so `astro sync`, `astro check` and `astro build` stop on the same
 * problems. The schemas and the cross-collection references are checked by the content layer.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { mentionsIn } from '../lib/exhibition-mentions.ts';
import { isRealDate } from './schemas/dates.ts';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type YAMLMap,
} from 'yaml';

export interface ContentProblem {
  /** Path relative to the content folder, with forward slashes. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The field's path, e.g. `registrations.0.date`. */
  field?: string | undefined;
  /** What is wrong and what to do. */
  message: string;
}

/** Collections kept as one YAML list file each. */
export const LIST_FILES = ['counties.yaml', 'industries.yaml', 'stats.yaml'];

/** Collections kept as a folder of entry folders, each with facts.yaml and its prose. */
export const ENTRY_FOLDERS = [
  'enterprises',
  'gis',
  'regional-brands',
  'stations',
  'news',
  'exhibitions',
];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PROSE_FILE = /^(zh|en)\.mdx?$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DATE_KEYS = ['date', 'year', 'asOf'];

/** Today in Jining (China Standard Time), as YYYY-MM-DD: it decides what is "in the future". */
export function todayInJining(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** `file: message (line L, column C)`, the form the check and the build print. */
export function formatProblem(problem: ContentProblem): string {
  const at = problem.line === undefined ? '' : ` (line ${problem.line}, column ${problem.column})`;
  return `${problem.file}: ${problem.message}${at}`;
}

interface Options {
  /** YYYY-MM-DD; dates after it are in the future. Defaults to today in Jining. */
  today?: string;
}

/** Every problem in the content folder `dir`, in file order. An empty list means it is fine. */
export function checkContent(dir: string, options: Options = {}): ContentProblem[] {
  const root = resolve(dir);
  const today = options.today ?? todayInJining();
  const problems: ContentProblem[] = [];
  const name = (file: string) => relative(root, file).split(sep).join('/');
  const report = (file: string, message: string, at?: Position, field?: string) =>
    problems.push({ file: name(file), ...at, field, message });

  if (!existsSync(root)) {
    return [{ file: '.', message: `the content folder ${root} does not exist` }];
  }
  for (const entry of visible(root)) {
    const path = join(root, entry);
    const isFolder = statSync(path).isDirectory();
    if (LIST_FILES.includes(entry) && !isFolder) continue;
    if (ENTRY_FOLDERS.includes(entry) && isFolder) continue;
    report(
      path,
      `is not part of any collection. The content folder holds ${LIST_FILES.join(', ')} and the folders ${ENTRY_FOLDERS.join(', ')}: move it there or remove it`,
    );
  }
  for (const file of LIST_FILES) {
    const path = join(root, file);
    if (!existsSync(path)) {
      report(path, 'file not found. Create it, even as an empty list: []');
      continue;
    }
    const parsed = parseYaml(path, report);
    if (parsed) checkList(path, parsed, report, today);
  }
  for (const collection of ENTRY_FOLDERS) {
    const base = join(root, collection);
    if (!existsSync(base)) continue;
    for (const entry of visible(base)) checkEntryFolder(join(base, entry), report, today);
  }
  return problems;
}

interface Position {
  line: number;
  column: number;
}

type Report = (file: string, message: string, at?: Position, field?: string) => void;

interface ParsedYaml {
  document: Document;
  at: (node: unknown) => Position | undefined;
}

/** Files and folders a person put there; hidden ones (.DS_Store, .gitkeep) are not content. */
function visible(folder: string): string[] {
  return readdirSync(folder)
    .filter((entry) => !entry.startsWith('.'))
    .sort();
}

function parseYaml(file: string, report: Report): ParsedYaml | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const at = (node: unknown): Position | undefined => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [error] = document.errors;
  if (error) {
    const { line = 0, col: column = 0 } = error.linePos?.[0] ?? {};
    const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    report(file, `is not valid YAML: ${what}. Check the indentation, colons and quotes there`, {
      line,
      column,
    });
    return undefined;
  }
  return { document, at };
}

function checkList(file: string, { document, at }: ParsedYaml, report: Report, today: string) {
  const root = document.contents;
  if (root === null) return;
  if (!isSeq(root)) {
    report(file, 'must be a list of entries, each starting with "- id: ..."', at(root));
    return;
  }
  const seen = new Map<string, number>();
  root.items.forEach((node, index) => {
    const where = at(node);
    if (!isMap(node)) {
      report(file, `entry ${index + 1} must be a group of fields`, where, String(index));
      return;
    }
    const idNode = node.get('id', true);
    const id = isScalar(idNode) ? idNode.value : undefined;
    const idAt = at(idNode) ?? where;
    if (typeof id === 'number') {
      report(file, `id ${id} is a number. Ids are pinyin slugs, e.g. "target-${id}"`, idAt, 'id');
    } else if (typeof id !== 'string' || id === '') {
      report(file, `entry ${index + 1} has no id. Add "id: " with a pinyin slug`, where, 'id');
    } else if (!SLUG.test(id)) {
      report(file, `id "${id}" must be lower-case pinyin words joined by hyphens`, idAt, 'id');
    } else {
      const first = seen.get(id);
      if (first !== undefined) {
        report(
          file,
          `id "${id}" is used twice (lines ${first} and ${idAt?.line}). Give each entry its own id`,
          idAt,
          'id',
        );
      } else {
        seen.set(id, idAt?.line ?? 0);
      }
    }
    checkDates(file, node, [String(index)], at, report, today);
  });
}

function checkEntryFolder(folder: string, report: Report, today: string) {
  const id = folder.split(sep).at(-1) ?? '';
  if (!statSync(folder).isDirectory()) {
    const hint = id.endsWith('.yaml')
      ? `Each entry is a folder: move it to ${id.replace(/\.ya?ml$/, '')}/facts.yaml`
      : 'Each entry is a folder with facts.yaml and zh.md: move the file into its entry folder or remove it';
    report(folder, `is not an entry. ${hint}`);
    return;
  }
  if (!SLUG.test(id)) {
    report(
      folder,
      `the folder name "${id}" is the entry's id and must be lower-case pinyin words joined by hyphens, e.g. jinxiang-dasuan`,
    );
  }
  const factsFile = join(folder, 'facts.yaml');
  // Until facts.yaml can be read, the pictures it names are not known.
  let used: Set<string> | undefined;
  if (!existsSync(factsFile)) {
    report(folder, 'has no facts.yaml, so it is not an entry. Add facts.yaml or remove the folder');
  } else {
    const parsed = parseYaml(factsFile, report);
    if (parsed) {
      const root = parsed.document.contents;
      if (!isMap(root)) {
        report(factsFile, 'must be a group of fields (name:, summary:, ...)', parsed.at(root));
      } else {
        checkDates(factsFile, root, [], parsed.at, report, today);
        used = checkImages(factsFile, root, parsed.at, report).add('facts.yaml');
      }
    }
  }
  const languages = new Map<string, string>();
  for (const file of visible(folder)) {
    const path = join(folder, file);
    if (PROSE_FILE.test(file)) {
      const language = file.split('.')[0] ?? '';
      const other = languages.get(language);
      if (other) {
        report(
          path,
          `is a second ${language} text beside ${other}: the entry would show only one. Keep one of them`,
        );
      }
      languages.set(language, file);
      const text = readFileSync(path, 'utf8');
      if (text.trim() === '') {
        report(path, 'is empty. Write the text, or "待补充 / to be supplied" until it is known');
      }
      if (file.endsWith('.mdx')) checkEntryMentions(path, text, report);
    } else if (used && !used.has(file)) {
      report(
        path,
        'is not used by this entry: an entry folder holds facts.yaml, zh.md, en.md and the pictures facts.yaml names. Name it in facts.yaml or remove it',
      );
    }
  }
}

/** Every entry an MDX text names through a component must exist, or the page cannot show it. */
function checkEntryMentions(file: string, text: string, report: Report) {
  const root = resolve(file, '../../..');
  const known = new Map<string, Set<string>>();
  const idsOf = (collection: string) => {
    let ids = known.get(collection);
    if (!ids) {
      const isList = LIST_FILES.includes(`${collection}.yaml`);
      const path = join(root, isList ? `${collection}.yaml` : collection);
      ids = new Set(
        !existsSync(path)
          ? []
          : isList
            ? listIds(path)
            : visible(path).filter((id) => existsSync(join(path, id, 'facts.yaml'))),
      );
      known.set(collection, ids);
    }
    return ids;
  };
  for (const { tag, key, collection, id, offset } of mentionsIn(text)) {
    if (idsOf(collection).has(id)) continue;
    const before = text.slice(0, offset).split('\n');
    const at = { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    const field = `<${tag} ${key}>`;
    const where = LIST_FILES.includes(`${collection}.yaml`)
      ? `${collection}.yaml`
      : `${collection}/`;
    const choices = [...idsOf(collection)].sort().slice(0, 12).join(', ');
    report(
      file,
      `${field} names "${id}", which is not an entry of ${where}. Correct the id (e.g. ${choices}) or add the entry`,
      at,
      field,
    );
  }
}

/** The ids of a list file, or none when it cannot be read (its own check reports that). */
function listIds(file: string): string[] {
  const data = parseDocument(readFileSync(file, 'utf8')).toJSON() as unknown;
  if (!Array.isArray(data)) return [];
  return data.flatMap((item) =>
    typeof item === 'object' && item !== null && typeof item.id === 'string' ? [item.id] : [],
  );
}

/** Every `src: ./file` must name a file beside facts.yaml; returns the names that exist. */
function checkImages(
  file: string,
  root: unknown,
  at: ParsedYaml['at'],
  report: Report,
): Set<string> {
  const found = new Set<string>();
  const folder = resolve(file, '..');
  walk(root, [], (key, value, path) => {
    if (key !== 'src' || !isScalar(value) || typeof value.value !== 'string') return;
    const src = value.value;
    if (!src.startsWith('.')) return;
    const target = resolve(folder, src);
    if (existsSync(target)) {
      found.add(relative(folder, target).split(sep).join('/'));
      if (!isPicture(target)) {
        report(
          file,
          `${path.join('.')} names "${src}", which is not a PNG, JPEG, WebP, AVIF or GIF picture. Export the picture again in one of these formats`,
          at(value),
          path.join('.'),
        );
      }
    } else {
      const shown = relative(resolve(folder, '../..'), folder).split(sep).join('/');
      report(
        file,
        `${path.join('.')} names the image "${src}", which is not in ${shown}/. Add the image file there or correct its name`,
        at(value),
        path.join('.'),
      );
    }
  });
  return found;
}

/** The first bytes of the picture formats the build can convert. */
const PICTURE_SIGNATURES = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
];

/** True when the file starts like a picture: an empty or renamed file fails sharp obscurely. */
function isPicture(file: string): boolean {
  const head = Buffer.alloc(12);
  const fd = openSync(file, 'r');
  readSync(fd, head, 0, 12, 0);
  closeSync(fd);
  const riff =
    head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP';
  const avif = head.toString('latin1', 4, 12).startsWith('ftypavi');
  return riff || avif || PICTURE_SIGNATURES.some((bytes) => bytes.every((b, i) => head[i] === b));
}

/**
 * Every date must exist in the calendar. Dates and years record something that has happened (a
 * registration, an honour, a publication), so they must not be after today; so must the `asOf`
 * of a figure counted (`kind: actual`), while a target's `asOf` is the year it is due.
 */
function checkDates(
  file: string,
  root: unknown,
  prefix: string[],
  at: ParsedYaml['at'],
  report: Report,
  today: string,
) {
  walk(root, prefix, (key, value, path, parent) => {
    if (!DATE_KEYS.includes(key) || !isScalar(value)) return;
    const mayBeAhead = key === 'asOf' && parent.get('kind') !== 'actual';
    const field = path.join('.');
    const text = value.value instanceof Date ? '' : String(value.value);
    if (!PARTIAL_DATE.test(text)) return; // the schema names the form a date must take
    if (key === 'year' && text.length !== 4) return;
    if (!isRealDate(text)) {
      report(
        file,
        `${field} is ${text}, a day that is not in the calendar: check the month and day`,
        at(value),
        field,
      );
    } else if (!mayBeAhead && text > today.slice(0, text.length)) {
      report(
        file,
        `${field} is ${text}, which is after today (${today}). A date here records something that has already happened: check the year`,
        at(value),
        field,
      );
    }
  });
}

/** Calls `visit` for every key of every group of fields under `node`, with its field path. */
function walk(
  node: unknown,
  path: string[],
  visit: (key: string, value: unknown, path: string[], parent: YAMLMap) => void,
) {
  if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, String(index)], visit));
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      visit(key, pair.value, [...path, key], node);
      walk(pair.value, [...path, key], visit);
    }
  }
}
