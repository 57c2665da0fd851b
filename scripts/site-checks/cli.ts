/**
 * Runs the static site-wide checks on a built site and prints what they find, with the size
 * of every template against the budgets. Useful on a synthetic build (benchmarks) as well:
 *
 *   node scripts/site-checks/cli.ts [--site dist] [--only links,head,html,budgets]
 *
 * The console check needs a browser; it runs in the test suite (tests/site/).
 */
import { parseArgs } from 'node:util';
import {
  budgetTable,
  checkBudgets,
  checkHead,
  checkLinks,
  formatProblems,
  loadSite,
  measureTemplates,
  unreachablePages,
  validateHtml,
  type Problem,
} from './index.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'dist' },
    only: { type: 'string', default: 'links,head,html,budgets' },
  },
});
const only = new Set(values.only.split(','));
const started = performance.now();
const site = loadSite(values.site);
console.log(`${site.pages.length} pages in ${values.site}/ (origin ${site.origin})`);
const problems: Problem[] = [];
const step = async (name: string, run: () => Problem[] | Promise<Problem[]>) => {
  if (!only.has(name)) return;
  const t0 = performance.now();
  const found = await run();
  problems.push(...found);
  console.log(
    `${name}: ${found.length} problem(s) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
};
await step('links', () => checkLinks(site));
await step('head', () => checkHead(site));
await step('html', () => validateHtml(site));
await step('budgets', () => checkBudgets(site));
if (only.has('budgets')) console.log(`\n${budgetTable(measureTemplates(site).templates)}\n`);
if (only.has('links')) {
  const unreachable = unreachablePages(site);
  console.log(
    `pages no link leads to from / or /en/: ${unreachable.length}${unreachable.length ? ` (${unreachable.slice(0, 10).join(', ')}${unreachable.length > 10 ? ', …' : ''})` : ''}`,
  );
}
console.log(problems.length === 0 ? 'no problems' : formatProblems(problems, 200));
console.log(`checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (problems.length > 0) process.exitCode = 1;
