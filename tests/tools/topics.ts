/** The built-in topics for Node tools, read from data/topics/ and validated as the build does. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseTopicFiles } from '../../data/topic-files';

const dir = resolve(import.meta.dirname, '../../data/topics');

/** Every topic file, parsed; throws naming the first bad file. */
export const seedTopics = parseTopicFiles(
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [`./topics/${f}`, JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as unknown]),
  ),
);
