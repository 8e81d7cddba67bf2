// Throughput of the markdown extractor beside the parsers it stands between; MB/s = hz × size.
// Run: npx vitest bench --run test/extract/markdown.bench.ts
import MarkdownIt from 'markdown-it';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { bench, describe } from 'vitest';
import { markdownText } from '../../src/extract/markdown/markdown.js';

const BLOCKS = [
  '## 稳健理财，安心之选',
  '本行推出的稳健系列理财产品，业绩比较基准为年化3.20%-3.80%，产品期限180天，1万元起购。\n理财非存款、产品有风险、投资须谨慎。**请仔细阅读**[产品说明书](https://example.com/doc.pdf "说明书")。',
  '- 信用卡分期手续费按月计收，具体以账单为准\n- 还款方式灵活，支持*线上*办理\n- 客服热线95588，7×24小时服务',
  '| 产品 | 期限 | 起购金额 |\n| --- | --- | --- |\n| 稳享A | 90天 | 1万元 |\n| 稳享B | 180天 | 5万元 |',
  '> 温馨提示：请通过官方渠道购买理财产品，\n> 谨防“高收益、零风险”的诈骗宣传。`代码`与&amp;实体。',
  '```\n示例代码：保本\n```',
  '本产品稳赚不赔，保本保息，是您资产配置的~~最佳~~选择！<span>名额有限</span>。![宣传图](a.png)',
];

function corpus(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const block = BLOCKS[(i * 3) % BLOCKS.length];
    parts.push(block);
    size += Buffer.byteLength(block) + 2;
  }
  return parts.join('\n\n');
}

// Files of about 15 KB, as in a folder of marketing copy; 4 MB for the fast ones, 300 KB for mdast.
const files = Array.from({ length: 267 }, (_, i) => corpus(15e3 + i));
const few = files.slice(0, 20);
const mb = (docs: string[]) => (docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6).toFixed(2);
const md = new MarkdownIt({ html: true, linkify: false });
const gfmOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

describe(`markdown, ${files.length} files, ${mb(files)} MB of Chinese copy`, () => {
  bench('markdown-it parse only', () => files.forEach((f) => md.parse(f, {})), { iterations: 10 });
  bench('markdownText (parse + alignment)', () => files.forEach((f) => markdownText(f)), { iterations: 10 });
});

describe(`markdown, ${few.length} files, ${mb(few)} MB of Chinese copy`, () => {
  bench('markdownText (parse + alignment)', () => few.forEach((f) => markdownText(f)), { iterations: 10 });
  bench('mdast-util-from-markdown + GFM', () => few.forEach((f) => fromMarkdown(f, gfmOptions)), { iterations: 3 });
});
