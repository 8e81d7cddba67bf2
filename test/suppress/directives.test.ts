import { describe, expect, it } from 'vitest';
import { readDirectives } from '../../src/suppress/directives.js';

const brief = (source: string, format: 'markdown' | 'text' = 'markdown') =>
  readDirectives(source, format).map(({ kind, name, ids, reason, line, column, endColumn }) => ({ kind, name, ids, reason, line, column, endColumn }));

describe('readDirectives', () => {
  it('reads a comment written without spaces, and several on one line, with columns in code points', () => {
    expect(brief('𠀀<!--copylint-disable a,b--><!-- copylint-enable -->\n')).toEqual([
      { kind: 'disable', name: 'disable', ids: ['a', 'b'], reason: null, line: 1, column: 2, endColumn: 29 },
      { kind: 'enable', name: 'enable', ids: [], reason: null, line: 1, column: 29, endColumn: 53 },
    ]);
  });

  it('splits ids at commas and the reason at the first " --"', () => {
    expect(brief('<!-- copylint-disable-next-line cn-financial/risk-free , expected-yield -- 引用 -- 原文 -->')[0]).toMatchObject({
      ids: ['cn-financial/risk-free', 'expected-yield'],
      reason: '引用 -- 原文',
    });
  });

  it('keeps a comment of no known kind, to be reported', () => {
    expect(brief('<!-- copylint-disable-line x -->\n<!-- copylint-disable:x -->')).toMatchObject([
      { kind: null, name: 'disable-line' },
      { kind: null, name: 'disable' },
    ]);
  });

  it('reads nothing inside fenced code, backticks or tildes, in a list or a quote', () => {
    const source = ['- list', '  ```md', '  <!-- copylint-disable -->', '  ```', '> ~~~~', '> <!-- copylint-disable -->', '> ~~~~', '<!-- copylint-enable -->'].join('\n');
    expect(brief(source).map((d) => d.line)).toEqual([8]);
  });

  it('in text, only whole comment lines starting with # or //, CRLF or not', () => {
    const source = '  // copylint-disable a -- x\r\n保本 # copylint-disable b\r\n#copylint-enable\r\n';
    expect(brief(source, 'text')).toEqual([
      { kind: 'disable', name: 'disable', ids: ['a'], reason: 'x', line: 1, column: 3, endColumn: 29 },
      { kind: 'enable', name: 'enable', ids: [], reason: null, line: 3, column: 1, endColumn: 17 },
    ]);
  });
});
