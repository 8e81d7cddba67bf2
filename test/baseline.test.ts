import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK, folder, run } from './run.js';

const PACK = ['--pack', FIXTURE_PACK];

/** A git repository holding real fixtures: text, pdf, docx and an unreadable pdf, in docs/. */
function repository(): string {
  const dir = folder({}, {
    'docs/sms.txt': 'fixtures/text/sms-utf8.txt',
    'docs/brochure.pdf': 'fixtures/pdf/brochure.pdf',
    'docs/all-parts.docx': 'fixtures/docx/all-parts.docx',
    'docs/encrypted.pdf': 'fixtures/pdf/encrypted.pdf',
  });
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

const summaryLine = (stdout: string) => stdout.trimEnd().split('\n').at(-1);

describe('copylint baseline', () => {
  it('writes one entry per finding and per unreadable file, named from the repository root', async () => {
    const dir = repository();
    const { code, stdout } = await run(['baseline', 'docs', ...PACK], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('baseline: 23 findings and 1 unreadable file written to .copylint-baseline.json\n');
    const baseline = JSON.parse(readFileSync(join(dir, '.copylint-baseline.json'), 'utf8'));
    expect(baseline.copylint).toBe('baseline');
    expect(baseline.format).toBe(1);
    expect(baseline.findings).toHaveLength(24);
    expect(baseline.findings).toContainEqual({ path: 'docs/encrypted.pdf', ruleId: 'copylint/unreadable', place: '', text: 'encrypted', fingerprint: expect.stringMatching(/^[0-9a-f]{32}:0$/u), textFingerprint: expect.stringMatching(/^[0-9a-f]{32}:0$/u) });
    expect(baseline.findings).toContainEqual({ path: 'docs/sms.txt', ruleId: 'fixture/guarantee', place: '1:12', text: '稳赚不赔', fingerprint: expect.any(String), textFingerprint: expect.any(String) });
    expect(baseline.findings).toContainEqual({ path: 'docs/brochure.pdf', ruleId: 'fixture/superlative', place: '第2页 2:6', text: '国家级', fingerprint: expect.any(String), textFingerprint: expect.any(String) });
  });

  it('the same baseline from a subfolder: the same entries, so check accepts them anywhere in the repository', async () => {
    const dir = repository();
    await run(['baseline', 'docs', ...PACK], dir);
    await run(['baseline', '.', ...PACK, '--output', 'from-docs.json'], join(dir, 'docs'));
    const entries = (file: string) => JSON.parse(readFileSync(file, 'utf8')).findings;
    expect(entries(join(dir, 'docs/from-docs.json'))).toEqual(entries(join(dir, '.copylint-baseline.json')));
    const fromDocs = await run(['check', '.', ...PACK, '--baseline', '../.copylint-baseline.json'], join(dir, 'docs'));
    expect(fromDocs.code).toBe(0);
    expect(summaryLine(fromDocs.stdout)).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 4 files, 24 baselined');
  });
});

describe('copylint check --baseline', () => {
  it('reports only new findings: lines inserted above leave old ones baselined; a new violation fails the run', async () => {
    const dir = repository();
    await run(['baseline', 'docs', ...PACK], dir);
    const sms = join(dir, 'docs/sms.txt');
    const original = readFileSync(sms, 'utf8');
    writeFileSync(sms, `【更新】以下为修订稿。\n\n${original}`);
    const moved = await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json'], dir);
    expect(moved.code).toBe(0);
    expect(summaryLine(moved.stdout)).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 4 files, 24 baselined');

    writeFileSync(sms, `【更新】以下为修订稿。\n\n${original}新客专享，收益无风险。\n`);
    const added = await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json'], dir);
    expect(added.code).toBe(1);
    expect(added.stdout).toBe(
      [
        'docs/sms.txt',
        '  7:8  error    承诺保本或无风险  fixture/guarantee',
        '       新客专享，收益>>无风险<<。',
        '       建议 删除保证性表述，改为如实的风险提示。',
        '       依据 《中华人民共和国广告法》(2021年修正) 第二十五条第(一)项',
        '',
        '✖ 1 finding (1 error, 0 warnings, 0 infos) in 4 files, 24 baselined',
        '',
      ].join('\n'),
    );
  });

  it('a fixed finding is a stale entry with --report-stale-baseline, which fails the run; without it, it is not mentioned', async () => {
    const dir = repository();
    await run(['baseline', 'docs', ...PACK], dir);
    const sms = join(dir, 'docs/sms.txt');
    writeFileSync(sms, readFileSync(sms, 'utf8').replace('国家级品质', '优良品质'));
    const quiet = await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json'], dir);
    expect(quiet.code).toBe(0);
    expect(summaryLine(quiet.stdout)).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 4 files, 23 baselined');
    const stale = await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json', '--report-stale-baseline'], dir);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toBe(
      ['baseline entries that no longer match', '  stale  docs/sms.txt  3:7  fixture/superlative  国家级', '', '✖ 0 findings (0 errors, 0 warnings, 0 infos) in 4 files, 23 baselined, 1 stale baseline entry', ''].join('\n'),
    );
    const json = JSON.parse((await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json', '--report-stale-baseline', '--format', 'json'], dir)).stdout);
    expect(json.summary).toEqual({ files: 4, errors: 0, warnings: 0, infos: 0, unreadable: 0, unlisted: 0, baselined: 23, suppressed: 0 });
    const junit = (await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json', '--report-stale-baseline', '--format', 'junit'], dir)).stdout;
    expect(junit).toContain('<testsuite name="baseline" tests="1" failures="1" errors="0" skipped="0" time="0">\n    <testcase classname="docs/sms.txt" name="stale baseline entry: fixture/superlative 3:7" file="docs/sms.txt" time="0">\n      <failure type="stale" message="fixture/superlative 3:7 “国家级” no longer matches: regenerate the baseline">');
    expect(json.staleBaseline).toEqual([{ path: 'docs/sms.txt', ruleId: 'fixture/superlative', place: '3:7', text: '国家级', fingerprint: expect.stringMatching(/^[0-9a-f]{32}:0$/u), textFingerprint: expect.stringMatching(/^[0-9a-f]{32}:0$/u) }]);
  });

  it('entries of files not checked in this run are not stale; entries of deleted files are', async () => {
    const dir = repository();
    await run(['baseline', 'docs', ...PACK], dir);
    const onlySms = await run(['check', 'docs/sms.txt', ...PACK, '--baseline', '.copylint-baseline.json', '--report-stale-baseline'], dir);
    expect(onlySms.code).toBe(0);
    expect(summaryLine(onlySms.stdout)).toBe('✔ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 5 baselined');
    execFileSync('rm', [join(dir, 'docs/brochure.pdf')]);
    const deleted = await run(['check', 'docs/sms.txt', ...PACK, '--baseline', '.copylint-baseline.json', '--report-stale-baseline'], dir);
    expect(deleted.code).toBe(1);
    expect(summaryLine(deleted.stdout)).toBe('✖ 0 findings (0 errors, 0 warnings, 0 infos) in 1 file, 5 baselined, 4 stale baseline entries');
  });

  it('a baselined unreadable file no longer fails the run; a new unreadable file does', async () => {
    const dir = repository();
    await run(['baseline', 'docs', ...PACK], dir);
    expect((await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json'], dir)).code).toBe(0);
    execFileSync('cp', [join(dir, 'docs/encrypted.pdf'), join(dir, 'docs/locked.pdf')]);
    const { code, stdout } = await run(['check', 'docs', ...PACK, '--baseline', '.copylint-baseline.json'], dir);
    expect(code).toBe(1);
    expect(summaryLine(stdout)).toBe('✖ 0 findings (0 errors, 0 warnings, 0 infos) in 5 files, 1 unreadable, 24 baselined');
  });

  it.each([
    ['missing.json', null, 'copylint: --baseline missing.json: no such file: write one with "copylint baseline --output missing.json"\n'],
    ['bad.json', '{"copylint": "baseline", "format": 1, "findings": [', /^copylint: --baseline bad\.json: not valid JSON \(.+\): regenerate it with "copylint baseline"\n$/u],
    ['other.json', '{"tool": {"name": "copylint"}}', 'copylint: --baseline other.json: not a copylint baseline (no "copylint": "baseline"): regenerate it with "copylint baseline"\n'],
    ['future.json', '{"copylint": "baseline", "format": 2, "findings": []}', 'copylint: --baseline future.json: baseline format 2 is not 1: regenerate it with "copylint baseline"\n'],
    ['entry.json', '{"copylint": "baseline", "format": 1, "findings": [{"path": "a.txt"}]}', 'copylint: --baseline entry.json: findings[0] lacks a string path, ruleId, fingerprint or textFingerprint: regenerate it with "copylint baseline"\n'],
  ])('a bad baseline file (%s) is one line and exit 2', async (name, content, message) => {
    const dir = repository();
    if (content !== null) writeFileSync(join(dir, name), content);
    const { code, stdout, stderr } = await run(['check', 'docs', ...PACK, '--baseline', name], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    if (typeof message === 'string') expect(stderr).toBe(message);
    else expect(stderr).toMatch(message);
  });

  it('--report-stale-baseline without --baseline is one line and exit 2', async () => {
    const { code, stderr } = await run(['check', 'docs', ...PACK, '--report-stale-baseline'], repository());
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: --report-stale-baseline: needs --baseline <file> to compare with\n');
  });
});
