/**
 * Site-wide checks on a built site, as functions taking its folder, so the test suite runs them
 * on dist/ and the failure tests run them on a deliberately broken copy.
 */
export { checkBudgets, budgetTable, measureTemplates, BUDGETS } from './budgets.ts';
export { checkConsole } from './console.ts';
export { checkHead } from './head.ts';
export { checkLinks, unreachablePages } from './links.ts';
export { checkPolicy, runningInlineScripts } from './policy.ts';
export {
  formatProblems,
  loadSite,
  samplePages,
  servedPath,
  type Page,
  type Problem,
  type Site,
} from './site.ts';
export { validateHtml } from './validate.ts';
