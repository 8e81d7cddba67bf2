import { fileURLToPath } from 'node:url';

/** rules/ beside src/ and dist/, wherever the package is installed. */
export const BUILTIN_RULES_DIR = fileURLToPath(new URL('../rules/', import.meta.url));
