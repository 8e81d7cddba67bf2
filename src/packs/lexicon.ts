import type { Node } from 'yaml';
import { normalizeTerm } from './words.js';
import type { Library, WordSet } from './types.js';
import type { WordBudget } from './word-budget.js';
import type { MapReader, Where } from './yaml-node.js';

export const NAME = /^[a-z][a-z0-9-]*$/;
const REF = /^\$([a-z][a-z0-9-]*)$/;

interface Entry {
  text: string;
  node: Node;
  where: Where;
}

interface Definition {
  items: Entry[];
  node: Node;
  where: Where;
}

interface Change {
  name: string;
  extend: Entry[];
  remove: Entry[];
  node: Node;
  where: Where;
}

/**
 * The named word lists of every file of a run, gathered first and resolved together:
 * names are global, each defined once; `extend` and `remove` apply after every
 * definition, in load order; a list may include others (`$name`), but not itself.
 */
export class LexiconBuilder {
  private readonly definitions = new Map<string, Definition>();
  private readonly changes: Change[] = [];

  /** Reads a `lexicon:` mapping: a list defines a name, `{ extend, remove }` changes one. */
  add(section: MapReader): void {
    for (const { key, keyNode, value } of section.entries()) {
      if (!NAME.test(key)) throw section.where.error(keyNode, `lexicon name "${key}" must be lower-case letters, digits and dashes, starting with a letter`);
      if (section.where.isMapping(value)) {
        const change = section.where.asMap(value, `lexicon.${key}`);
        change.onlyKeys(['extend', 'remove']);
        this.changes.push({ name: key, extend: entries(change, 'extend'), remove: entries(change, 'remove'), node: keyNode, where: section.where });
        continue;
      }
      const items = section.where.itemsOf(value);
      if (!items) throw section.where.error(value, `lexicon.${key} must be a list of words, or { extend: […], remove: […] } to change a list defined elsewhere`);
      const earlier = this.definitions.get(key);
      if (earlier) {
        const { line } = earlier.where.position(earlier.node);
        throw section.where.error(keyNode, `lexicon name "${key}" is already defined at ${earlier.where.file}:${line}; to add words to it write "${key}: { extend: [...] }"`);
      }
      this.definitions.set(key, { items: items.map((node) => entry(node, section.where, `lexicon.${key}`)), node: keyNode, where: section.where });
    }
  }

  build(budget: WordBudget): Library['lexicons'] {
    for (const change of this.changes) {
      if (!this.definitions.has(change.name)) throw change.where.error(change.node, `cannot change lexicon "${change.name}": it is not defined${closest(change.name, [...this.definitions.keys()])}`);
    }
    const resolved: Library['lexicons'] = new Map();
    const resolve = (name: string, chain: string[]): WordSet => {
      const done = resolved.get(name);
      if (done) return done;
      const definition = this.definitions.get(name)!;
      const changes = this.changes.filter((c) => c.name === name);
      const words = new Set<string>();
      const includes: string[] = [];
      for (const item of [...definition.items, ...changes.flatMap((c) => c.extend)]) {
        const ref = REF.exec(item.text);
        if (!ref) {
          words.add(word(item));
          continue;
        }
        const target = ref[1];
        if (!this.definitions.has(target)) throw item.where.error(item.node, `unknown lexicon $${target}${closest(target, [...this.definitions.keys()])}`);
        if (chain.includes(target)) throw item.where.error(item.node, `lexicon cycle: ${[...chain, target].map((n) => `$${n}`).join(' → ')}`);
        includes.push(target);
        for (const w of resolve(target, [...chain, target]).words) words.add(w);
      }
      for (const item of changes.flatMap((c) => c.remove)) {
        if (!words.delete(word(item))) throw item.where.error(item.node, `cannot remove "${item.text}": it is not in $${name}`);
      }
      if (!words.size) throw definition.where.error(definition.node, `lexicon $${name} is empty`);
      if (includes.length) budget.spend(words.size, definition.where, definition.node);
      const { line } = definition.where.position(definition.node);
      const set = { name, words: [...words], file: definition.where.file, line, includes };
      resolved.set(name, set);
      return set;
    };
    for (const name of this.definitions.keys()) resolve(name, [name]);
    return resolved;
  }
}

function entries(change: MapReader, key: string): Entry[] {
  return change.strings(key).map(({ text, node }) => ({ text, node, where: change.where }));
}

function entry(node: Node, where: Where, label: string): Entry {
  const text = where.stringOf(node);
  if (text === null) throw where.error(node, `${label} has an empty or non-string entry`);
  return { text, node, where };
}

function word(item: Entry): string {
  const normalized = normalizeTerm(item.text.startsWith('\\$') ? item.text.slice(1) : item.text);
  if (!normalized) throw item.where.error(item.node, `"${item.text}" is empty after normalization`);
  return normalized;
}

/** ` (did you mean $x?)` for a near miss among `names`. */
export function closest(name: string, names: readonly string[], sigil = '$'): string {
  const near = names.find((n) => n.startsWith(name.slice(0, 4)) || name.startsWith(n.slice(0, 4)));
  return near ? ` (did you mean ${sigil}${near}?)` : '';
}
