/**
 * Numbers the sources of a record page for its printed fact sheet: each distinct source once,
 * in the order the page first cites it, so a fact's [n] leads to the footnote with the address
 * written out (paper has no links).
 */
import type { Source } from './facts';

/** Two citations are the same source when they name the same address, or the same document. */
function sourceKey(source: Source): string {
  return source.url ?? [source.document, source.title, source.publisher, source.date].join('|');
}

export interface SourceNotes {
  /** The distinct sources, footnote 1 first. */
  notes: Source[];
  /** The footnote number of a source cited on the page. */
  noteOf: (source: Source) => number;
}

export function sourceNotes(sources: Source[]): SourceNotes {
  const numbers = new Map<string, number>();
  const notes: Source[] = [];
  for (const source of sources) {
    const key = sourceKey(source);
    if (numbers.has(key)) continue;
    notes.push(source);
    numbers.set(key, notes.length);
  }
  return {
    notes,
    noteOf: (source) => {
      const n = numbers.get(sourceKey(source));
      if (n === undefined)
        throw new Error(`source-notes: a source not numbered: ${sourceKey(source)}`);
      return n;
    },
  };
}
