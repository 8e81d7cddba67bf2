import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/report/github.js';
import { FIXTURE_PACK, folder, root, run } from '../run.js';

const github = (args: string[], cwd = root, env: Record<string, string> = {}) => run(['check', ...args, '--pack', FIXTURE_PACK, '--format', 'github'], cwd, { env });

describe('github', () => {
  it('writes one workflow command per finding, at the exact line and columns, with its level', async () => {
    const { code, stdout } = await github(['fixtures/text/sms-utf8.txt']);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      '::error file=fixtures/text/sms-utf8.txt,line=1,col=12,endLine=1,endColumn=16,title=fixture/guarantee::承诺保本或无风险：“稳赚不赔”%0A建议：删除保证性表述，改为如实的风险提示。%0A依据：《中华人民共和国广告法》(2021年修正) 第二十五条第(一)项',
    );
    expect(lines[2]).toMatch(/^::warning file=fixtures\/text\/sms-utf8\.txt,line=2,col=11,endLine=2,endColumn=16,title=fixture\/expected-yield::.*%0A替换为：业绩比较基准%0A/u);
  });

  it('pdf and docx: the file, with the place in the message (their lines are not the file\'s); an unreadable file is an error', async () => {
    const { stdout } = await github(['fixtures/pdf/brochure.pdf', 'fixtures/docx/all-parts.docx', 'fixtures/pdf/encrypted.pdf']);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toContain('::error file=fixtures/pdf/encrypted.pdf,title=copylint%3A unreadable (encrypted)::encrypted: needs a password');
    expect(lines.find((l) => l.includes('brochure.pdf') && l.includes('稳赚不赔'))).toMatch(/^::error file=fixtures\/pdf\/brochure\.pdf,title=fixture\/guarantee::承诺保本或无风险：“稳赚不赔” \(第1页 5:35\)%0A/u);
    expect(lines.find((l) => l.includes('all-parts.docx'))).toMatch(/^::error file=fixtures\/docx\/all-parts\.docx,title=fixture\/guarantee::承诺保本或无风险：“稳赚不赔” \(正文 第2段:4\)%0A/u);
  });

  it('escapes %, CR and LF in data, and : and , in properties too, as the runner unescapes them', () => {
    expect(escapeData('100%\r\n:,')).toBe('100%25%0D%0A:,');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('a file name with commas, colons and percent signs stays one property; control characters are shown, never sent', async () => {
    const dir = folder({}, { 'a,b:c 100%.txt': 'fixtures/text/sms-utf8.txt', 'escapes.txt': 'fixtures/hostile/escapes.txt' });
    const { stdout } = await github(['.'], dir);
    expect(stdout).toContain('::error file=a%2Cb%3Ac 100%25.txt,line=1,col=12,');
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/u);
    expect(stdout.split('\n').filter(Boolean).every((line) => line.startsWith('::'))).toBe(true);
  });

  it('appends every finding to $GITHUB_STEP_SUMMARY when it is set, after what earlier steps wrote', async () => {
    const dir = folder({ 'summary.md': '# earlier step\n' }, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const summary = join(dir, 'summary.md');
    const { stdout } = await github(['sms.txt'], dir, { GITHUB_STEP_SUMMARY: summary });
    const written = readFileSync(summary, 'utf8');
    expect(written.startsWith('# earlier step\n<!-- copylint -->\n### copylint: 5 findings (3 errors, 2 warnings, 0 infos) in 1 file\n')).toBe(true);
    expect(written.match(/^\| \d+:\d+ \|/gmu)).toHaveLength(5);
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(5);
  });

  it('writes no step summary without the variable, or for other formats', async () => {
    const dir = folder({ 'summary.md': '' }, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    await github(['sms.txt'], dir);
    await run(['check', 'sms.txt', '--pack', FIXTURE_PACK, '--format', 'json'], dir, { env: { GITHUB_STEP_SUMMARY: join(dir, 'summary.md') } });
    expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toBe('');
  });

  it('a step summary that cannot be written is one line and exit 2', async () => {
    const dir = folder({}, { 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    writeFileSync(join(dir, 'x'), '');
    const { code, stderr } = await github(['sms.txt'], dir, { GITHUB_STEP_SUMMARY: join(dir, 'x', 'summary.md') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^copylint: GITHUB_STEP_SUMMARY .*x\/summary\.md: cannot append the summary \(ENOTDIR\): check the variable\n$/u);
  });
});
