import type { Condition, Declaration, DocumentClass, Expr, Library, Loaded, Pack, Rule, WordSet } from '../packs/types.js';
import { AhoCorasick } from './aho-corasick.js';

/** Every loaded rule and class, with one automaton over the words of every set they use. */
export interface RuleSet {
  packs: Pack[];
  rules: Rule[];
  classes: DocumentClass[];
  declarations: Declaration[];
  library: Library;
  automaton: AhoCorasick;
  /** Automaton pattern → the sets holding that word. */
  members: Int32Array[];
  sets: WordSet[];
  /** Set → indexes of the rules whose match (or trigger) needs a word of it. */
  rulesOf: number[][];
  /** Rules with a pattern that has no anchor: run on every document. */
  alwaysRules: number[];
  setId(set: WordSet): number;
}

const keyOf = (set: WordSet) => (set.name !== null ? `$${set.name}` : set.words.join('\u0000'));

export function compileRuleSet(loaded: Loaded): RuleSet {
  const { packs, library } = loaded;
  const rules = packs.flatMap((pack) => pack.rules);
  const sets: WordSet[] = [];
  const byKey = new Map<string, number>();
  const setId = (set: WordSet): number => {
    const key = keyOf(set);
    let id = byKey.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(set);
      byKey.set(key, id);
    }
    return id;
  };
  const rulesOf: number[][] = [];
  const alwaysRules: number[] = [];
  rules.forEach((rule, index) => {
    const roots = [rule.match, rule.require?.when].filter((e): e is Expr => e !== null && e !== undefined);
    for (const root of roots) visit(root, setId);
    const triggers = roots.map((root) => triggerSets(root, setId));
    if (triggers.some((t) => t === null) || (rule.require && !rule.require.when)) alwaysRules.push(index);
    else for (const id of new Set(triggers.flat() as number[])) (rulesOf[id] ??= []).push(index);
  });
  for (const c of library.classes) visit(c.when, setId);

  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const memberLists: number[][] = [];
  sets.forEach((set, id) => {
    for (const word of set.words) {
      let w = wordIndex.get(word);
      if (w === undefined) {
        w = words.length;
        words.push(word);
        wordIndex.set(word, w);
        memberLists.push([]);
      }
      memberLists[w].push(id);
    }
  });
  return {
    packs,
    rules,
    classes: library.classes,
    declarations: packs.flatMap((p) => p.declarations),
    library,
    automaton: new AhoCorasick(words),
    members: memberLists.map((m) => Int32Array.from(m)),
    sets,
    rulesOf: sets.map((_s, id) => rulesOf[id] ?? []),
    alwaysRules,
    setId: (set) => byKey.get(keyOf(set))!,
  };
}

/** Registers every set an expression and its exemptions use. */
function visit(expr: Expr, setId: (set: WordSet) => number): void {
  for (const c of expr.unless) visitCondition(c, setId);
  switch (expr.kind) {
    case 'words':
      setId(expr.set);
      break;
    case 'seq':
    case 'near':
      expr.sets.forEach(setId);
      break;
    case 'regex':
      if (expr.anchors) setId(expr.anchors);
      break;
    case 'any':
    case 'all':
      for (const part of expr.parts) visit(part, setId);
  }
}

function visitCondition(c: Condition, setId: (set: WordSet) => number): void {
  setId(c.set);
  if (c.kind !== 'part-of' && c.except) setId(c.except);
}

/** Sets of which one must occur for the expression to match; null: it may match anywhere (a pattern without anchors). */
function triggerSets(expr: Expr, setId: (set: WordSet) => number): number[] | null {
  switch (expr.kind) {
    case 'words':
      return [setId(expr.set)];
    case 'seq':
    case 'near':
      return [setId(expr.sets[0])];
    case 'regex':
      return expr.anchors ? [setId(expr.anchors)] : null;
    case 'all':
      return triggerSets(expr.parts[0], setId);
    case 'any': {
      const all = expr.parts.map((p) => triggerSets(p, setId));
      return all.some((t) => t === null) ? null : (all.flat() as number[]);
    }
  }
}
