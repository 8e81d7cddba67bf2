import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { BUILTIN_RULES_DIR, displayPath } from '../paths.js';
import { UserError } from '../user-error.js';
import { PackError } from './errors.js';
import { precompiledPack } from './precompiled.js';
import { ID_PATTERN, readRule } from './rule.js';
import type { Pack } from './types.js';
import { Where } from './yaml-node.js';

const PACK_KEYS = ['id', 'name', 'version', 'description', 'locale', 'rules'] as const;
const YAML_EXTENSIONS = ['.yaml', '.yml'];

/** Resolves `--pack` arguments (built-in names, files, folders) to pack files; none means every built-in pack. */
export function resolvePackFiles(refs: readonly string[], cwd: string): string[] {
  if (refs.length === 0) return yamlFilesIn(BUILTIN_RULES_DIR);
  return refs.flatMap((ref) => {
    const builtin = join(BUILTIN_RULES_DIR, `${ref}.yaml`);
    if (!/[\\/.]/.test(ref) && exists(builtin)) return [builtin];
    const path = resolve(cwd, ref);
    if (!exists(path)) throw new UserError(`${ref}: no such pack: name a built-in pack (${builtinNames().join(', ')}), a YAML file or a folder of them`);
    return statSync(path).isDirectory() ? yamlFilesIn(path) : [path];
  });
}

/** A run with no rules would pass everything: that is a usage error, not a clean result. */
export function loadPacks(refs: readonly string[], cwd: string, options = { precompiled: true }): Pack[] {
  const files = resolvePackFiles(refs, cwd);
  if (!files.length) throw new UserError(`${refs.join(" ")}: no YAML packs found there, so no rules to check with: name a pack file, a folder holding .yaml packs, or a built-in pack`);
  const packs = files.map((file) => {
    const bytes = readFileSync(file);
    const display = displayPath(file, cwd);
    const ready = options.precompiled ? precompiledPack(sha256(bytes), display) : null;
    return ready ?? parsePack(display, bytes);
  });
  const seen = new Map<string, string>();
  for (const pack of packs) {
    const other = seen.get(pack.id);
    if (other) throw new PackError(pack.file, 1, 1, `pack id "${pack.id}" is also used by ${other}`);
    seen.set(pack.id, pack.file);
  }
  return packs;
}

/** Parses and validates one pack; every problem becomes a PackError at its YAML node. */
export function parsePack(file: string, bytes: Buffer): Pack {
  const lineCounter = new LineCounter();
  const doc = parseDocument(bytes.toString('utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = new Where(file, lineCounter);
  const [problem] = doc.errors;
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    throw new PackError(file, line, col, `YAML syntax: ${problem.message.split('\n')[0]}`);
  }
  if (!doc.contents) throw new PackError(file, 1, 1, 'empty pack: expected id, name, version and rules');
  const top = where.asMap(doc.contents, 'pack');
  top.onlyKeys(PACK_KEYS);
  const id = top.string('id', true);
  if (!ID_PATTERN.test(id)) throw top.error('id', `pack id "${id}" must be lower-case letters, digits and dashes`);
  const nodes = top.seq('rules');
  const rules = nodes.map((node) => readRule(where.asMap(node, 'rule'), id, file));
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) throw where.error(nodes[index], `duplicate rule id "${rule.id}"`);
    ids.add(rule.id);
  });
  return {
    id,
    name: top.string('name', true),
    version: top.text('version'),
    description: top.string('description') ?? '',
    locale: top.string('locale') ?? 'zh-CN',
    file,
    sha256: sha256(bytes),
    rules,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function builtinNames(): string[] {
  return yamlFilesIn(BUILTIN_RULES_DIR).map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.ya?ml$/, ''));
}

function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => YAML_EXTENSIONS.includes(extname(name)))
    .sort()
    .map((name) => join(dir, name));
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}
