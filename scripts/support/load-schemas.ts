// Imported first by the scripts that read the collection schemas (src/content-model/schemas/) in plain Node:
// `astro:content` resolves to a stand-in with the same `reference()`, and the schemas'
// extensionless relative imports (written for Vite) resolve to their .ts files.
import { registerHooks } from 'node:module';

const standIn = new URL('./astro-content-stand-in.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'astro:content') return { url: standIn, shortCircuit: true };
    const relative = specifier.startsWith('./') || specifier.startsWith('../');
    if (relative && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      return nextResolve(`${specifier}.ts`, context);
    }
    return nextResolve(specifier, context);
  },
});
