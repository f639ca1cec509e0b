/**
 * The built-in topics, one JSON file each in `data/topics/`, validated at load, and the seed
 * version: a hash of their content, so any edit to a topic re-seeds existing installs.
 */
import { Topic } from '../utils/core/schema';

const files = import.meta.glob<{ default: unknown }>('./topics/*.json', { eager: true });

/** Parses every topic file; a bad file fails loudly, naming the file and the path. */
function loadTopics(): Topic[] {
  return Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, mod]) => {
      const result = Topic.safeParse(mod.default);
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

/** The built-in topics, sorted by id. */
export const seedTopics: readonly Topic[] = loadTopics();

/** Changes whenever any built-in topic changes. */
export const seedVersion: string = `1-${hash(JSON.stringify(seedTopics))}`;
