/**
 * The built-in topics, one JSON file each in `data/topics/`, validated at load, and the seed
 * version: a hash of their content, so any edit to a topic re-seeds existing installs.
 */
import type { Topic } from '../utils/core/schema';
import { parseTopicFiles, versionOf } from './topic-files';

const files = import.meta.glob<{ default: unknown }>('./topics/*.json', { eager: true });

/** The built-in topics, sorted by file name. */
export const seedTopics: readonly Topic[] = parseTopicFiles(
  Object.fromEntries(Object.entries(files).map(([file, mod]) => [file, mod.default])),
);

/** Changes whenever any built-in topic changes. */
export const seedVersion: string = versionOf(seedTopics);
