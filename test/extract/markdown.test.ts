import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractMarkdown, markdownText } from '../../src/extract/markdown/markdown.js';
import { BLOCK_BREAK as B, ExtractError } from '../../src/types.js';

/** Text and source offsets, the offset of a block break being the index just after its block. */
function read(src: string): { text: string; offsets: number[] } {
  const { text, toSource, resyncs } = markdownText(src);
  expect(resyncs).toBe(0);
  return { text, offsets: [...toSource] };
}

describe('markdownText: visible text and where each character is', () => {
  it.each([
    ['a term split by strong markup', '稳赚**不赔**', `稳赚不赔${B}`, [0, 1, 4, 5, 8]],
    ['markup around the first character', '**稳**赚', `稳赚${B}`, [2, 5, 6]],
    ['a soft line break inside a paragraph', '稳赚\n不赔', `稳赚\n不赔${B}`, [0, 1, 2, 3, 4, 5]],
    ['a hard break by two spaces', '稳赚  \n不赔', `稳赚\n不赔${B}`, [0, 1, 4, 5, 6, 7]],
    ['a hard break by a backslash', '稳赚\\\n不赔', `稳赚\n不赔${B}`, [0, 1, 3, 4, 5, 6]],
    ['a list item inside a blockquote, continued', '> - 保本\n>   理财', `保本\n理财${B}`, [4, 5, 6, 11, 12, 13]],
    ['a list item indented with tabs', '-\t保本\n\t理财', `保本\n理财${B}`, [2, 3, 4, 6, 7, 8]],
    ['a blockquote with tabs after `>`', '>\t保本\n>\t\t理财', `保本\n理财${B}`, [2, 3, 4, 8, 9, 10]],
    ['nested blockquotes and lists', '> > - 1. 保本\n> >      理财\n> > 续', `保本\n理财\n续${B}`, [9, 10, 11, 21, 22, 23, 28, 29]],
    ['a heading without its closing hashes', '## 零风险 ##', `零风险${B}`, [3, 4, 5, 6]],
    ['a setext heading', '国家级\n===', `国家级${B}`, [0, 1, 2, 3]],
    ['link text, not its destination or title', '[保本](https://x.cn/保本 "零风险")后', `保本后${B}`, [1, 2, 27, 28]],
    ['reference links, not their definitions', '[保本][r] 与 [r]\n\n[r]: http://x', `保本 与 r${B}`, [1, 2, 7, 8, 9, 11, 13]],
    ['image alt text', '![国家级](a.png)', `国家级${B}`, [2, 3, 4, 13]],
    ['an image inside a link', '[![保本](a.png)](http://x)', `保本${B}`, [3, 4, 24]],
    ['escapes map to the escaped character, entities to their &', 'a\\*b&amp;c', `a*b&c${B}`, [0, 2, 3, 4, 9, 10]],
    ['a backslash before a letter stays', '\\保本', `\\保本${B}`, [0, 1, 2, 3]],
    ['a code span with a backtick inside', '``a ` b`` 保本', ` 保本${B}`, [9, 10, 11, 12]],
    ['inline html tags and comments', '<span>保本</span><!-- 零风险 -->', `保本${B}`, [6, 7, 27]],
    ['a term split by inline html', '稳赚<span style="color:red">不赔</span>', `稳赚不赔${B}`, [0, 1, 26, 27, 35]],
    ['an autolink', '<https://x.cn/稳赚>见', `见${B}`, [17, 18]],
    ['a bare URL, up to the first non-ASCII character', '详见https://www.bank.cn/fund?id=3了解', `详见了解${B}`, [0, 1, 31, 32, 33]],
    ['www. without a scheme', '访问www.bank.cn了解', `访问了解${B}`, [0, 1, 13, 14, 15]],
    ['ideographic indentation is copy', '　　保本', `　　保本${B}`, [0, 1, 2, 3, 4]],
    ['strikethrough and emphasis contents', '~~保本~~*第一*', `保本第一${B}`, [2, 3, 7, 8, 10]],
  ])('%s', (_name, src, text, offsets) => {
    expect(read(src)).toEqual({ text, offsets });
  });

  it('keeps table cells apart, `\\|` being a pipe of the cell', () => {
    expect(read('| 保本 \\| 稳赚 | 第一 |\n|---|---|')).toEqual({
      text: `保本 | 稳赚${B}第一${B}`,
      offsets: [2, 3, 4, 6, 7, 8, 9, 10, 13, 14, 15],
    });
  });

  it('reads table cells inside a blockquote', () => {
    expect(read('> a | 保本\n> --|--\n> b | 稳赚')).toEqual({
      text: `a${B}保本${B}b${B}稳赚${B}`,
      offsets: [2, 3, 6, 7, 8, 19, 20, 23, 24, 25],
    });
  });

  it('reads a table inside a list item', () => {
    expect(read('- | a | 保本 |\n  |---|---|\n  | x | y |')).toEqual({
      text: `a${B}保本${B}x${B}y${B}`,
      offsets: [4, 5, 8, 9, 10, 29, 30, 33, 34],
    });
  });

  it('leaves out fenced and indented code', () => {
    const src = '```\n保本\n```\n\n    零风险\n\n见';
    expect(read(src)).toEqual({ text: `见${B}`, offsets: [src.length - 1, src.length] });
  });

  it('separates blocks, and a break maps just after its block', () => {
    expect(read('# 保本\n\n稳赚\n\n- 不赔')).toEqual({
      text: `保本${B}稳赚${B}不赔${B}`,
      offsets: [2, 3, 4, 6, 7, 8, 12, 13, 14],
    });
  });

  it('maps through CRLF line breaks to the file as written', () => {
    expect(read('# 保本\r\n\r\n稳赚\r\n不赔')).toEqual({
      text: `保本${B}稳赚\n不赔${B}`,
      offsets: [2, 3, 4, 8, 9, 10, 12, 13, 14],
    });
  });
});

describe('markdownText: HTML blocks', () => {
  it.each([
    ['the text of a block element', '<p align="center">稳赚不赔</p>', `稳赚不赔${B}`, [18, 19, 20, 21, 22]],
    ['a term split by an inline tag', '<div>稳赚<b>不赔</b></div>', `稳赚不赔${B}`, [5, 6, 10, 11, 16]],
    ['block tags end a block', '<div>\n<p>保本</p>\n<p>稳赚</p>\n</div>', `保本${B}稳赚${B}`, [9, 10, 11, 19, 20, 21]],
    ['line breaks kept, blanks around a block left out', '<div>\n  稳赚\n  不赔\n</div>', `稳赚\n  不赔${B}`, [8, 9, 10, 11, 12, 13, 14, 16]],
    ['a line break by <br>', '<p>稳赚<br/>不赔</p>', `稳赚\n不赔${B}`, [3, 4, 5, 10, 11, 12]],
    ['a tag over several lines, `>` in a quoted value', '<div\n  title="a>b"\n  class=x>保本</div>', `保本${B}`, [29, 30, 31]],
    ['not attribute values', '<p><img alt="保本" title="零风险" src="a.png">见</p>', `见${B}`, [41, 42]],
    ['entities as their characters, mapped to their &', '<p>&#x4fdd;&#26412;&nbsp;&amp;&bogus;</p>', `保本\u00a0&&bogus;${B}`, [3, 11, 19, 25, 30, 31, 32, 33, 34, 35, 36, 37]],
    ['a `<` that opens no tag is text', '<p>a < b</p>', `a < b${B}`, [3, 4, 5, 6, 7, 8]],
    ['inside a blockquote', '> <div>\n> 保本\n> </div>', `保本${B}`, [10, 11, 15]],
    ['inside a list item', '- <center>\n  国家级\n  </center>', `国家级${B}`, [13, 14, 15, 19]],
    ['textarea contents are shown', '<textarea>保本</textarea>', `保本${B}`, [10, 11, 23]],
    [
      'not comments, scripts, styles or templates',
      '<div><!-- 保本 -->稳赚<script>let a = "保本";</script><style>.x{}</style><template>零风险</template>不赔</div>',
      `稳赚不赔${B}`,
      [16, 17, 91, 92, 93],
    ],
    ['a script block across blank lines', '<script>\n保本\n\n零风险\n</script>\n\n见', `见${B}`, [28, 29]],
    ['a comment left open ends with its block', '<div>\n<!-- 保本\n\n正文', `正文${B}`, [15, 16, 17]],
  ])('%s', (_name, src, text, offsets) => {
    expect(read(src)).toEqual({ text, offsets });
  });

  it('reads HTML between markdown blocks, each its own block', () => {
    const src = '```\n保本\n```\n\n<div>\n第一\n</div>\n\n见';
    expect(read(src)).toEqual({ text: `第一${B}见${B}`, offsets: [18, 19, 21, 29, 30] });
  });
});

describe('markdownText: front matter', () => {
  it('takes string values as their own blocks, never keys or numbers', () => {
    const src = '---\ntitle: 稳赚不赔\ntags: [保本, "国家级"]\ncount: 3\n---\n正文';
    expect(read(src)).toEqual({
      text: `稳赚不赔${B}保本${B}国家级${B}正文${B}`,
      offsets: [11, 12, 13, 14, 15, 23, 24, 25, 28, 29, 30, 31, 47, 48, 49],
    });
  });

  it('maps block scalars line by line', () => {
    const src = '---\nsummary: |\n  稳赚\n  不赔\n---\n';
    expect(read(src)).toEqual({ text: `稳赚\n不赔\n${B}`, offsets: [17, 18, 19, 22, 23, 24, 25] });
  });

  it('reads a leading --- block that is not a YAML mapping as markdown', () => {
    expect(read('---\n本产品保本\n---\n')).toEqual({ text: `本产品保本${B}`, offsets: [4, 5, 6, 7, 8, 9] });
  });
});

describe('extractMarkdown', () => {
  it('decodes GBK and locates in the decoded text', () => {
    const source = '# 标题\n\n本产品稳赚不赔';
    const extracted = extractMarkdown(iconv.encode(source, 'gbk'));
    expect(extracted.format).toBe('markdown');
    expect(extracted.source).toBe(source);
    expect(extracted.text).toBe(`标题${B}本产品稳赚不赔${B}`);
    const hit = extracted.text.indexOf('稳赚不赔');
    expect(extracted.locate(extracted.toSource![hit])).toEqual({ line: 3, column: 4 });
  });

  it('refuses a binary file', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => extractMarkdown(bytes)).toThrow(ExtractError);
    expect(() => extractMarkdown(bytes)).toThrow(expect.objectContaining({ code: 'binary' }));
  });
});
