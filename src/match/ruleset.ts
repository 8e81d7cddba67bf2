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
  /** Set → the automaton patterns of its words. */
  patternsOf: Int32Array[];

  sets: WordSet[];
  /** Set → indexes of the rules whose match (or trigger) needs a word of it. */
  rulesOf: number[][];
  /** Rules with a pattern that has no anchor: run on every document. */
  alwaysRules: number[];
  /**
   * Sets of single characters used only by exemptions ($digit, $letter): looked for by a scan
   * of the text when an exemption asks, instead of reporting every digit from the automaton.
   */
  charSets: Array<ReadonlySet<number> | undefined>;
  /** Character → the single-character sets holding it. */
  charOwners: ReadonlyMap<number, number[]>;
  setId(set: WordSet): number;
}

const keyOf = (set: WordSet) => (set.name !== null ? `$${set.name}` : set.words.join('\u0000'));

export function compileRuleSet(loaded: Loaded): RuleSet {
  const { packs, library } = loaded;
  const rules = packs.flatMap((pack) => pack.rules);
  const sets: WordSet[] = [];
  const byKey = new Map<string, number>();
  // The same WordSet object stands for a lexicon wherever it is used; objects are looked up
  // first, and the key (which joins an inline list's words) is built once an object.
  const byObject = new Map<WordSet, number>();
  const setId = (set: WordSet): number => {
    let id = byObject.get(set);
    if (id !== undefined) return id;
    const key = keyOf(set);
    id = byKey.get(key);
    if (id === undefined) {
      id = sets.length;
      sets.push(set);
      byKey.set(key, id);
    }
    byObject.set(set, id);
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
  for (const c of library.classes) if (c.when) visit(c.when, setId);
  const matched = new Set<number>();
  const markMatched = (expr: Expr) => walkMatched(expr, (set) => matched.add(setId(set)));
  for (const rule of rules) [rule.match, rule.require?.when].forEach((e) => e && markMatched(e));
  for (const c of library.classes) if (c.when) markMatched(c.when);
  const charSets = sets.map((set, id) =>
    !matched.has(id) && set.words.every((w) => w.length === 1) ? new Set(set.words.map((w) => w.charCodeAt(0))) : undefined,
  );

  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const memberLists: number[][] = [];
  sets.forEach((set, id) => {
    if (charSets[id]) return;
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
    patternsOf: patternsBySet(memberLists, sets.length),

    sets,
    rulesOf: sets.map((_s, id) => rulesOf[id] ?? []),
    alwaysRules,
    charSets,
    charOwners: owners(charSets),
    setId: (set) => byObject.get(set) ?? byKey.get(keyOf(set))!,
  };
}

/** Calls `use` for every set whose words an expression matches (not its exemptions' cue sets). */
function walkMatched(expr: Expr, use: (set: WordSet) => void): void {
  if (expr.kind === 'words') use(expr.set);
  else if (expr.kind === 'seq' || expr.kind === 'near') expr.sets.forEach(use);
  else if (expr.kind === 'regex' && expr.anchors) use(expr.anchors);
  else if (expr.kind === 'any' || expr.kind === 'all') for (const part of expr.parts) walkMatched(part, use);
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
  if (c.kind === 'quoted') return;
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

function patternsBySet(memberLists: number[][], sets: number): Int32Array[] {
  const lists: number[][] = Array.from({ length: sets }, () => []);
  memberLists.forEach((ids, pattern) => {
    for (const id of ids) lists[id].push(pattern);
  });
  return lists.map((l) => Int32Array.from(l));
}

function owners(charSets: Array<ReadonlySet<number> | undefined>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  charSets.forEach((chars, id) => {
    for (const code of chars ?? []) out.set(code, [...(out.get(code) ?? []), id]);
  });
  return out;
}
