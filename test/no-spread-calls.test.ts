import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * A call's arguments live on the stack: `push(...items)` or `Math.max(...values)` over a
 * document's paragraphs or findings throws "Maximum call stack size exceeded" at about 120,000
 * items. No call in src/ spreads an array into its arguments, bounded or not, so none can.
 */
function spreadCalls(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${node.parent.getText().slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no call spreads an array into its arguments', () => {
  const root = new URL('../', import.meta.url).pathname;
  const files = fg.sync('src/**/*.ts', { cwd: root, absolute: true });

  it('finds the files', () => expect(files.length).toBeGreaterThan(50));
  it('in src/', () => expect(files.flatMap((file) => spreadCalls(file))).toEqual([]));
  it('sees calls and constructors, not array or object literals', () => {
    expect(spreadCalls('probe.ts', 'a.push(...b);\nMath.max(...c);\nnew Set(...d);\n[...e];\nf({ ...g });\n')).toEqual([
      'probe.ts:1: a.push(...b)',
      'probe.ts:2: Math.max(...c)',
      'probe.ts:3: new Set(...d)',
    ]);
  });
});
