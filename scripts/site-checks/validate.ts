/**
 * Valid HTML, by html-validate: its "standard" rules (what the HTML standard allows: content
 * models, attributes, duplicate ids, closing tags) and the document rules that fit a static site
 * (a doctype, ARIA references that exist, labelled inputs). Style rules are left out, and so is
 * subresource integrity, which is for files from other origins.
 */
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Problem, Site } from './site.ts';

const CHECK = 'html';

export const VALIDATOR_CONFIG: ConfigData = {
  root: true,
  extends: ['html-validate:standard'],
  rules: {
    'missing-doctype': 'error',
    'no-missing-references': 'error',
    'input-missing-label': 'error',
    'empty-title': 'error',
  },
};

export async function validateHtml(site: Site, pages = site.pages): Promise<Problem[]> {
  const validator = new HtmlValidate(VALIDATOR_CONFIG);
  const problems: Problem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        problems.push({
          check: CHECK,
          page: page.path,
          message: `${message.ruleId}: ${message.message} (line ${message.line}:${message.column}${message.selector ? `, ${message.selector}` : ''})`,
        });
      }
    }
  }
  return problems;
}
