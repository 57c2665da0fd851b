// Module hooks that let plain Node load the collection schemas (src/schemas/) outside Astro:
// `astro:content` resolves to a stand-in with the same `reference()`, and the schemas'
// extensionless relative imports (written for Vite) resolve to their .ts files.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'astro:content') {
    return {
      url: new URL('./astro-content-stand-in.ts', import.meta.url).href,
      shortCircuit: true,
    };
  }
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (relative && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
    return nextResolve(`${specifier}.ts`, context);
  }
  return nextResolve(specifier, context);
}
