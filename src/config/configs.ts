import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { merge, EMPTY, type Merged } from './merge.js';
import { readConfigFile, type ConfigFile } from './read.js';

/** Looked for in this order; the first one a folder holds is its config. */
export const CONFIG_NAMES = ['.copylintrc.yaml', '.copylintrc.yml', 'copylint.config.yaml'];

/** Where configuration comes from: found beside the documents, one file (`--config`), or none (`--no-config`). */
export type ConfigSource = { kind: 'discover' } | { kind: 'file'; path: string } | { kind: 'none' };

/**
 * The configuration of a run. Discovered configs are looked for in each checked file's folder
 * and its parents up to the repository root, and merged nearer over farther; each file's
 * `extends` comes before it. Every file is read once.
 */
export class Configs {
  /** The git top level of the working folder, or the working folder outside git. */
  readonly root: string;
  private readonly read = new Map<string, ConfigFile>();
  private readonly layers = new Map<string, ConfigFile[]>();
  private readonly merged = new Map<string, Merged>();
  private readonly fixed: Merged | null;

  constructor(
    readonly cwd: string,
    readonly source: ConfigSource = { kind: 'discover' },
  ) {
    this.root = repoRoot(cwd);
    if (source.kind === 'none') this.fixed = EMPTY;
    else if (source.kind === 'file') {
      const path = resolve(cwd, source.path);
      this.fixed = merge(this.expand(this.file(path), [path]));
    }
    else this.fixed = null;
  }

  /** Run-wide options (packs, lexicon, failOn, maxWarnings) come from the working folder's configs, or from --config. */
  forRun(): Merged {
    return this.fixed ?? this.forFolder(this.cwd);
  }

  /** The merged configs that apply to a document: those of its folder and every parent up to the root. */
  forFile(path: string): Merged {
    if (this.fixed) return this.fixed;
    const dir = dirname(path);
    return this.forFolder(isInside(dir, this.root) ? dir : this.cwd);
  }

  private forFolder(dir: string): Merged {
    let done = this.merged.get(dir);
    if (!done) {
      done = merge(foldersFrom(this.root, dir).flatMap((folder) => this.configIn(folder)));
      this.merged.set(dir, done);
    }
    return done;
  }

  /** The config a folder holds, preceded by what it extends. */
  private configIn(dir: string): ConfigFile[] {
    let found = this.layers.get(dir);
    if (!found) {
      const name = CONFIG_NAMES.find((n) => existsSync(join(dir, n)));
      const path = name ? join(dir, name) : null;
      found = path ? this.expand(this.file(path), [path]) : [];
      this.layers.set(dir, found);
    }
    return found;
  }

  private expand(config: ConfigFile, chain: string[]): ConfigFile[] {
    const out: ConfigFile[] = [];
    for (const target of config.extends) {
      const path = resolve(config.dir, target.text);
      if (!existsSync(path)) throw config.where.error(target.node, `extends: no config "${target.text}" (relative to this config's folder): check the path`);
      if (chain.includes(path)) {
        throw config.where.error(target.node, `extends cycle: ${[...chain, path].map((p) => this.file(p).shown).join(' → ')}: remove one of the extends`);
      }
      for (const file of this.expand(this.file(path), [...chain, path])) out.push(file);
    }
    out.push(config);
    return out;
  }

  private file(path: string): ConfigFile {
    let config = this.read.get(path);
    if (!config) {
      config = readConfigFile(path, this.cwd);
      this.read.set(path, config);
    }
    return config;
  }
}

/** The nearest folder holding `.git` (a folder, or a file in worktrees and submodules), else `cwd`. */
export function repoRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

/** `root` and each folder below it down to `dir`, farther first. */
function foldersFrom(root: string, dir: string): string[] {
  const rel = relative(root, dir);
  const parts = rel ? rel.split(sep) : [];
  return [root, ...parts.map((_, i) => join(root, parts.slice(0, i + 1).join(sep)))];
}

function isInside(dir: string, root: string): boolean {
  const rel = relative(root, dir);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}
