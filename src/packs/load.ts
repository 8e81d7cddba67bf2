import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Node } from 'yaml';
import { join } from 'node:path';
import { DEFAULT_MAX_PACK_SIZE, formatSize } from '../limits.js';
import { BUILTIN_RULES_DIR, displayPath } from '../paths.js';
import { UserError } from '../user-error.js';
import { PackError } from './errors.js';
import { ExprReader } from './expr.js';
import { legacyProblem } from './legacy.js';
import { closest, LexiconBuilder, NAME } from './lexicon.js';
import { ID_PATTERN, readRule } from './rule.js';
import { precompiledLoaded, sourcesKey } from './precompiled.js';
import { baseLexiconFiles, resolvePacks, type PackSource } from './sources.js';
import type { Condition, Declaration, DocumentClass, Library, Loaded, Pack } from './types.js';
import { WordBudget } from './word-budget.js';
import { readYaml, type MapReader } from './yaml-node.js';

export const FORMAT = 2;
const PACK_KEYS = ['format', 'id', 'name', 'version', 'description', 'locale', 'lexicon', 'exemptions', 'classes', 'classify', 'rules'];
const SHARED_KEYS = ['format', 'lexicon', 'exemptions', 'classes'];

interface ReadFile {
  file: string;
  bytes: Buffer;
  top: MapReader | null;
}

interface ReadPack {
  source: PackSource;
  main: ReadFile;
  lexicons: ReadFile[];
  rules: ReadFile[];
}

export interface LoadOptions {
  /** Use the build's linked copy of the built-in packs when their files are unchanged. */
  precompiled?: boolean;
  /** Bytes of YAML one pack (all its files) may hold. */
  maxPackSize?: number;
  /** `lexicon:` sections of the configuration: changes applied after the packs' own. */
  lexicon?: readonly MapReader[];
}

/**
 * Loads packs (built-in names, files, folders; none: every built-in pack) with the base
 * lexicon, resolving every name across them. A run with no rules would pass everything:
 * that is a usage error, not a clean result.
 */
export function loadPacks(refs: readonly string[], cwd: string, options: LoadOptions = { precompiled: true }): Loaded {
  const sources = resolvePacks(refs, cwd);
  if (!sources.length) throw new UserError(`${refs.join(' ')}: no YAML packs found there, so no rules to check with: name a pack file, a folder holding .yaml packs, or a built-in pack`);
  for (const source of sources) checkPackSize(source, options.maxPackSize ?? DEFAULT_MAX_PACK_SIZE, cwd);
  const lexicon = options.lexicon ?? [];
  const ready = refs.length === 0 && options.precompiled && !lexicon.length ? precompiledLoaded(sourcesKey(builtinFiles()), (file) => displayPath(join(BUILTIN_RULES_DIR, file), cwd)) : null;
  if (ready) return ready;
  const read = (file: string): ReadFile => {
    const bytes = readFileSync(file);
    return { file: displayPath(file, cwd), bytes, top: readYaml(displayPath(file, cwd), bytes).top };
  };
  const base = baseLexiconFiles().map(read);
  const packs = sources.map((source): ReadPack => ({ source, main: read(source.main), lexicons: source.lexicons.map(read), rules: source.rules.map(read) }));
  return link(base, packs, lexicon);
}

/**
 * Parsing YAML takes many times the memory of its text: an oversized pack is refused before it is
 * read. So is anything but a regular file (reading a FIFO would wait for a writer forever).
 */
function checkPackSize(source: PackSource, maxPackSize: number, cwd: string): void {
  let size = 0;
  for (const file of [source.main, ...source.lexicons, ...source.rules]) {
    const stat = statSync(file);
    if (!stat.isFile()) throw new UserError(`${displayPath(file, cwd)}: not a regular file: name a YAML pack file`);
    size += stat.size;
  }
  if (size > maxPackSize) {
    throw new UserError(`${displayPath(source.main, cwd)}: the pack is ${formatSize(size)}, over the ${formatSize(maxPackSize)} limit for packs: raise --max-pack-size if it is meant to be this large`);
  }
}

/** Every file a default run reads: the base lexicon, then each built-in pack's files, in load order. */
export function builtinFiles(): string[] {
  return [...baseLexiconFiles(), ...resolvePacks([], BUILTIN_RULES_DIR).flatMap((s) => [s.main, ...s.lexicons, ...s.rules])];
}

/** Parses and validates one single-file pack with the base lexicon (for tests and `rules test` on a text). */
export function parsePack(file: string, bytes: Buffer): Loaded {
  const base = baseLexiconFiles().map((path) => {
    const data = readFileSync(path);
    return { file: path, bytes: data, top: readYaml(path, data).top };
  });
  return link(base, [{ source: { main: file, lexicons: [], rules: [] }, main: { file, bytes, top: readYaml(file, bytes).top }, lexicons: [], rules: [] }]);
}

function link(base: ReadFile[], packs: ReadPack[], changes: readonly MapReader[] = []): Loaded {
  for (const pack of packs) checkHeader(pack);
  for (const file of base) file.top?.onlyKeys(SHARED_KEYS);
  for (const file of packs.flatMap((p) => p.lexicons)) file.top?.onlyKeys(SHARED_KEYS);
  const shared = [...base, ...packs.flatMap((p) => [p.main, ...p.lexicons])].flatMap((f) => (f.top ? [f.top] : []));

  const lexicon = new LexiconBuilder();
  for (const top of shared) {
    const section = top.map('lexicon', 'lexicon');
    if (section) lexicon.add(section);
  }
  for (const section of changes) lexicon.add(section);
  const budget = new WordBudget();
  const lexicons = lexicon.build(budget);
  const exemptions = readExemptions(shared, new ExprReader(lexicons, new Map(), [], budget));
  const classNames = shared.flatMap((top) => top.map('classes', 'classes')?.keys() ?? []);
  const exprs = new ExprReader(lexicons, exemptions, classNames, budget);
  const classes = readClasses(shared, exprs);
  const library: Library = { lexicons, exemptions, classes };
  const loaded = packs.map((pack) => readPack(pack, exprs));
  checkUnique(loaded);
  return { packs: loaded, library };
}

function checkHeader(pack: ReadPack): void {
  const top = pack.main.top;
  if (!top) throw new PackError(pack.main.file, 1, 1, `empty pack: expected format: ${FORMAT}, id, name, version and rules`);
  if (!top.has('format')) {
    for (const node of top.has('rules') ? top.where.itemsOf(top.get('rules')) ?? [] : []) {
      const problem = top.where.isMapping(node) ? legacyProblem(top.where.asMap(node, 'rule')) : null;
      if (problem) throw problem;
    }
    throw top.error(null, `the pack needs "format: ${FORMAT}" at the top (README, "Writing rule packs")`);
  }
  if (top.integer('format', FORMAT) !== FORMAT) throw top.error('format', `pack format ${top.get('format')} is not read by this copylint: write format: ${FORMAT} (README, "From pack format 1")`);
  top.onlyKeys(pack.rules.length || pack.source.lexicons.length ? PACK_KEYS.filter((k) => k !== 'rules') : PACK_KEYS);
}

function readExemptions(shared: MapReader[], exprs: ExprReader): Map<string, Condition[]> {
  const out = new Map<string, Condition[]>();
  for (const top of shared) {
    const section = top.map('exemptions', 'exemptions');
    for (const { key, keyNode, value } of section?.entries() ?? []) {
      if (!NAME.test(key)) throw top.where.error(keyNode, `exemption name "${key}" must be lower-case letters, digits and dashes`);
      if (out.has(key)) throw top.where.error(keyNode, `exemption "${key}" is already defined`);
      out.set(key, exprs.conditions(value, top.where, `exemption ${key}`));
    }
  }
  return out;
}

function readClasses(shared: MapReader[], exprs: ExprReader): DocumentClass[] {
  const out: DocumentClass[] = [];
  for (const top of shared) {
    const section = top.map('classes', 'classes');
    for (const { key, keyNode, value } of section?.entries() ?? []) {
      if (!NAME.test(key)) throw top.where.error(keyNode, `class name "${key}" must be lower-case letters, digits and dashes`);
      if (out.some((c) => c.name === key)) throw top.where.error(keyNode, `class "${key}" is already defined`);
      const spec = top.where.asMap(value, `classes.${key}`);
      spec.onlyKeys(['when', 'min', 'except', 'of']);
      const except = exprs.classNames(spec.get('except'), top.where, `classes.${key}.except`);
      const of = exprs.classNames(spec.get('of'), top.where, `classes.${key}.of`);
      const when = spec.get('when');
      if ((when === undefined) === (of.length === 0)) throw spec.error(null, `classes.${key} needs either "when" (the words that tell such a document) or "of" (the classes it groups)`);
      out.push({
        name: key,
        when: when === undefined ? null : exprs.expr(when, top.where, `classes.${key}.when`),
        of,
        min: spec.integer('min', 1),
        except,
        file: top.where.file,
        line: top.lineOf(keyNode),
      });
    }
  }
  return out;
}

function readPack(pack: ReadPack, exprs: ExprReader): Pack {
  const top = pack.main.top!;
  const id = top.string('id', true);
  if (!ID_PATTERN.test(id)) throw top.error('id', `pack id "${id}" must be lower-case letters, digits and dashes`);
  const ruleNodes: Array<{ node: Node; reader: MapReader; file: string }> = pack.rules.length
    ? pack.rules.map((f) => {
        if (!f.top) throw new PackError(f.file, 1, 1, 'empty rule file: expected one rule (id, severity, message, basis, match or require)');
        return { node: f.top.node, reader: f.top, file: f.file };
      })
    : top.seq('rules').map((node) => ({ node, reader: top.where.asMap(node, 'rule'), file: pack.main.file }));
  const rules = ruleNodes.map(({ reader, file }) => readRule(reader, id, file, exprs));
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) throw ruleNodes[index].reader.error('id', `duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
  });
  return {
    id,
    name: top.string('name', true),
    version: top.text('version'),
    description: top.string('description') ?? '',
    locale: top.string('locale') ?? 'zh-CN',
    file: pack.main.file,
    sha256: sha256([pack.main, ...pack.lexicons, ...pack.rules].map((f) => f.bytes)),
    rules,
    declarations: readDeclarations(top, pack.main.file, exprs),
  };
}

function readDeclarations(top: MapReader, file: string, exprs: ExprReader): Declaration[] {
  const node = top.get('classify');
  if (node === undefined) return [];
  const items = top.where.itemsOf(node);
  if (!items) throw top.error('classify', 'classify must be a list of { files: <glob>, classes: [...] }');
  return items.map((item) => {
    const entry = top.where.asMap(item, 'classify entry');
    entry.onlyKeys(['files', 'classes']);
    return { files: entry.string('files', true), classes: exprs.classNames(entry.get('classes'), top.where, 'classify.classes'), file };
  });
}


function checkUnique(packs: Pack[]): void {
  const seen = new Map<string, string>();
  for (const pack of packs) {
    const other = seen.get(pack.id);
    if (other) throw new PackError(pack.file, 1, 1, `pack id "${pack.id}" is also used by ${other}`);
    seen.set(pack.id, pack.file);
  }
}

function sha256(parts: Buffer[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
