import { readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { BUILTIN_RULES_DIR, statOrNull } from '../paths.js';
import { UserError } from '../user-error.js';

/** The YAML files of one pack: a single file, or a folder (pack.yaml, lexicon/*.yaml, rules/*.yaml). */
export interface PackSource {
  /** The pack file, or the folder pack's pack.yaml. */
  main: string;
  lexicons: string[];
  rules: string[];
}

const YAML_EXTENSIONS = ['.yaml', '.yml'];
const FOLDER_PACK = 'pack.yaml';
/** The base lexicon: word lists, exemptions and classes every pack may use, loaded in every run. */
export const BASE_LEXICON_DIR = join(BUILTIN_RULES_DIR, 'lexicon');

export function baseLexiconFiles(): string[] {
  return yamlFilesIn(BASE_LEXICON_DIR);
}

/**
 * `--pack` arguments to packs. A name is a built-in pack; a file is a pack (a folder pack by its
 * pack.yaml); a folder is a folder of packs: its YAML files and its subfolders holding a pack.yaml.
 * None: every built-in pack.
 */
export function resolvePacks(refs: readonly string[], cwd: string): PackSource[] {
  if (refs.length === 0) return packsIn(BUILTIN_RULES_DIR);
  return refs.flatMap((ref) => {
    const builtin = builtinPack(ref);
    if (builtin) return [builtin];
    const path = resolve(cwd, ref);
    const stat = statOrNull(path);
    if (!stat) throw new UserError(`${ref}: no such pack: name a built-in pack (${builtinNames().join(', ')}), a YAML file or a folder of them`);
    if (stat.isDirectory()) return packsIn(path);
    return [basename(path) === FOLDER_PACK ? folderPack(dirname(path)) : { main: path, lexicons: [], rules: [] }];
  });
}

export function builtinNames(): string[] {
  return packsIn(BUILTIN_RULES_DIR).map((p) => (basename(p.main) === FOLDER_PACK ? basename(dirname(p.main)) : basename(p.main).replace(/\.ya?ml$/, '')));
}

function builtinPack(ref: string): PackSource | null {
  if (/[\\/.]/.test(ref)) return null;
  if (statOrNull(join(BUILTIN_RULES_DIR, ref, FOLDER_PACK))) return folderPack(join(BUILTIN_RULES_DIR, ref));
  const file = join(BUILTIN_RULES_DIR, `${ref}.yaml`);
  return statOrNull(file) ? { main: file, lexicons: [], rules: [] } : null;
}

function packsIn(dir: string): PackSource[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  return entries.flatMap((entry): PackSource[] => {
    const path = join(dir, entry.name);
    if (entry.isFile() && YAML_EXTENSIONS.includes(extname(entry.name))) return [{ main: path, lexicons: [], rules: [] }];
    if (entry.isDirectory() && statOrNull(join(path, FOLDER_PACK))) return [folderPack(path)];
    return [];
  });
}

function folderPack(dir: string): PackSource {
  return { main: join(dir, FOLDER_PACK), lexicons: yamlFilesIn(join(dir, 'lexicon')), rules: yamlFilesIn(join(dir, 'rules')) };
}

function yamlFilesIn(dir: string): string[] {
  if (!statOrNull(dir)?.isDirectory()) return [];
  return readdirSync(dir)
    .filter((name) => YAML_EXTENSIONS.includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}
