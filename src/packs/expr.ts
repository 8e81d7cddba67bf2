import type { Node } from 'yaml';
import { SCOPE_TABLE, SCOPES, type Scope } from '../scopes.js';
import { closest } from './lexicon.js';
import { compilePattern } from './regex.js';
import type { Condition, Expr, Library, ValidatorName, WordSet } from './types.js';
import { normalizeTerm } from './words.js';
import { WordBudget } from './word-budget.js';
import type { MapReader, Where } from './yaml-node.js';

const REF = /^\$([a-z][a-z0-9-]*)$/;
const VALIDATORS: readonly ValidatorName[] = ['id-card', 'luhn'];

/** What each kind of match expression may say besides its own key. */
const EXPR_OPTIONS = {
  words: [],
  seq: ['within', 'scope'],
  near: ['within', 'scope'],
  regex: ['scope', 'validate'],
  any: [],
  all: ['scope', 'within', 'ordered'],
} as const;
type ExprKind = keyof typeof EXPR_OPTIONS;
const EXPR_KINDS = Object.keys(EXPR_OPTIONS) as ExprKind[];
const CUE_KINDS = ['before', 'after', 'around'] as const;
const CONDITION_KINDS = [...CUE_KINDS, 'inside', 'part-of', 'quoted'] as const;

/** Reads match expressions, word lists and exemptions against the run's lexicons and named exemptions. */
export class ExprReader {
  private readonly inline = new Map<string, WordSet>();

  constructor(
    readonly lexicons: Library['lexicons'],
    private readonly exemptions: ReadonlyMap<string, Condition[]>,
    private readonly classes: readonly string[] = [],
    private readonly budget = new WordBudget(),
  ) {}

  /** Names of document classes (a rule's classes and skip-classes, a class's except), each checked at its node. */
  classNames(node: Node | undefined, where: Where, label: string): string[] {
    if (node === undefined) return [];
    const items = where.stringOf(node) !== null ? [node] : where.itemsOf(node);
    if (!items) throw where.error(node, `${label} must be a class name or a list of them`);
    return items.map((item) => {
      const name = where.stringOf(item);
      if (name === null || !this.classes.includes(name)) {
        throw where.error(item, `${label} names an unknown class "${name ?? ''}"${closest(name ?? '', this.classes, '')} (classes: ${this.classes.join(', ') || 'none defined'})`);
      }
      return name;
    });
  }

  /** A `$name`, a word, or a list of both: one set of normalized words. */
  wordSet(node: Node, where: Where, label: string): WordSet {
    const single = where.stringOf(node);
    const items = single !== null ? [node] : where.itemsOf(node);
    if (!items || !items.length) throw where.error(node, `${label} must be a word, a $lexicon, or a non-empty list of them`);
    const parts = items.map((item): WordSet | string => {
      const text = where.stringOf(item);
      if (text === null) throw where.error(item, `${label} has an empty or non-string entry`);
      const ref = REF.exec(text);
      if (ref) {
        const set = this.lexicons.get(ref[1]);
        if (!set) throw where.error(item, `unknown lexicon $${ref[1]}${closest(ref[1], [...this.lexicons.keys()])}`);
        return set;
      }
      const word = normalizeTerm(text.startsWith('\\$') ? text.slice(1) : text);
      if (!word) throw where.error(item, `${label}: "${text}" is empty after normalization`);
      return word;
    });
    // A lexicon on its own is used as it is: copying it for every rule that names it would make
    // loading grow with rules times words.
    if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0];
    const key = parts.map((part) => (typeof part === 'string' ? part : `$${part.name}`)).sort().join('\u0000');
    let set = this.inline.get(key);
    if (!set) {
      const words = new Set<string>();
      for (const part of parts) {
        if (typeof part === 'string') words.add(part);
        else for (const w of part.words) words.add(w);
      }
      this.budget.spend(words.size, where, node);
      this.inline.set(key, (set = { name: null, words: [...words] }));
    }
    return set;
  }

  expr(node: Node, where: Where, path: string): Expr {
    const map = where.asMap(node, path);
    const kinds = EXPR_KINDS.filter((k) => map.has(k));
    if (kinds.length !== 1) {
      throw map.error(null, kinds.length ? `${path} has ${kinds.join(' and ')}: write one per expression and combine them with any or all` : `${path} needs one of ${EXPR_KINDS.join(', ')}`);
    }
    const kind = kinds[0];
    map.onlyKeys([kind, ...EXPR_OPTIONS[kind], 'unless']);
    const unless = this.conditions(map.get('unless'), where, `${path}.unless`);
    const at = `${path}.${kind}`;
    const value = map.get(kind)!;
    switch (kind) {
      case 'words':
        return { kind, set: this.wordSet(value, where, at), path: at, unless };
      case 'seq':
      case 'near': {
        const items = where.itemsOf(value);
        if (!items || items.length < 2) throw where.error(value, `${at} must list at least two words or $lexicons, one for each part`);
        const scope = this.scope(map, path);
        return { kind, sets: items.map((item, i) => this.wordSet(item, where, `${at}[${i}]`)), within: this.gaps(map, path, scope, kind, items.length - 1), scope, path: at, unless };
      }
      case 'regex': {
        const source = where.stringOf(value);
        if (source === null) throw where.error(value, `${at} must be a regular expression`);
        const compiled = compilePattern(source, this.lexicons);
        if (typeof compiled === 'string') throw where.error(value, compiled);
        const validate = map.string('validate') as ValidatorName | null;
        if (validate && !VALIDATORS.includes(validate)) throw map.error('validate', `validate must be one of ${VALIDATORS.join(', ')}`);
        const anchors = compiled.anchors && { name: null, words: compiled.anchors };
        return { kind, regexp: compiled.regexp, source, anchors, scope: this.scope(map, path, 'paragraph'), validate, path: at, unless };
      }
      case 'any':
      case 'all': {
        const items = where.itemsOf(value);
        const least = kind === 'all' ? 2 : 1;
        if (!items || items.length < least) throw where.error(value, `${at} must be a list of at least ${least} match expression${least > 1 ? 's' : ''}`);
        const parts = items.map((item, i) => this.expr(item, where, `${at}[${i}]`));
        if (kind === 'any') return { kind, parts, path: at, unless };
        const scope = this.scope(map, path, 'sentence');
        return { kind, parts, scope, within: this.within(map, path, scope, null), ordered: map.boolean('ordered'), path: at, unless };
      }
    }
  }

  /** An `unless` list: names of shared exemptions, and conditions written out. */
  conditions(node: Node | undefined, where: Where, path: string): Condition[] {
    if (node === undefined) return [];
    const items = where.itemsOf(node);
    if (!items) throw where.error(node, `${path} must be a list of exemption names and conditions`);
    return items.flatMap((item, i) => {
      const name = where.stringOf(item);
      if (name === null) return [this.condition(item, where, `${path}[${i}]`)];
      const shared = this.exemptions.get(name);
      if (!shared) throw where.error(item, `unknown exemption "${name}"${closest(name, [...this.exemptions.keys()], '')}`);
      return shared;
    });
  }

  private condition(node: Node, where: Where, path: string): Condition {
    const map = where.asMap(node, path);
    const kinds = CONDITION_KINDS.filter((k) => map.has(k));
    if (kinds.length !== 1) throw map.error(null, `${path} needs exactly one of ${CONDITION_KINDS.join(', ')}`);
    const kind = kinds[0];
    if (kind === 'quoted') {
      map.onlyKeys([kind]);
      if (!map.boolean(kind)) throw map.error(kind, `${path}.quoted must be true`);
      return { kind, path };
    }
    const set = this.wordSet(map.get(kind)!, where, `${path}.${kind}`);
    if (kind === 'part-of') {
      map.onlyKeys([kind]);
      return { kind, set, path };
    }
    if (kind === 'inside') {
      map.onlyKeys([kind, 'except']);
      const except = map.get('except');
      return { kind, set, except: except === undefined ? null : this.wordSet(except, where, `${path}.except`), path };
    }
    map.onlyKeys([kind, 'within', 'scope', 'except', 'outside-hits']);
    const scope = this.scope(map, path);
    const except = map.get('except');
    return {
      kind,
      set,
      except: except === undefined ? null : this.wordSet(except, where, `${path}.except`),
      within: this.within(map, path, scope, null),
      scope,
      outsideHits: map.boolean('outside-hits'),
      path,
    };
  }

  private scope(map: MapReader, path: string, fallback: Scope = 'clause'): Scope {
    const scope = map.string('scope') ?? fallback;
    if (!(SCOPES as string[]).includes(scope)) throw map.error('scope', `${path}.scope "${scope}" is not a scope: use ${SCOPES.join(', ')}`);
    return scope as Scope;
  }

  /** `within: 4`, or one gap per part after the first: `within: [2, 12]`. */
  private gaps(map: MapReader, path: string, scope: Scope, kind: 'seq' | 'near', count: number): number[] {
    const node = map.get('within');
    const items = map.where.itemsOf(node);
    if (!items) {
      const within = this.within(map, path, scope, kind === 'seq' ? 0 : SCOPE_TABLE[scope].reach)!;
      return Array<number>(count).fill(within);
    }
    if (items.length !== count) throw map.where.error(node!, `${path}.within lists ${items.length} gaps; the ${kind} has ${count} (one before each part after the first)`);
    return items.map((item) => {
      const value = map.where.stringOf(item);
      const gap = value !== null && /^\d+$/.test(value) ? Number(value) : NaN;
      if (Number.isNaN(gap)) throw map.where.error(item, `${path}.within must list whole numbers of at least 0`);
      if (gap > SCOPE_TABLE[scope].reach) throw map.where.error(item, `${path}.within ${gap} is wider than a ${scope} can hold (at most ${SCOPE_TABLE[scope].reach}): use a wider scope or a smaller gap`);
      return gap;
    });
  }

  private within(map: MapReader, path: string, scope: Scope, fallback: number | null): number | null {
    if (!map.has('within')) return fallback;
    const within = map.integer('within', 0, 0);
    const reach = SCOPE_TABLE[scope].reach;
    if (within > reach) throw map.error('within', `${path}.within ${within} is wider than a ${scope} can hold (at most ${reach}): use a wider scope or a smaller gap`);
    return within;
  }
}
