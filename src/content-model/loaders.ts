/**
 * Content loaders that fail loudly. Astro's `file()` loader logs and carries on when a list file
 * is missing, unreadable, or has an item without an id; for a city's record that would drop a
 * row silently, so these loaders stop the build instead, naming the file and what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { checkContent, formatProblem, type ContentProblem } from './content-check';
import { contentDir } from './content-dir';
import { findIntegrityProblems, type LoadedEntry } from './integrity';

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
    load: async ({ store, parseData, config, logger, watcher }) => {
      const file = `${contentDir()}/${fileName}`;
      // The data store keeps paths relative to the project root.
      const filePath = relative(fileURLToPath(config.root), file).split(sep).join('/');
      const sync = async () => {
        const items = readYamlList(file);
        const entries = [];
        for (const { id, data } of items) {
          entries.push({ id, data: await parseData({ id, data, filePath: file }), filePath });
        }
        // Cleared once every entry has parsed: a bad edit in `astro dev` keeps the last good list.
        store.clear();
        for (const entry of entries) store.set(entry);
      };
      await sync();
      // In `astro dev` an edit to the file reloads the collection, as Astro's file() loader does.
      watcher?.add(file);
      watcher?.on('change', async (changed) => {
        if (changed !== file) return;
        logger.info(`Reloading ${fileName}`);
        // The dev server keeps running on a bad edit: the message names the file and the fix.
        await sync().catch((error: Error) => logger.error(error.message));
      });
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
  return { name: 'bh-entry-folders', load: (context) => inner.load(context) };
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

/**
 * The collections of content.config.ts, each loader wrapped so that one sync (`astro sync`,
 * `astro check`, `astro build`) first checks the content folder's files (src/content-model/content-check.ts)
 * and, once the last collection has loaded, the references between collections. A problem stops
 * the sync with every message, before any page is drawn.
 */
export function checkedCollections<T extends Record<string, object>>(collections: T): T {
  const names = Object.keys(collections);
  let run: { files: Promise<void>; loaded: Map<string, LoadedEntry[]> } | undefined;
  const wrap = (loader: Loader, schema: unknown): Loader => ({
    ...loader,
    load: async (original) => {
      const context = { ...original, parseData: withFieldPositions(original, schema) };
      // A collection loading again means a new sync (the dev server reloads): check afresh.
      if (!run || run.loaded.has(context.collection)) {
        run = { files: assertFilesChecked(), loaded: new Map() };
      }
      const current = run;
      try {
        await current.files;
        await loader.load(context);
      } catch (error) {
        run = undefined;
        throw error;
      }
      current.loaded.set(context.collection, loadedEntries(context));
      if (current.loaded.size < names.length) return;
      run = undefined;
      const problems = findIntegrityProblems(Object.fromEntries(current.loaded));
      if (problems.length > 0) throw contentProblems(problems);
    },
  });
  return Object.fromEntries(
    Object.entries(collections).map(([name, config]) => {
      const { loader, schema } = config as { loader?: Loader; schema?: unknown };
      if (typeof loader?.load !== 'function') throw new Error(`${name}: give it a loader object`);
      return [name, { ...config, loader: wrap(loader, schema) }];
    }),
  ) as T;
}

async function assertFilesChecked(): Promise<void> {
  const problems = checkContent(contentDir()).map(formatProblem);
  if (problems.length > 0) throw contentProblems(problems);
}

function contentProblems(problems: string[]): Error {
  const error = new Error(
    `The content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  error.name = 'ContentError';
  return error;
}

/** A collection's entries as the integrity check reads them, with paths in the content folder. */
function loadedEntries({ store, config }: Parameters<Loader['load']>[0]): LoadedEntry[] {
  const root = fileURLToPath(config.root);
  return store.values().map(({ id, data, filePath }) => ({
    id,
    data,
    filePath:
      filePath === undefined
        ? undefined
        : relative(contentDir(), resolve(root, filePath)).split(sep).join('/'),
  }));
}

type LoaderContext = Parameters<Loader['load']>[0];

/**
 * Astro names a schema problem by the entry and the field, with no line and a path from the
 * project root. When an entry is rejected, this parses it again to name each problem by the file
 * in the content folder, the line and column of the field, and the field.
 */
function withFieldPositions(context: LoaderContext, schema: unknown): LoaderContext['parseData'] {
  return async (props) => {
    try {
      return await context.parseData(props);
    } catch (error) {
      if (schema === undefined || props.filePath === undefined) throw error;
      const file = resolve(fileURLToPath(context.config.root), props.filePath);
      const problems = await schemaProblems(schema, file, props.id, props.data);
      if (problems.length === 0) throw error;
      throw contentProblems(problems.map(formatProblem));
    }
  };
}

async function schemaProblems(
  schema: unknown,
  file: string,
  id: string,
  data: unknown,
): Promise<ContentProblem[]> {
  // The picture's `image()` turns a path into image data; here only the field's form matters.
  const resolved = (
    typeof schema === 'function' ? schema({ image: () => z.string() }) : schema
  ) as z.ZodType;
  const result = await resolved.safeParseAsync(data);
  if (result.success) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const root = document.contents;
  // In a list file, the entry's fields sit under its index.
  const prefix = isSeq(root)
    ? [root.items.findIndex((item) => isMap(item) && item.toJSON()?.id === id)]
    : [];
  const name = relative(contentDir(), file).split(sep).join('/');
  return result.error.issues.map((issue) => {
    const path: unknown[] = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') path.push(issue.keys[0]);
    let node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    while (!node?.range && path.length > 0) {
      path.pop();
      node = (path.length ? document.getIn(path, true) : root) as typeof node;
    }
    const position = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    const field = issue.path.join('.');
    return {
      file: name,
      line: position?.line,
      column: position?.col,
      field: field || undefined,
      message: field ? `${field}: ${issue.message}` : issue.message,
    };
  });
}
