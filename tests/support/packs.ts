/** Pack files the browser tests import, built from the built-in topics' own files. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportPack } from '../../utils/core/pack';
import type { Topic } from '../../utils/core/schema';

/** A built-in topic as its file in data/topics/ holds it. */
export const topicFile = (id: string) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../../data/topics/${id}.json`), 'utf8'),
  ) as Topic;

/** An institution's own topic, shaped from a built-in one, in a pack file's text. */
export function chestDrainPack(): string {
  const base = topicFile('pleural-effusion');
  const topic: Topic = {
    ...base,
    id: 'chest-drain-care',
    title: 'Chest drain care',
    terms: [{ text: 'chest drain', kind: 'preferred' }],
    claims: [],
    criteria: [],
    related: [],
    examples: [],
  };
  return exportPack('Chest pathways', 'St Elsewhere', [topic]);
}
