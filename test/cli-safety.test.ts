import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK, folder, root, run } from './run.js';

/** Code points a terminal would act on: C0 but newline and tab, DEL and C1, bidi controls. */
function unsafeCodePoints(text: string): string[] {
  return [...text]
    .filter((ch) => {
      const cp = ch.codePointAt(0)!;
      return (cp < 0x20 && ch !== '\n' && ch !== '\t') || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
    })
    .map((ch) => `U+${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** chalk's own colour codes, the only escape sequences copylint itself writes. */
const OWN_COLOURS = /\u001b\[[0-9;]*m/g;

describe('--output never loses a file', () => {
  it('refuses to write the report over a file being checked, and leaves it and the folder as they were', async () => {
    const dir = folder({ 'in.md': '本产品保本保息\n' });
    const { code, stdout, stderr } = await run(['check', 'in.md', '--output', 'in.md', '--pack', FIXTURE_PACK], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('copylint: --output in.md: is a document being checked: write the report to another file\n');
    expect(readFileSync(join(dir, 'in.md'), 'utf8')).toBe('本产品保本保息\n');
    expect(readdirSync(dir)).toEqual(['in.md']);
  });

  it('refuses a document found in a checked folder, such as a brochure', async () => {
    const dir = folder({ 'brochure.md': '本产品保本保息\n', 'other.md': '零风险\n' });
    const { code, stderr } = await run(['check', '.', '--output', 'brochure.md', '--pack', FIXTURE_PACK], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('--output brochure.md: is a document being checked');
    expect(readFileSync(join(dir, 'brochure.md'), 'utf8')).toBe('本产品保本保息\n');
  });

  it('refuses a folder, leaving no temporary file and naming none', async () => {
    const dir = folder({ 'in.md': '保本\n', 'reports/keep.txt': 'x' });
    const { code, stderr } = await run(['check', 'in.md', '--output', 'reports', '--pack', FIXTURE_PACK], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: --output reports: is a folder: name a file for the report\n');
    expect(readdirSync(dir).sort()).toEqual(['in.md', 'reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['keep.txt']);
  });

  it('says so when the report cannot be written, without leaving or naming a temporary file', async () => {
    const dir = folder({ 'in.md': '保本\n' });
    const { code, stderr } = await run(['check', 'in.md', '--output', 'missing/report.txt', '--pack', FIXTURE_PACK], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('copylint: --output missing/report.txt: the folder missing does not exist: create it first\n');
    expect(stderr).not.toContain('.tmp');
    expect(readdirSync(dir)).toEqual(['in.md']);
  });

  it('never checks its own report: a second run over the folder leaves the first report out', async () => {
    const dir = folder({ 'in.md': '本产品保本保息\n' });
    for (const format of ['stylish', 'json']) {
      const name = format === 'json' ? 'report.json' : 'report.txt';
      expect((await run(['check', '.', '--format', format, '--output', name, '--pack', FIXTURE_PACK], dir)).code).toBe(1);
      expect((await run(['check', '.', '--format', format, '--output', name, '--pack', FIXTURE_PACK], dir)).code).toBe(1);
      const report = readFileSync(join(dir, name), 'utf8');
      expect(report).toContain('in.md');
      expect(report).not.toContain(name);
    }
    const { stdout } = await run(['check', '.', '--format', 'json', '--pack', FIXTURE_PACK], folder({ 'in.md': '保本\n' }));
    expect(JSON.parse(stdout).files).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('text from documents reaches the terminal inert', () => {
  const documents = ['fixtures/hostile/escapes.md', 'fixtures/hostile/escapes.txt'];

  it.each([
    ['piped', { isTTY: false }, []],
    ['--no-color in a terminal', { isTTY: true }, ['--no-color']],
    ['coloured in a terminal', { isTTY: true }, []],
    ['FORCE_COLOR when piped', { isTTY: false, env: { FORCE_COLOR: '1' } }, []],
  ] as const)('stylish, %s: no control character from the documents', async (_label, terminal, extra) => {
    const { code, stdout, stderr } = await run(['check', ...documents, '--pack', FIXTURE_PACK, ...extra], root, terminal);
    expect(code).toBe(1);
    expect(unsafeCodePoints(stdout.replace(OWN_COLOURS, ''))).toEqual([]);
    expect(unsafeCodePoints(stderr)).toEqual([]);
    expect(stdout).toContain('␛[2J');
    expect(stdout).toContain('<U+202E>');
    expect(stdout).toContain('<U+009B>2J');
    expect(stdout.replace(OWN_COLOURS, '')).toMatch(/✖ 8 findings \(6 errors, 2 warnings, 0 infos\) in 2 files\n$/);
  });

  it('json: the same characters escaped, parsing back to the exact text', async () => {
    const { stdout } = await run(['check', 'fixtures/hostile/escapes.md', '--format', 'json', '--pack', FIXTURE_PACK]);
    expect(unsafeCodePoints(stdout)).toEqual([]);
    expect(stdout).toContain('\\u202e');
    const contexts = JSON.parse(stdout).files[0].findings.map((f: { context: string }) => f.context).join('');
    expect(contexts).toContain('\u001b[2J');
    expect(contexts).toContain('\u202e');
  });

  it('file names: in stylish headers and in JSON', async () => {
    const name = 'a\u001b]0;owned\u0007\u202e.md';
    const dir = folder({ [name]: '本产品保本保息\n' });
    const stylish = await run(['check', '.', '--pack', FIXTURE_PACK], dir, { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(stylish.stdout.replace(OWN_COLOURS, '')).toContain('a␛]0;owned␇<U+202E>.md');
    expect(unsafeCodePoints(stylish.stdout.replace(OWN_COLOURS, ''))).toEqual([]);
    const json = await run(['check', '.', '--format', 'json', '--pack', FIXTURE_PACK], dir);
    expect(unsafeCodePoints(json.stdout)).toEqual([]);
    expect(JSON.parse(json.stdout).files[0].path).toBe(name);
  });

  it('standard error: a pack path and a pack key', async () => {
    const dir = folder({ 'in.md': '保本\n', 'p.yaml': 'format: 2\nid: p\nname: P\nversion: 1\nrules:\n  - id: r\n    "te\u001b[2Jrm": [x]\n' });
    const badKey = await run(['check', 'in.md', '--pack', 'p.yaml'], dir);
    expect(badKey.stderr).toBe('copylint: p.yaml:7:5: unknown key "te␛[2Jrm" in rule (allowed: id, severity, message, basis, suggestion, replace, fix, match, unless, require, classes, skip-classes, cases, examples)\n');
    const missing = await run(['check', 'in.md', '--pack', 'no\u001b[2J\u202e.yaml'], dir);
    expect(unsafeCodePoints(missing.stderr)).toEqual([]);
    expect(missing.stderr).toMatch(/^copylint: no␛\[2J<U\+202E>\.yaml: no such pack: /);
  });
});

describe('an unreadable file or an empty rule set never passes by accident', () => {
  it('an encrypted or corrupt document beside clean ones fails the run, and the summary says so', async () => {
    for (const broken of ['fixtures/pdf/encrypted.pdf', 'fixtures/docx/truncated.docx']) {
      const { code, stdout } = await run(['check', 'fixtures/text/clean.txt', broken]);
      expect(code, broken).toBe(1);
      expect(stdout).toMatch(/✖ 0 findings \(0 errors, 0 warnings, 0 infos\) in 2 files, 1 unreadable\n$/);
      expect(stdout).not.toContain('✔');
    }
  });

  it('--allow-unreadable reports it but passes', async () => {
    const { code, stdout } = await run(['check', 'fixtures/text/clean.txt', 'fixtures/pdf/encrypted.pdf', '--allow-unreadable']);
    expect(code).toBe(0);
    expect(stdout).toContain('fixtures/pdf/encrypted.pdf\n  unreadable  ');
  });

  it('--pack naming a folder without packs is a usage error, not a clean run', async () => {
    const { code, stdout, stderr } = await run(['check', 'fixtures/text/sms-utf8.txt', '--pack', 'fixtures/packs/empty']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('copylint: fixtures/packs/empty: no YAML packs found there, so no rules to check with: name a pack file, a folder holding .yaml packs, or a built-in pack\n');
  });
});

describe('one voice for errors', () => {
  it.each([
    [['check', '--format', 'xml'], 'copylint: --format xml: not one of stylish, json, sarif, github, junit, markdown; see "copylint check --help"\n'],
    [['check', '--formt', 'json'], 'copylint: unknown option \'--formt\' (did you mean --format?); see "copylint check --help"\n'],
    [['check', '--pack'], 'copylint: --pack needs a value; see "copylint check --help"\n'],
    [['chek'], 'copylint: unknown command \'chek\' (did you mean check?); see "copylint --help"\n'],
    [[], 'copylint: name a command (check, baseline, rules, init or print-config); see "copylint --help"\n'],
    [['check', '--pack', 'cn-finance'], 'copylint: cn-finance: no such pack: name a built-in pack (cn-ad-law, cn-disclosures, cn-financial, pii), a YAML file or a folder of them\n'],
    [['rules', 'show', 'no-such-rule'], 'copylint: no rule "no-such-rule": see "copylint rules list" for the rule ids\n'],
  ])('%j', async (args, line) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(line);
  });

  it('shows a path outside the working folder absolute, not as ../../…', async () => {
    const dir = folder({ 'in.md': '本产品保本保息\n' });
    const { stdout } = await run(['check', join(dir, 'in.md'), '--format', 'json', '--pack', FIXTURE_PACK], join(root, 'fixtures'));
    expect(JSON.parse(stdout).files[0].path).toBe(join(dir, 'in.md'));
    expect(existsSync(join(dir, 'in.md'))).toBe(true);
  });
});
