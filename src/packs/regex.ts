import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Pattern as PatternAst, Quantifier } from '@eslint-community/regexpp/ast';
import { anchorsIn } from './anchors.js';
import type { WordSet } from './types.js';

/** `$name` in a pattern stands for the words of that lexicon (a `$` before a lower-case letter is never a useful end anchor). */
const LEXICON_REF = /\$([a-z][a-z0-9-]*[a-z0-9]|[a-z])/g;
/** Stand-ins for lexicon references while anchors are worked out: private-use characters no text contains. */
const STAND_IN_BASE = 0xe000;

export interface CompiledPattern {
  regexp: RegExp;
  /** Literal strings every match contains; null when none can be told. */
  anchors: string[] | null;
}

/**
 * Compiles a pattern for the normalized text, or says why it cannot be used: an unknown
 * lexicon, a syntax error, a pattern that matches the empty string (it would flag nothing
 * useful and loop), or one that can backtrack catastrophically.
 */
export function compilePattern(source: string, lexicons: ReadonlyMap<string, WordSet>): CompiledPattern | string {
  const refs: WordSet[] = [];
  for (const [, name] of source.matchAll(LEXICON_REF)) {
    const set = lexicons.get(name);
    if (!set) return `unknown lexicon $${name} in pattern /${source}/`;
    if (!refs.includes(set)) refs.push(set);
  }
  const withStandIns = source.replace(LEXICON_REF, (_m, name: string) => String.fromCharCode(STAND_IN_BASE + refs.indexOf(lexicons.get(name)!)));
  const expanded = source.replace(LEXICON_REF, (_m, name: string) => alternation(lexicons.get(name)!.words));
  let regexp: RegExp;
  try {
    regexp = new RegExp(expanded, 'gu');
    new RegExp(withStandIns, 'u');
  } catch (error) {
    return `invalid regular expression /${source}/: ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '')}`;
  }
  if (new RegExp(`^(?:${expanded})$`, 'u').test('')) return `pattern /${source}/ matches the empty string`;
  const risky = catastrophicPart(parse(expanded));
  if (risky) return `pattern /${source}/ can backtrack catastrophically (nested quantifier ${risky}): rewrite it without a repeated group that itself repeats`;
  return { regexp, anchors: anchorsWith(anchorsIn(parse(withStandIns)), refs) };
}

function parse(source: string): PatternAst {
  return new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
}

/** Longest first, so that the engine prefers 保本保息 to 保本 at the same place. */
function alternation(words: readonly string[]): string {
  const escaped = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
  return `(?:${escaped.join('|')})`;
}

/**
 * Anchors found with each lexicon standing in as one character: an anchor that is only a
 * stand-in becomes that lexicon's words; one that mixes stand-ins and literal text keeps its
 * longest literal run (every match contains it too).
 */
function anchorsWith(anchors: string[] | null, refs: readonly WordSet[]): string[] | null {
  if (!anchors) return null;
  const out = new Set<string>();
  for (const anchor of anchors) {
    const pieces = anchor.split(/[\ue000-\uf8ff]/u).filter(Boolean).sort((a, b) => b.length - a.length);
    if (pieces.length) out.add(pieces[0]);
    else for (const word of refs[anchor.charCodeAt(0) - STAND_IN_BASE].words) out.add(word);
  }
  return [...out];
}

/**
 * A quantifier with an unbounded (or large) upper limit around something that itself
 * repeats — `(a+)+`, `(\d*x?)*`, `(?:a{2,})+` — is what makes backtracking exponential.
 */
function catastrophicPart(ast: PatternAst): string | null {
  let found: string | null = null;
  visitRegExpAST(ast, {
    onQuantifierEnter(node: Quantifier) {
      if (found || !repeatsMuch(node)) return;
      visitRegExpAST(node.element as never, {
        onQuantifierEnter(inner: Quantifier) {
          if (!found && repeatsMuch(inner)) found = node.raw;
        },
      });
    },
  });
  return found;
}

function repeatsMuch(node: Quantifier): boolean {
  return node.max > 10;
}
