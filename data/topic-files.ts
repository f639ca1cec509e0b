/**
 * Turns topic files into validated topics and a seed version; shared by `data/index.ts`
 * (files bundled by Vite) and the Node tools (files read from disk).
 */
import { Topic } from '../utils/core/schema';

/** Parses topic files keyed by path; a bad file fails loudly, naming the file and the path. */
export function parseTopicFiles(files: Record<string, unknown>): Topic[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, json]) => {
      const result = Topic.safeParse(json);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(`${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      return result.data;
    });
}

/** FNV-1a over a string, as 8 hex digits. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A version that changes whenever any of `topics` changes. */
export function versionOf(topics: readonly Topic[]): string {
  return `1-${hash(JSON.stringify(topics))}`;
}
