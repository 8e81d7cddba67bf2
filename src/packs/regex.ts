import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Pattern as PatternAst, Quantifier } from '@eslint-community/regexpp/ast';
import { anchorsIn } from './anchors.js';
import type { Pattern } from './types.js';

/**
 * Compiles a pack pattern for the normalized text, or says why it cannot be used:
 * a syntax error, a pattern that matches the empty string (it would flag nothing
 * useful and loop), or one that can backtrack catastrophically.
 */
export function compilePattern(source: string): Pattern | string {
  let regexp: RegExp;
  try {
    regexp = new RegExp(source, 'gu');
  } catch (error) {
    return `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  if (new RegExp(`^(?:${source})$`, 'u').test('')) return `pattern /${source}/ matches the empty string`;
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(source, 0, source.length, { unicode: true });
  const risky = catastrophicPart(ast);
  if (risky) return `pattern /${source}/ can backtrack catastrophically (nested quantifier ${risky}): rewrite it without a repeated group that itself repeats`;
  return { regexp, anchors: anchorsIn(ast) };
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
