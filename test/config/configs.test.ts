import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { starterConfig } from '../../src/config/starter.js';

const root = new URL('../../', import.meta.url).pathname;
const project = join(root, 'fixtures/config/project');
const expected: Record<string, unknown[]> = JSON.parse(readFileSync(join(root, 'fixtures/config/project-report.json'), 'utf8'));

async function run(args: string[], cwd = project) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

const json = async (args: string[], cwd = project) => JSON.parse((await run([...args, '--format', 'json'], cwd)).stdout);
const found = (report: { files: Array<{ path: string; findings: Array<Record<string, unknown>> }> }) =>
  Object.fromEntries(report.files.map((f) => [f.path, f.findings.map(({ ruleId, severity, text, location }) => ({ ruleId, severity, text, location }))]));

describe('configuration found beside the documents', () => {
  it('merges nearer over farther and extends, with its packs, lexicon changes, allow and ignore', async () => {
    const { code, stdout } = await run(['check', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.packs.map((p: { id: string }) => p.id)).toEqual(['fixture', 'bank']);
    expect(found(report)).toEqual(expected);
  });

  it('without it, the lexicon changes and allowed phrases are gone and ignored files are checked', async () => {
    const report = await json(['check', 'brochure.md', 'drafts/old.md', '--no-config', '--pack', '../../packs/fixture-terms.yaml', '--pack', 'packs/bank.yaml']);
    const texts = report.files.map((f: { findings: Array<{ ruleId: string; text: string }> }) => f.findings.map((x) => `${x.ruleId} ${x.text}`));
    expect(texts).toEqual([
      ['fixture/guarantee 保本保息', 'bank/named-promise 固收plus稳赢', 'fixture/superlative 国家级', 'fixture/superlative 国家级', 'fixture/expected-yield 预期收益率', 'fixture/guarantee 稳赚不赔'],
      ['fixture/guarantee 保本保息'],
    ]);
  });

  it('takes run-wide options from the working folder\'s config: failOn of the project (info) or of press/ (error)', async () => {
    expect((await run(['check', 'press/release.md'])).code).toBe(1);
    expect((await run(['check', 'release.md'], join(project, 'press'))).code).toBe(0);
    expect((await run(['check', 'notes.md'])).code).toBe(1);
    expect((await run(['check', 'notes.md', '--fail-on', 'error'])).code).toBe(0);
  });

  it('applies ignore globs to files named on the command line, with one line on stderr', async () => {
    const { code, stdout, stderr } = await run(['check', 'drafts/old.md', 'notes.md']);
    expect(code).toBe(1);
    expect(stderr).toBe('copylint: drafts/old.md: not checked: ignored by "drafts" in .copylintrc.yaml\n');
    expect(stdout).toContain('in 1 file\n');
    const alone = await run(['check', 'drafts/old.md']);
    expect(alone).toEqual({ code: 0, stdout: '✔ 0 findings (0 errors, 0 warnings, 0 infos) in 0 files\n', stderr: 'copylint: drafts/old.md: not checked: ignored by "drafts" in .copylintrc.yaml\n' });
  });

  it('skips ignored files silently in a folder, and applies --ignore to named files too', async () => {
    expect((await run(['check', '.'])).stderr).toBe('');
    const { stderr } = await run(['check', 'notes.md', 'brochure.md', '--ignore', 'notes.*']);
    expect(stderr).toBe('copylint: notes.md: not checked: ignored by --ignore "notes.*"\n');
  });

  it('--config replaces every config found: here press/\'s, with the built-in packs', async () => {
    const report = await json(['check', 'drafts/old.md', 'press/release.md', '--config', 'press/.copylintrc.yaml']);
    expect(report.packs.map((p: { id: string }) => p.id)).toEqual(['cn-ad-law', 'cn-disclosures', 'cn-financial', 'pii']);
    expect(found(report)['drafts/old.md']).toEqual([
      { ruleId: 'cn-financial/principal-guarantee', severity: 'error', text: '保本保息', location: { line: 3, column: 4, endLine: 3, endColumn: 8 } },
    ]);
    expect(found(report)['press/release.md']).toEqual([
      { ruleId: 'cn-ad-law/absolute-superlative', severity: 'error', text: '国家级', location: { line: 3, column: 5, endLine: 3, endColumn: 8 } },
      { ruleId: 'cn-financial/expected-yield', severity: 'info', text: '预期收益率', location: { line: 3, column: 13, endLine: 3, endColumn: 18 } },
    ]);
  });
});

describe('copylint print-config', () => {
  it('shows the settings for a file and where they come from', async () => {
    const { code, stdout } = await run(['print-config', 'press/release.md']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      file: 'press/release.md',
      configs: ['shared/base.yaml', '.copylintrc.yaml', 'press/.copylintrc.yaml'],
      ignored: null,
      rules: { 'fixture/superlative': 'off', 'fixture/expected-yield': 'info' },
      ignore: [{ glob: 'drafts', from: '.copylintrc.yaml' }],
      allow: ['国家级金融创新奖', '稳赚不赔理财节'],
      run: {
        configs: ['shared/base.yaml', '.copylintrc.yaml'],
        packs: [join(root, 'fixtures/packs/fixture-terms.yaml'), 'packs/bank.yaml'],
        lexicon: { 'wealth-product': { extend: ['鑫享'], remove: ['固收plus'] } },
        failOn: 'info',
        maxWarnings: null,
      },
    });
    expect(JSON.parse((await run(['print-config', 'drafts/old.md'])).stdout).ignored).toBe('drafts (.copylintrc.yaml)');
  });
});

describe('a bad config: file:line:column, exit 2', () => {
  it.each([
    ['yaml-syntax', 'bad/yaml-syntax.yaml:3:1: YAML syntax: A block sequence may not be used as an implicit map key'],
    ['unknown-key', 'bad/unknown-key.yaml:3:1: unknown key "ignores" in config (allowed: extends, packs, rules, ignore, allow, lexicon, failOn, maxWarnings)'],
    ['wrong-type', 'bad/wrong-type.yaml:1:9: config.ignore must be a list of strings'],
    ['unknown-rule', 'bad/unknown-rule.yaml:3:3: rules: no rule "superlativ" in the packs of this run (did you mean fixture/superlative?): see "copylint rules list"'],
    ['bad-severity', 'bad/bad-severity.yaml:2:24: rules.fixture/superlative must be off, error, warning or info'],
    ['missing-extends', 'bad/missing-extends.yaml:1:10: extends: no config "./base.yaml" (relative to this config\'s folder): check the path'],
    ['cycle-a', 'bad/cycle-b.yaml:1:10: extends cycle: bad/cycle-a.yaml → bad/cycle-b.yaml → bad/cycle-a.yaml: remove one of the extends'],
    ['lexicon-list', 'bad/lexicon-list.yaml:2:19: lexicon.wealth-product must be { extend: [...], remove: [...] }: a config changes the word lists of the packs'],
    ['unknown-lexicon', 'bad/unknown-lexicon.yaml:2:3: cannot change lexicon "wealth-products": it is not defined (did you mean $wealth-product?)'],
    ['empty-packs', 'bad/empty-packs.yaml:1:8: packs is empty: name packs, or leave the key out to use every built-in pack'],
  ])('%s', async (name, line) => {
    const { code, stdout, stderr } = await run(['check', 'project/notes.md', '--config', `bad/${name}.yaml`], join(root, 'fixtures/config'));
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `copylint: ${line}\n` });
  });

  it('a config found beside a document is checked the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-config-'));
    writeFileSync(join(dir, 'a.md'), '保本\n');
    writeFileSync(join(dir, '.copylintrc.yml'), 'failOn: warn\n');
    expect(await run(['check', 'a.md'], dir)).toEqual({ code: 2, stdout: '', stderr: 'copylint: .copylintrc.yml:1:9: failOn must be error, warning or info\n' });
  });
});

describe('copylint init', () => {
  it('writes the commented starter config, which loads, and never overwrites a config', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-init-'));
    expect(await run(['init'], dir)).toEqual({ code: 0, stdout: 'wrote .copylintrc.yaml\n', stderr: '' });
    expect(readFileSync(join(dir, '.copylintrc.yaml'), 'utf8')).toBe(starterConfig());
    writeFileSync(join(dir, 'a.txt'), '本产品预期收益率4.5%。\n');
    expect((await run(['check', 'a.txt', '--pack', 'cn-financial'], dir)).code).toBe(0);
    writeFileSync(join(dir, '.copylintrc.yaml'), 'failOn: warning\n');
    expect(await run(['init'], dir)).toEqual({ code: 2, stdout: '', stderr: 'copylint: .copylintrc.yaml: a config is already here: edit it (copylint init never overwrites one)\n' });
    expect(readFileSync(join(dir, '.copylintrc.yaml'), 'utf8')).toBe('failOn: warning\n');
  });

  it('refuses when the folder holds a config under another name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-init-'));
    writeFileSync(join(dir, 'copylint.config.yaml'), 'rules: {}\n');
    expect((await run(['init'], dir)).code).toBe(2);
    expect(existsSync(join(dir, '.copylintrc.yaml'))).toBe(false);
  });
});
