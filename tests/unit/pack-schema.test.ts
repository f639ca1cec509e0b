/** The committed pack JSON Schema is the one the zod schema generates, and it reads packs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedTopics } from '../../data/index';
import { exportPack } from '../../utils/core/pack';
import { packJsonSchema } from '../../utils/core/pack-schema';

const file = resolve(import.meta.dirname, '../../data/pack.schema.json');

/** The parts of a JSON Schema object the tests read. */
interface ObjectSchema {
  required: string[];
  additionalProperties: boolean;
  properties: Record<string, ObjectSchema & { enum?: string[]; items: ObjectSchema }>;
}
const readSchema = () => JSON.parse(readFileSync(file, 'utf8')) as ObjectSchema;

describe('data/pack.schema.json', () => {
  it('is up to date with utils/core/schema.ts (npm run kb:schema)', () => {
    expect(readFileSync(file, 'utf8')).toBe(packJsonSchema());
  });

  it('describes the fields a pack and its topics must have', () => {
    const schema = readSchema();
    expect(schema.required).toEqual(['format', 'version', 'name', 'publisher', 'topics']);
    const topic = schema.properties.topics!.items;
    expect(topic.required).toEqual(
      expect.arrayContaining(['id', 'title', 'question', 'bottomLine', 'indicator', 'terms']),
    );
    expect(topic.properties.indicator!.enum).toEqual(['info', 'warning', 'critical']);
    expect(topic.additionalProperties).toBe(false);
    // Fields with defaults may be left out by authors.
    expect(topic.required).not.toContain('examples');
  });

  it('has every top-level key of an exported pack among its properties', () => {
    const schema = readSchema();
    const pack = JSON.parse(exportPack('x', 'y', seedTopics.slice(0, 1))) as Record<
      string,
      unknown
    > & { topics: object[] };
    for (const key of Object.keys(pack)) expect(schema.properties).toHaveProperty(key);
    for (const key of Object.keys(pack.topics[0]!))
      expect(schema.properties.topics!.items.properties).toHaveProperty(key);
  });
});
