/**
 * Content loaders that fail loudly. Astro's `file()` loader logs and carries on when a list file
 * is missing, unreadable, or has an item without an id; for a city's record that would drop a
 * row silently, so these loaders stop the build instead, naming the file and what to do.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseDocument, isMap, isSeq } from 'yaml';
import { contentDir } from './content-dir';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A problem in the content, told to an editor: which file, which field, what to do. */
export class ContentError extends Error {
  constructor(file: string, problem: string) {
    super(`${relative(process.cwd(), file) || file}: ${problem}`);
    this.name = 'ContentError';
  }
}

interface ListItem {
  id: string;
  line: number;
  data: Record<string, unknown>;
}

/** Parses a YAML file holding a list of entries, each with a unique `id`. */
export function readYamlList(file: string): ListItem[] {
  if (!existsSync(file)) {
    throw new ContentError(file, 'file not found. Create it, even as an empty list: []');
  }
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text, { prettyErrors: true });
  const [firstError] = document.errors;
  if (firstError) {
    throw new ContentError(file, `is not valid YAML: ${firstError.message}`);
  }
  const root = document.contents;
  if (root !== null && !isSeq(root)) {
    throw new ContentError(file, 'must be a list of entries, each starting with "- id: ..."');
  }
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 0 : text.slice(0, offset).split('\n').length;
  const seen = new Map<string, number>();
  return (root?.items ?? []).map((node, index) => {
    const line = lineOf((node as { range?: [number, number, number] } | null)?.range?.[0]);
    const where = `entry ${index + 1} (line ${line})`;
    if (!isMap(node)) throw new ContentError(file, `${where} must be a group of fields`);
    const data = node.toJSON() as Record<string, unknown>;
    const id = data['id'];
    if (typeof id === 'number') {
      throw new ContentError(
        file,
        `${where}: id ${id} is a number. Ids are pinyin slugs, e.g. "target-${id}"`,
      );
    }
    if (typeof id !== 'string' || id === '') {
      throw new ContentError(file, `${where} has no id. Add "id: " with a pinyin slug`);
    }
    if (!SLUG.test(id)) {
      throw new ContentError(
        file,
        `${where}: id "${id}" must be lower-case pinyin words joined by hyphens`,
      );
    }
    const firstLine = seen.get(id);
    if (firstLine !== undefined) {
      throw new ContentError(
        file,
        `id "${id}" is used twice (lines ${firstLine} and ${line}). Give each entry its own id`,
      );
    }
    seen.set(id, line);
    return { id, line, data };
  });
}

/** One collection from one YAML list file in the content folder. */
export function yamlListLoader(fileName: string): Loader {
  return {
    name: 'bh-yaml-list',
    load: async ({ store, parseData, config }) => {
      const file = `${contentDir()}/${fileName}`;
      const items = readYamlList(file);
      // The data store keeps paths relative to the project root.
      const filePath = relative(fileURLToPath(config.root), file).split(sep).join('/');
      store.clear();
      for (const { id, data } of items) {
        const parsed = await parseData({ id, data, filePath: file });
        store.set({ id, data: parsed, filePath });
      }
    },
  };
}

/**
 * One collection from a folder of entry folders: `content/gis/jinxiang-dasuan/facts.yaml`.
 * The folder's name is the entry's id, so it must be a slug.
 */
export function entryFoldersLoader(collection: string): Loader {
  const base = `${contentDir()}/${collection}`;
  const inner = glob({
    base,
    pattern: '*/facts.yaml',
    generateId: ({ entry }) => folderId(`${base}/${entry}`, entry),
  });
  return {
    name: 'bh-entry-folders',
    load: async (context) => {
      // Astro's own message for a missing image names neither the entry nor the field.
      for (const folder of existsSync(base) ? readdirSync(base) : []) {
        const file = join(base, folder, 'facts.yaml');
        if (existsSync(file)) assertImagesExist(file);
      }
      return inner.load(context);
    },
  };
}

/** Every `src: ./file` in an entry's facts.yaml must name a file beside it. */
export function assertImagesExist(file: string): void {
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length > 0) return; // the glob loader reports YAML errors itself
  const visit = (node: unknown, path: string[]): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, [...path, String(i)]));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'src' && typeof value === 'string' && value.startsWith('.')) {
        if (!existsSync(resolve(dirname(file), value))) {
          throw new ContentError(
            file,
            `${[...path, key].join('.')} names the image "${value}", which is not in ${relative(process.cwd(), dirname(file))}/. Add the image file there or correct its name`,
          );
        }
      } else {
        visit(value, [...path, key]);
      }
    }
  };
  visit(document.toJSON(), []);
}

/** The prose of every entry in every language: `<collection>/<id>/<lang>.md`. */
export function proseLoader(): Loader {
  return glob({
    base: contentDir(),
    pattern: '*/*/{zh,en}.{md,mdx}',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
}

function folderId(file: string, entry: string): string {
  const id = entry.split('/')[0] ?? '';
  if (!SLUG.test(id)) {
    throw new ContentError(
      file,
      `the folder name "${id}" is the entry's id and must be lower-case pinyin words joined by hyphens, e.g. jinxiang-dasuan`,
    );
  }
  return id;
}
