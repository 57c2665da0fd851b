/**
 * Sentences of a text, for read-aloud: a sentence ends at 。！？； or at . ! ? before a space or
 * the end (so "3.5" and "Co.Ltd" stay whole). Positions, not strings, so the page can highlight
 * the sentence where it stands.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

const CJK_END = /[。！？；]/;
const LATIN_END = /[.!?]/;

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const close = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    // Punctuation or spaces alone are no sentence.
    if (/[\p{L}\p{N}]/u.test(trimmed))
      spans.push({ start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    const next = text[i + 1];
    if (CJK_END.test(char) && !CJK_END.test(next ?? '')) close(i + 1);
    else if (LATIN_END.test(char) && (next === undefined || /\s/.test(next))) close(i + 1);
  }
  close(text.length);
  return spans;
}
