/**
 * The JSON Schema pack authors validate against, generated from the zod `Pack` schema so the
 * two are never written twice. `npm run kb:schema` writes it to data/pack.schema.json; a unit
 * test fails when that file is out of date.
 */
import { z } from 'zod';
import { Pack } from './schema';

/** The pack JSON Schema as the text of data/pack.schema.json. */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(Pack, { io: 'input', unrepresentable: 'any' });
  const document = {
    $schema: schema.$schema,
    $id: 'https://radlens.invalid/pack.schema.json',
    title: 'RadLens content pack',
    description:
      'Topics an institution adds to RadLens. Generated from utils/core/schema.ts by `npm run kb:schema`; do not edit by hand. Cross-field rules (a topic cites only its own references, ids are unique) are checked on import.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
