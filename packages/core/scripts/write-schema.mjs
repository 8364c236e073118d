// Writes schema.json (the JSON Schema of the document format) from the built zod schema.
import { writeFileSync } from 'node:fs';
import { documentJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
