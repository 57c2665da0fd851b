// Imported first by the scripts that read the collection schemas in plain Node.
import { register } from 'node:module';

register('./schema-hooks.mjs', import.meta.url);
