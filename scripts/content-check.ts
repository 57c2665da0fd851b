// The editor's check of the content folder (or BH_CONTENT_DIR), without drawing pages:
//
//   npm run content:check
//
// First the files themselves (src/content-model/content-check.ts: YAML, ids, dates, texts, pictures, stray
// files), then `astro sync`, which runs the same check, the schemas and the cross-collection
// references in the content layer. Exits with 1 and every message when something is wrong.
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { checkContent, formatProblem } from '../src/content-model/content-check.ts';
import { contentDir } from '../src/content-model/content-dir.ts';

const dir = contentDir();
// Named as the editor typed it: relative inside the project, in full outside it.
const inside = relative(process.cwd(), dir);
const shown = inside.startsWith('..') ? dir : inside || '.';
const problems = checkContent(dir);
if (problems.length > 0) {
  console.error(`${shown}/ has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exit(1);
}
const sync = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
  stdio: 'inherit',
});
if (sync.status !== 0) {
  console.error(`${shown}/: the content has problems, named above`);
  process.exit(sync.status ?? 1);
}
console.log(`${shown}/: the content is fine`);
