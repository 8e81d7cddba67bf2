import type { Condition, Expr, WordSet } from '../packs/types.js';

/** A word set as `rules show` prints it: its name, then every word, lexicons expanded. */
export function describeSet(set: WordSet): string {
  const words = set.words.join('、');
  return set.name ? `$${set.name} (${words})` : `[${words}]`;
}

const IN: Record<string, string> = { clause: 'a clause', sentence: 'a sentence', paragraph: 'a paragraph', document: 'the document' };

/** A match expression as indented lines of plain language. */
export function describeExpr(expr: Expr, indent = ''): string[] {
  const lines = ((): string[] => {
    switch (expr.kind) {
      case 'words':
        return [`${indent}any of ${describeSet(expr.set)}`];
      case 'seq':
        return [`${indent}in order, in ${IN[expr.scope]}, gaps of at most ${gaps(expr.within)}: ${expr.sets.map(describeSet).join(' → ')}`];
      case 'near':
        return [`${indent}near the first (either side), in ${IN[expr.scope]}, at most ${gaps(expr.within)} away: ${expr.sets.map(describeSet).join(' + ')}`];
      case 'regex':
        return [`${indent}pattern /${expr.source}/ in ${IN[expr.scope]}${expr.validate ? `, valid by ${expr.validate}` : ''}`];
      case 'any':
        return [`${indent}any of:`, ...expr.parts.flatMap((p) => describeExpr(p, `${indent}  `))];
      case 'all':
        return [
          `${indent}the first, where all the others are in the same ${expr.scope}${expr.within === null ? '' : ` within ${expr.within}`}:`,
          ...expr.parts.flatMap((p) => describeExpr(p, `${indent}  `)),
        ];
    }
  })();
  return [...lines, ...expr.unless.map((c) => `${indent}  unless ${describeCondition(c)}`)];
}

function gaps(within: number[]): string {
  return new Set(within).size === 1 ? String(within[0]) : within.join(', ');
}

export function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'part-of':
      return `part of ${describeSet(c.set)}`;
    case 'inside':
      return `${describeSet(c.set)} stands between its words`;
    case 'quoted':
      return 'it stands inside quotation marks';
    default: {
      const where = { before: 'before it', after: 'after it', around: 'before or after it' }[c.kind];
      const distance = c.within === null ? '' : ` within ${c.within}`;
      const except = c.except ? `, except inside ${describeSet(c.except)}` : '';
      return `${describeSet(c.set)} ${where}${distance} in ${IN[c.scope]}${except}`;
    }
  }
}
