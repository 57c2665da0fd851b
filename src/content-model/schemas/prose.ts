import { z } from 'astro/zod';
import { withEditorMessages } from '../messages';

/**
 * The prose of an entry in one language: `zh.md` or `en.md` beside its `facts.yaml`.
 * Facts belong in the YAML file, so the prose takes no frontmatter.
 */
export const proseSchema = withEditorMessages(z.object({}).strict());
