import fc from 'fast-check';

/**
 * Markdown documents of Chinese marketing copy built only from constructs that markdown-it 14 and
 * micromark (GFM) read the same way. Left out on purpose, because the two parsers (or GFM and
 * markdown-it) disagree: delimiter runs that touch (see `emphasized`), single-tilde strikethrough and
 * `~~` next to `*`, bare URLs, www. and e-mail addresses (GFM autolink literals), footnotes, task list
 * items, one-column tables without outer pipes, and table rows whose cell count differs from the header's.
 */

const words = fc.constantFrom(
  '稳赚不赔', '保本', '理财产品', '收益', '基金', '零风险', '第一', '国家级', '预期收益率', '本行', '客户',
  '。', '，', '！', '：', '（', '）', '　', 'abc', 'ETF', '5%', '2024', '3.5', 'A股', '無風險',
);

const plain = fc.array(words, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const spaced = fc.tuple(plain, fc.constantFrom('', ' ')).map(([text, space]) => text + space);

const url = fc.constantFrom('http://a.cn/p', '/fund/保本', '<http://b.cn/零 风险>', 'https://c.cn/x?q=稳赚&r=1');
const title = fc.constantFrom('', ' "国家级"', " '第一'", ' (保本)');

const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: spaced },
  { weight: 1, arbitrary: fc.constantFrom(' ', '\\*', '\\[', '\\\\', '\\_', '\\#', '\\保', '&amp;', '&copy;', '&#x4fdd;', '&#20445;', '&nbsp;') },
  { weight: 1, arbitrary: fc.constantFrom('<span>', '</span>', '<b class="x">', '<!-- 零风险 -->', '<br/>') },
  { weight: 1, arbitrary: fc.constantFrom('`保本`', '``稳赚 ` 不赔``', '` 零风险 `', '<https://a.cn/保本>') },
);

const letters = fc.array(fc.constantFrom('稳赚不赔', '保本', '收益', '基金', '零风险', '客户'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));

// Between letters, so no two delimiter runs touch: micromark applies the rule of 3 to what is left of a
// partly used run, markdown-it (and the spec) to the whole run.
const emphasized = fc.tuple(fc.constantFrom('*', '**', '_', '__'), letters, fc.boolean()).map(([mark, text, nested]) => {
  const inner = nested && mark.length === 2 ? `${mark[0]}${text}${mark[0]}${text}` : '';
  return `理${mark}${text}${inner}${mark}财`;
});

// Letters around it too: micromark counts a `~~` run as neither punctuation nor letter for a `*` run beside it.
const struck = letters.map((text) => `理财~~${text}~~产品`);

const link = fc.tuple(plain, url, title, fc.constantFrom('inline', 'full', 'collapsed', 'shortcut', 'image')).map(([text, href, t, form]) => {
  if (form === 'full') return `[${text}][ref1]`;
  if (form === 'collapsed') return '[ref2][]';
  if (form === 'shortcut') return '[ref2]';
  return `${form === 'image' ? '!' : ''}[${text}](${href}${t})`;
});

const inline = fc
  .array(fc.oneof({ weight: 4, arbitrary: atom }, { weight: 1, arbitrary: emphasized }, { weight: 1, arbitrary: struck }, { weight: 1, arbitrary: link }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((text) => !/~~~/.test(text) && text.trim() !== '');

/** A line that cannot start another block: it opens with plain copy. */
const line = fc.tuple(plain, inline).map(([lead, rest]) => lead + rest);

const lineBreak = fc.constantFrom('\n', '\n', '\n', '  \n', '\\\n');

const paragraphLines = fc.array(fc.tuple(line, lineBreak), { minLength: 0, maxLength: 3 }).chain((pairs) =>
  line.map((last) => ({ body: pairs.map(([text, br]) => text + br).join('') + last })),
);

const paragraph = paragraphLines.map(({ body }) => body);

const heading = fc.tuple(fc.integer({ min: 1, max: 6 }), line, fc.constantFrom('', ' ##')).map(([level, text, close]) => `${'#'.repeat(level)} ${text}${close}`);
const setext = fc.tuple(paragraph, fc.constantFrom('===', '---')).map(([text, underline]) => `${text}\n${underline}`);

// HTML blocks hold only what markdown-mdast's simple reading of HTML knows: these tags, entities, comments and elements.
const htmlPiece = fc.oneof(
  { weight: 4, arbitrary: plain },
  { weight: 2, arbitrary: fc.constantFrom('<span style="color:red">', '</span>', '<b>', '</b>', '<font color="#c00">', '</font>', '<a href="/保本" title="零风险">', '</a>') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(' ', ' < ', '&amp;', '&nbsp;', '&#x4fdd;', '&#20445;', '<br>', '<br/>', '<!-- 零风险 -->', '<img alt="保本" src="a.png">', '<script>var a = "保本";</script>', '<style>.x{color:red}</style>'),
  },
);
const htmlLine = fc.tuple(plain, fc.array(htmlPiece, { maxLength: 5 })).map(([lead, rest]) => lead + rest.join(''));

const html = fc.oneof(
  fc.array(htmlLine, { minLength: 1, maxLength: 3 }).map((lines) => `<div>\n${lines.join('\n')}\n</div>`),
  htmlLine.map((text) => `<p align="center">${text}</p>`),
  fc.tuple(htmlLine, htmlLine).map(([a, b]) => `<section>\n<p>${a}</p>\n<p>${b}</p>\n</section>`),
  htmlLine.map((text) => `<center>${text}</center>`),
  fc.tuple(htmlLine, htmlLine).map(([a, b]) => `<table><tr><td>${a}</td><td>${b}</td></tr></table>`),
  htmlLine.map((text) => `<span style="color:red">\n${text}\n</span>`),
  fc.constantFrom('<!-- 保本\n零风险 -->', '<script>\nvar a = "稳赚不赔";\n</script>'),
);

const listItem = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(line, fc.array(line, { maxLength: 2 }), fc.constantFrom('  ', '')).map(([first, more, indent]) => [first, ...more].join(`\n${indent}`)) },
  { weight: 1, arbitrary: html.map((block) => block.replaceAll('\n', '\n  ')) },
);
const list = fc.tuple(fc.constantFrom('- ', '* ', '1. '), fc.array(listItem, { minLength: 1, maxLength: 3 })).map(([marker, items]) =>
  items.map((item) => marker + item.replaceAll('\n  ', `\n${' '.repeat(marker.length)}`)).join('\n'),
);

const quote = fc.tuple(fc.oneof(paragraph, list, heading, html), fc.boolean()).map(([body, lazy]) =>
  body.split('\n').map((text, i) => (lazy && i > 0 && !text.startsWith(' ') ? text : `> ${text}`)).join('\n'),
);

// Cells open with copy (a row opening with `<!--` is an HTML block to GFM, a table row to markdown-it) and
// do not end in U+3000 (markdown-it trims cells with String#trim, GFM only spaces and tabs).
const cell = fc
  .oneof(line, fc.constant('稳赚 \\| 不赔'))
  .map((text) => text.trim())
  .filter((text) => text !== '');
const table = fc.integer({ min: 1, max: 3 }).chain((columns) =>
  fc.tuple(fc.array(cell, { minLength: columns, maxLength: columns }), fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 2 }), fc.boolean()).map(
    ([head, rows, outer]) => {
      // A lone column needs outer pipes: GFM wants an unescaped pipe in the header row, markdown-it takes `\|`.
      const row = (cells: string[]) => (outer || columns === 1 ? `| ${cells.join(' | ')} |` : cells.join(' | '));
      return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
    },
  ),
);

const code = fc.constantFrom('```\n稳赚不赔 `x`\n```', '~~~js\n// 保本\n~~~', '    零风险 *a*\n    保本', '<div>\n国家级\n</div>', '***');

const block = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 2, arbitrary: list },
  { weight: 2, arbitrary: quote },
  { weight: 2, arbitrary: table },
  { weight: 1, arbitrary: code },
  { weight: 2, arbitrary: html },
);

const DEFINITIONS = '[ref1]: http://r.cn/1 "第一"\n[ref2]: /r2';

export const markdownDocument = fc
  .array(block, { minLength: 1, maxLength: 6 })
  .map((blocks) => `${blocks.join('\n\n')}\n\n${DEFINITIONS}\n`);
