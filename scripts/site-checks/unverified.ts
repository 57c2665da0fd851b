/**
 * The unverified-mark check: every fact whose source is a repost (confidence B) must carry the
 * "unverified" mark wherever a brand page shows it, in the fact table, the honours, the key facts
 * or the regime badges. The B facts are read from the content folder, the pages from dist/.
 * The prose (zh.md, en.md) and the summary are the editor's sentences and are not checked here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { GI_REGIMES, INTERNATIONAL_PROTECTION } from '../../src/schemas/vocabulary.ts';

type Locale = 'zh' | 'en';
type Text = Record<Locale, string>;
interface Sourced {
  confidence?: 'A' | 'B';
}

/** What a brand page must mark: texts of B facts, and badge labels all of whose sources are B. */
export interface Expected {
  texts: string[];
  badges: string[];
}

/** The editor's own sentences (prose, summary) and hidden search metadata: not fact rows. */
const EDITOR_SENTENCES = '.prose, .summary, [hidden]';
// A source's printed address (the print footnotes) can contain a fact's text, as in
// jendow.com.tw/wiki/玉堂酱园; an address says where a claim is, not the claim itself.
const SOURCE_ADDRESSES = '.footnotes .url';

const ROUTES = { gis: 'gi', enterprises: 'enterprises', 'regional-brands': 'regional-brands' };
const PREFIX: Record<Locale, string> = { zh: '', en: 'en/' };

/** The texts a page in `locale` shows for the B facts of one entry's facts.yaml. */
export function expectedMarks(data: Record<string, unknown>, locale: Locale): Expected {
  const texts: string[] = [];
  const b = (item: Sourced | undefined) => item?.confidence === 'B';
  const list = <T>(key: string) => (Array.isArray(data[key]) ? (data[key] as T[]) : []);
  for (const item of list<Sourced & { value: Text }>('facts'))
    if (b(item)) texts.push(item.value[locale]);
  for (const item of list<Sourced & { title?: Text }>('honours'))
    if (b(item) && item.title) texts.push(item.title[locale]);
  const registrations = list<
    Sourced & { regime: keyof typeof GI_REGIMES; registrationNumber?: string; holder?: Text }
  >('registrations');
  for (const item of registrations) {
    if (!b(item)) continue;
    if (item.registrationNumber) texts.push(item.registrationNumber);
    if (item.holder) texts.push(item.holder[locale]);
  }
  const area = data['protectedArea'] as (Sourced & { text: Text }) | undefined;
  if (b(area)) texts.push(area!.text[locale]);
  const holder = data['holder'] as (Sourced & { name: Text }) | undefined;
  if (b(holder)) texts.push(holder!.name[locale]);

  const badgeConfidence = new Map<string, boolean>();
  const note = (label: string, item: Sourced) =>
    badgeConfidence.set(label, (badgeConfidence.get(label) ?? true) && b(item));
  for (const item of registrations) note(GI_REGIMES[item.regime][locale], item);
  for (const item of list<Sourced & { jurisdiction: keyof typeof INTERNATIONAL_PROTECTION }>(
    'internationalProtection',
  ))
    note(INTERNATIONAL_PROTECTION[item.jurisdiction][locale], item);
  const badges = [...badgeConfidence].filter(([, onlyB]) => onlyB).map(([label]) => label);
  return { texts, badges };
}

/** The problems of one page: each B text or badge shown without the mark beside it. */
export function unmarkedOnPage(html: string, expected: Expected): string[] {
  const main = parseHtml(html).querySelector('main');
  if (!main) return ['the page has no <main>'];
  const problems: string[] = [];
  const textNodes = collectText(main);
  for (const text of expected.texts) {
    const places = textNodes.filter(
      ({ text: t, parent }) =>
        t.includes(text) && !parent.closest(EDITOR_SENTENCES) && !parent.closest(SOURCE_ADDRESSES),
    );
    if (places.length === 0) problems.push(`"${text}" is not shown in a fact row`);
    for (const { parent } of places) {
      const unit = parent.closest('li, dd, tr');
      if (!unit?.querySelector('.unverified'))
        problems.push(`"${text}" is shown without the unverified mark`);
    }
  }
  const badges = main.querySelectorAll('.badges li');
  for (const label of expected.badges) {
    const badge = badges.find(
      (li) => li.childNodes[0]?.text.trim() === label || li.text.startsWith(label),
    );
    if (!badge) problems.push(`the badge "${label}" is missing`);
    else if (!badge.querySelector('.unverified'))
      problems.push(`the badge "${label}" has no unverified mark`);
  }
  return problems;
}

function collectText(root: HTMLElement): { text: string; parent: HTMLElement }[] {
  const out: { text: string; parent: HTMLElement }[] = [];
  const walk = (element: HTMLElement) => {
    for (const child of element.childNodes) {
      if (child.nodeType === 3) out.push({ text: child.text, parent: element });
      else if (child.nodeType === 1) walk(child as HTMLElement);
    }
  };
  walk(root);
  return out;
}

/** Every brand page of `dist` checked against the B facts of `content`: problems, by page. */
export function checkUnverifiedMarks(dist: string, content: string): string[] {
  const problems: string[] = [];
  for (const [collection, route] of Object.entries(ROUTES)) {
    const folder = join(content, collection);
    if (!existsSync(folder)) continue;
    for (const id of readdirSync(folder)) {
      const factsFile = join(folder, id, 'facts.yaml');
      if (!existsSync(factsFile)) continue;
      const data = parseYaml(readFileSync(factsFile, 'utf8')) as Record<string, unknown>;
      for (const locale of ['zh', 'en'] as const) {
        const page = join(dist, PREFIX[locale], route, id, 'index.html');
        const where = `/${PREFIX[locale]}${route}/${id}/`;
        if (!existsSync(page)) {
          problems.push(`${where}: the page was not built`);
          continue;
        }
        for (const problem of unmarkedOnPage(
          readFileSync(page, 'utf8'),
          expectedMarks(data, locale),
        ))
          problems.push(`${where}: ${problem}`);
      }
    }
  }
  return problems;
}
