/**
 * `npm run kb:schema`: writes data/pack.schema.json from the zod schema (`--check` only
 * compares, exiting 1 when the file is out of date).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { packJsonSchema } from '../../utils/core/pack-schema';

const file = resolve(import.meta.dirname, '../../data/pack.schema.json');
const wanted = packJsonSchema();
const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
if (process.argv.includes('--check')) {
  if (current !== wanted) {
    console.error('data/pack.schema.json is out of date: run npm run kb:schema');
    process.exit(1);
  }
  console.log('data/pack.schema.json is up to date');
} else if (current === wanted) {
  console.log('data/pack.schema.json is up to date');
} else {
  writeFileSync(file, wanted);
  console.log(`wrote data/pack.schema.json (${wanted.length} characters)`);
}
