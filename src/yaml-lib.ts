import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | null = null;

/**
 * The YAML parser, loaded on first use. A run with the built-in packs (precompiled) and no
 * config never parses YAML, and loading the parser's two hundred modules took longer than the
 * rest of start-up.
 */
export function yaml(): typeof Yaml {
  return (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
