import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { FIXTURE_PACK, folder, root, run } from '../run.js';

const markdown = (args: string[], cwd = root) => run(['check', ...args, '--pack', FIXTURE_PACK, '--format', 'markdown'], cwd);

/** Cells of a table row, split at pipes that are not escaped. */
const cells = (row: string) => row.split(/(?<!\\)\|/u).slice(1, -1).map((cell) => cell.trim());

describe('markdown', () => {
  it('a summary table, then each file\'s findings with the hit in bold in its sentence', async () => {
    const { code, stdout } = await markdown(['fixtures/text/sms-utf8.txt', 'fixtures/pdf/encrypted.pdf']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '<!-- copylint -->',
      '### copylint: 5 findings (3 errors, 2 warnings, 0 infos) in 2 files, 1 unreadable',
      '',
      '| file | errors | warnings | infos |',
      '| --- | ---: | ---: | ---: |',
      '| fixtures/pdf/encrypted.pdf | unreadable: encrypted | | |',
      '| fixtures/text/sms-utf8.txt | 3 | 2 | 0 |',
      '',
    ]);
    expect(lines).toContain('| 1:12 | error | fixture/guarantee | 承诺保本或无风险 | 【某银行】尊敬的客户，**稳赚不赔**的好机会来了！ | 删除保证性表述，改为如实的风险提示。 |');
  });

  it('counts findings past --max-findings-per-file in the summary table and says how many were not listed', async () => {
    const { stdout } = await markdown(['fixtures/text/sms-utf8.txt', '--max-findings-per-file', '2']);
    const lines = stdout.split('\n');
    expect(lines).toContain('| fixtures/text/sms-utf8.txt | 3 | 2 | 0 |');
    expect(lines.filter((line) => /^\| \d+:\d+ \|/u.test(line))).toHaveLength(2);
    expect(lines).toContain('_3 more findings in this file not listed (--max-findings-per-file)._');
  });

  it('keeps @mentions, images, HTML and pipes from documents inert', async () => {
    const { stdout } = await markdown(['fixtures/ci/pr-hostile.txt']);
    expect(stdout).not.toMatch(/@(?!&#8203;)/u);
    expect(stdout).not.toMatch(/<(?!!-- copylint -->)/u);
    expect(stdout).not.toMatch(/(?<!\\)\[海报/u);
    const rows = stdout.split('\n').filter((line) => /^\| \d+:\d+ \|/u.test(line));
    expect(rows.map((row) => cells(row).length)).toEqual([6, 6, 6]);
    expect(rows[1]).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;限时**稳\\|赚\\|不\\|赔**，收益 \\| 5% \\| 起。');
    expect(rows[0]).toContain('\\[海报\\]\\(p.png\\)致 @&#8203;octocat：本产品**保本保息**，抄送 @&#8203;github/compliance。');
  });

  it('escapes each markdown construct in a table cell', () => {
    expect(escapeMarkdown('a|b @x ![i](u) <b>&</b> `c` *e* _f_ ~g~ $h$\nnext')).toBe('a\\|b @&#8203;x \\!\\[i\\]\\(u\\) &lt;b&gt;&amp;&lt;/b&gt; \\`c\\` \\*e\\* \\_f\\_ \\~g\\~ \\$h\\$ next');
  });

  it('stays under the 65,536 characters of a GitHub comment, and says how many findings it left out', async () => {
    const sms = readFileSync(join(root, 'fixtures/text/sms-utf8.txt'), 'utf8');
    const dir = folder({ 'big.txt': sms.repeat(1000) });
    const { stdout } = await markdown(['big.txt'], dir);
    expect(stdout.length).toBeLessThanOrEqual(65_536);
    expect(stdout.length).toBeGreaterThan(60_000);
    const shown = stdout.split('\n').filter((line) => /^\| \d+:\d+ \|/u.test(line)).length;
    const note = /\n_(\d+) more findings not shown: the report is cut at 65,536 characters; see the SARIF or JSON report for all\._\n$/u.exec(stdout);
    expect(note).not.toBeNull();
    expect(shown + Number(note![1])).toBe(5000);
  });
});
