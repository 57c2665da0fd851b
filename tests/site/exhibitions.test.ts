/**
 * The exhibitions on the built site tell each fact as its record does: every registration on an
 * exhibition's timeline carries the unverified mark exactly when its record's source is a repost
 * (B), in both languages, and the timeline shows every dated registration of the GIs it names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GI_REGIMES } from '../../src/content-model/schemas/vocabulary';

type Lang = 'zh' | 'en';
interface Registration {
  regime: keyof typeof GI_REGIMES;
  date?: string | number;
  confidence: 'A' | 'B';
}

const EXHIBITIONS = readdirSync('content/exhibitions');
const PAGES = EXHIBITIONS.flatMap((id) =>
  (['zh', 'en'] as Lang[]).map((lang) => ({
    id,
    lang,
    file: join('dist', lang === 'en' ? 'en' : '', 'exhibitions', id, 'index.html'),
  })),
);

/** What each timeline line should say and whether it is B, from the GIs the text names. */
function expectedTimeline(id: string, lang: Lang) {
  const text = readFileSync(`content/exhibitions/${id}/${lang}.mdx`, 'utf8');
  const ids = [...text.matchAll(/<Timeline gis="([^"]*)"/g)].flatMap((m) =>
    (m[1] ?? '').split(/\s+/).filter(Boolean),
  );
  return ids.flatMap((gi) => {
    const data = parseYaml(readFileSync(`content/gis/${gi}/facts.yaml`, 'utf8')) as {
      name: Record<Lang, string>;
      registrations?: Registration[];
    };
    return (data.registrations ?? [])
      .filter((registration) => registration.date !== undefined)
      .map((registration) => ({
        title: `${data.name[lang]} · ${GI_REGIMES[registration.regime][lang]}`,
        unverified: registration.confidence === 'B',
      }));
  });
}

/** Each timeline line of a page: its title and whether the unverified mark is beside it. */
function shownTimeline(html: string) {
  return [...html.matchAll(/<span class="title"[^>]*>([^<]*)<\/span>([\s\S]*?)<\/li>/g)].map(
    (match) => ({
      title: (match[1] ?? '').replaceAll('&#39;', "'").replaceAll('&amp;', '&'),
      unverified: /class="unverified"/.test(match[2] ?? ''),
    }),
  );
}

describe.each(PAGES)('exhibition $id in $lang', ({ id, lang, file }) => {
  it('marks each timeline registration unverified exactly when its record is B', () => {
    const expected = expectedTimeline(id, lang);
    expect(expected.length, 'the exhibition has a timeline').toBeGreaterThan(0);
    const sortByTitle = (items: { title: string }[]) =>
      [...items].sort((a, b) => a.title.localeCompare(b.title));
    expect(sortByTitle(shownTimeline(readFileSync(file, 'utf8')))).toEqual(sortByTitle(expected));
  });
});
