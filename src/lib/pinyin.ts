/**
 * Pinyin search keys for a Chinese name, so a keyboard without a Chinese input method finds it.
 * Pagefind matches the start of a word, so the keys are the pinyin of every tail of the name run
 * together (`jinxiangdasuan xiangdasuan dasuan suan`): `jinxiang`, `jinxiang dasuan`, `dasuan` and
 * `jin xiang` all find 金乡大蒜. The initials (`jxds`) are one more key.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
  /** Syllables without tones, Latin words kept: `['jin', 'xiang', 'da', 'suan']`. */
  syllables: string[];
  /** The whole name run together: `jinxiangdasuan` (a sort key in pinyin order). */
  full: string;
  /** The first letter of each syllable: `jxds`. */
  initials: string;
  /** Every key, space-separated, for the index: tails, ü written both `v` and `u`, initials. */
  keys: string;
}

const HAN = /\p{Script=Han}/u;

/** The toneless syllables of a name; Latin letters and digits stay whole words, the rest goes. */
function syllablesOf(name: string): string[] {
  const parts = name.normalize('NFKC').split(/(\p{Script=Han})/u);
  const han = parts.filter((part) => HAN.test(part)).join('');
  // Read the Han characters as one phrase, so pinyin-pro resolves polyphones (长山药 → chang).
  const readings = han ? pinyin(han, { toneType: 'none', type: 'array', v: true }) : [];
  let next = 0;
  return parts
    .flatMap((part) =>
      HAN.test(part)
        ? [readings[next++] ?? '']
        : (part.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
    )
    .filter(Boolean);
}

/** The search keys of a name: `toPinyinKeys('金乡大蒜').keys` → `jinxiangdasuan xiangdasuan … jxds`. */
export function toPinyinKeys(name: string): PinyinKeys {
  const syllables = syllablesOf(name);
  const tails = syllables.map((_, start) => syllables.slice(start).join(''));
  const initials = syllables.map((syllable) => syllable[0] ?? '').join('');
  // pinyin-pro writes ü as v (lvdou), as keyboards type it; some people type u (ludou).
  const withU = tails.filter((tail) => tail.includes('v')).map((tail) => tail.replaceAll('v', 'u'));
  const keys = [...new Set([...tails, ...withU, ...(syllables.length > 1 ? [initials] : [])])];
  return { syllables, full: tails[0] ?? '', initials, keys: keys.join(' ') };
}

/** Every tail of a Chinese name (`金乡大蒜 乡大蒜 大蒜 蒜`), so a fragment matches in an index that
 * does not split Chinese into words (the English one). */
export function hanTails(name: string): string {
  const chars = [...name.replace(/\s+/g, '')];
  return chars.map((_, start) => chars.slice(start).join('')).join(' ');
}
