/**
 * The floor a build is compared with: a bare Astro site with Pagefind that has the same pages as
 * a built site of ours (same number, same addresses, same languages, the same visible text, the
 * same pages indexed) but none of its work: one Markdown content collection, one layout without
 * components, no images, no references between entries.
 *
 *   node scripts/bench/floor.ts --from DIST --out DIR     # writes the bare site's project
 *
 * `npm run bench:build` writes it from each benchmark's own build and builds it in the same run,
 * so the ratio of the two is measured on the same machine at the same time.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite } from '../site-checks/site.ts';

export interface FloorSite {
  /** The project folder (astro.config.mjs, src/). */
  root: string;
  pages: number;
  indexed: number;
  textChars: number;
}

const CONFIG = `import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

// Its own cache folder: node_modules is the benchmarked project's, and so is its cache there.
export default defineConfig({
  site: 'https://floor.example',
  cacheDir: './.astro-cache',
  trailingSlash: 'always',
  integrations: [
    {
      name: 'floor-pagefind',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const { index } = await pagefind.createIndex({ excludeSelectors: ['figcaption'] });
          if (!index) throw new Error('Pagefind did not start');
          const added = await index.addDirectory({ path: new URL(dir).pathname });
          await index.writeFiles({ outputPath: new URL('pagefind/', dir).pathname });
          await pagefind.close();
          console.log('[floor-pagefind] indexed ' + added.page_count + ' pages');
        },
      },
    },
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: './pages' }),
    schema: z.object({ title: z.string(), lang: z.string(), path: z.string(), indexed: z.boolean() }),
  }),
};
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({
    params: { path: page.data.path === '' ? undefined : page.data.path },
    props: { page },
  }));
}

const { page } = Astro.props;
const { Content } = await render(page);
---

<html lang={page.data.lang}>
  <head>
    <meta charset="utf-8" />
    <title>{page.data.title}</title>
  </head>
  <body>
    {
      page.data.indexed ? (
        <main data-pagefind-body>
          <h1>{page.data.title}</h1>
          <Content />
        </main>
      ) : (
        <main>
          <h1>{page.data.title}</h1>
          <Content />
        </main>
      )
    }
  </body>
</html>
`;

/** The visible text of a page as paragraphs: what the bare site's Markdown holds. */
function pageText(body: string): string[] {
  return body
    .split(/\n\s*\n|\s{2,}/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const yamlString = (text: string) => JSON.stringify(text);

/** Writes the bare site that matches the built site in `dist`. */
export function writeFloorSite(dist: string, out: string): FloorSite {
  const site = loadSite(dist);
  const root = resolve(out);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  mkdirSync(join(root, 'pages'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src', 'content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(root, 'src', 'pages', '[...path].astro'), ROUTE);
  let indexed = 0;
  let textChars = 0;
  site.pages.forEach((page, number) => {
    // Only pages with an address of their own (404.html is an error page, not a route).
    if (!page.path.endsWith('/')) return;
    const body = page.root.querySelector('body');
    for (const noise of body?.querySelectorAll('script, style, svg') ?? []) noise.remove();
    const paragraphs = pageText(body?.structuredText ?? '');
    const isIndexed = page.html.includes('data-pagefind-body');
    if (isIndexed) indexed += 1;
    textChars += paragraphs.join('').length;
    const title = page.root.querySelector('title')?.text ?? page.path;
    const file = join(root, 'pages', `${String(number).padStart(6, '0')}.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(
      file,
      [
        '---',
        `title: ${yamlString(title)}`,
        `lang: ${yamlString(page.lang || 'zh-CN')}`,
        `path: ${yamlString(page.path.replace(/^\/|\/$/g, ''))}`,
        `indexed: ${isIndexed}`,
        '---',
        '',
        // Markdown would read some text as syntax (a leading "1." or "#"); escape its start.
        ...paragraphs.map((paragraph) => `${paragraph.replace(/^([#>*+\-=|\d])/, '\\$1')}\n`),
      ].join('\n'),
    );
  });
  const pages = site.pages.filter((page) => page.path.endsWith('/')).length;
  return { root, pages, indexed, textChars };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string', default: 'dist' }, out: { type: 'string' } },
  });
  if (!values.out) {
    console.log('usage: node scripts/bench/floor.ts --from DIST --out DIR');
    process.exitCode = 1;
    return;
  }
  const floor = writeFloorSite(values.from, values.out);
  console.log(
    `wrote ${floor.pages} pages (${floor.indexed} indexed, ${floor.textChars} characters of text) to ${floor.root}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
