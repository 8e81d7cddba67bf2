import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element, Node, Pattern as PatternAst } from '@eslint-community/regexpp/ast';

const MAX_SET = 64;

/**
 * Literal strings of which every match of `source` contains at least one, or null
 * when none can be told. The automaton finds them in the same pass as the terms,
 * and a pattern whose anchors are absent from a document is not run on it at all.
 */
export function anchorsOf(source: string): string[] | null {
  return anchorsIn(new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true }));
}

export function anchorsIn(ast: PatternAst): string[] | null {
  const set = union(ast.alternatives.map(sequence));
  return set && [...set].every((s) => s.length > 0) ? [...set] : null;
}

/** Anchors of a sequence: the best run of consecutive single-literal-set elements. */
function sequence(alternative: Alternative): Set<string> | null {
  let best: Set<string> | null = null;
  let run: Set<string> | null = null;
  for (const element of alternative.elements) {
    if (isZeroWidth(element)) continue;
    const chars = literalChars(element);
    const extended: Set<string> | null = chars && run ? product(run, chars) : chars;
    if (chars && extended) {
      run = extended;
      continue;
    }
    if (run && better(run, best)) best = run;
    run = chars;
    const inner = chars ? null : required(element);
    if (inner && better(inner, best)) best = inner;
  }
  return run && better(run, best) ? run : best;
}

/** Anchors of an element that must occur at least once, matched as a unit. */
function required(node: Element): Set<string> | null {
  switch (node.type) {
    case 'Group':
    case 'CapturingGroup':
      return union(node.alternatives.map(sequence));
    case 'Quantifier':
      return node.min >= 1 ? required(node.element) ?? literalChars(node.element) : null;
    default:
      return literalChars(node);
  }
}

/** The characters a single-character element can match, when few and literal. */
function literalChars(node: Node): Set<string> | null {
  if (node.type === 'Character') return new Set([String.fromCodePoint(node.value)]);
  if (node.type !== 'CharacterClass' || node.negate) return null;
  const out = new Set<string>();
  for (const item of node.elements) {
    if (item.type === 'Character') out.add(String.fromCodePoint(item.value));
    else if (item.type === 'CharacterClassRange' && item.max.value - item.min.value < 16) {
      for (let c = item.min.value; c <= item.max.value; c++) out.add(String.fromCodePoint(c));
    } else return null;
  }
  return out.size && out.size <= MAX_SET ? out : null;
}

function isZeroWidth(node: Element): boolean {
  return node.type === 'Assertion';
}

function product(left: Set<string>, right: Set<string>): Set<string> | null {
  if (left.size * right.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return out;
}

function union(sets: Array<Set<string> | null>): Set<string> | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return null;
    for (const s of set) out.add(s);
  }
  return out.size <= MAX_SET * 4 ? out : null;
}

/** Longer shortest anchor first (fewer false triggers), then fewer anchors. */
function better(candidate: Set<string>, current: Set<string> | null): boolean {
  if (!current) return true;
  const shortest = (set: Set<string>) => [...set].reduce((least, s) => Math.min(least, s.length), Infinity);
  const a = shortest(candidate);
  const b = shortest(current);
  return a > b || (a === b && candidate.size < current.size);
}
