import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { testExamples } from '../src/commands/rules.js';
import { loadPacks } from '../src/packs/load.js';
import { parse as parseYaml } from 'yaml';

const root = new URL('../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');

async function run(args: string[], cwd = root) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr };
}

/** The README's fenced code blocks of one info string ('' for plain fences), in order. */
function blocks(language: string): string[] {
  const found: string[] = [];
  let open: { language: string; lines: string[] } | null = null;
  for (const line of readme.split('\n')) {
    if (!line.startsWith('```')) open?.lines.push(line);
    else if (open) {
      if (open.language === language) found.push(`${open.lines.join('\n')}\n`);
      open = null;
    } else open = { language: line.slice(3).trim(), lines: [] };
  }
  return found;
}

/** `shown` with each `…` standing for any text, as a whole-string pattern. */
function elided(shown: string): RegExp {
  return new RegExp(`^${shown.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*')}$`, 'u');
}

/** The README's example JSON against a real report: same keys, same values, `…` standing for any text. */
function sameShape(example: unknown, actual: unknown, path = '$'): void {
  if (typeof example === 'string' && example.includes('…')) {
    expect(actual, path).toMatch(elided(example));
  } else if (Array.isArray(example)) {
    expect(Array.isArray(actual) && actual.length, path).toBe(example.length);
    example.forEach((item, i) => sameShape(item, (actual as unknown[])[i], `${path}[${i}]`));
  } else if (example && typeof example === 'object') {
    expect(Object.keys(actual as object), path).toEqual(Object.keys(example));
    for (const [key, value] of Object.entries(example)) sameShape(value, (actual as Record<string, unknown>)[key], `${path}.${key}`);
  } else expect(actual, path).toEqual(example);
}

describe('README', () => {
  it('shows the stylish output the command really prints', async () => {
    const command = '$ npx copylint check fixtures/text/sms-utf8.txt\n';
    const start = readme.indexOf(command) + command.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    expect((await run(['check', 'fixtures/text/sms-utf8.txt'])).stdout).toBe(shown);
  });

  it('counts the built-in rules that have a fix', () => {
    const [, fixed, all] = /Built-in rules with a fix \((\d+) of (\d+)\)/.exec(readme)!;
    const rules = loadPacks([], root).packs.flatMap((p) => p.rules);
    expect([rules.filter((r) => r.fix).length, rules.length]).toEqual([Number(fixed), Number(all)]);
    for (const rule of rules.filter((r) => r.fix)) expect(readme).toContain(`\`${rule.id}\``);
  });

  it('lists every built-in rule', async () => {
    const { stdout } = await run(['rules', 'list']);
    for (const [, id] of stdout.matchAll(/^ {2}[a-z-]+\/([a-z0-9-]+) /gm)) expect(readme).toContain(`| \`${id}\` |`);
  });

  const exitRows = [...readme.matchAll(/^\| ([012]) \| [^|]+ \| `copylint ([^`]+)` \|$/gm)];
  it('has an exit-code table with an example for each outcome', () => expect(exitRows.length).toBeGreaterThanOrEqual(10));
  it.each(exitRows.map((m) => [m[2], Number(m[1])]))('exit-code table: copylint %s exits %i', async (command, code) => {
    expect((await run(command.split(' '))).code).toBe(code);
  });

  it('shows the one-line errors copylint really prints', async () => {
    const block = blocks('').find((b) => b.startsWith('$ copylint '))!;
    const pairs = [...block.matchAll(/^\$ copylint (.*)\n(copylint: .*)$/gm)];
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const [, command, line] of pairs) {
      const { code, stderr } = await run(command.split(' '));
      expect(code).toBe(2);
      expect(stderr).toMatch(elided(`${line}\n`));
    }
  });

  it('shows JSON of the shape and values copylint really prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
    const line = /line 3 of\n`brochure\.md` is `([^`]+)`/.exec(readme)![1];
    writeFileSync(join(dir, 'brochure.md'), `# 鑫享理财\n\n${line}\n`);
    const { stdout } = await run(['check', 'brochure.md', '--format', 'json', '--pack', 'cn-financial'], dir);
    const [example] = blocks('json');
    sameShape(JSON.parse(example), JSON.parse(stdout));
  });

  it('shows a config that loads, with rules and lexicon the built-in packs know', async () => {
    const [config] = blocks('yaml').filter((b) => b.startsWith('# .copylintrc.yaml\n'));
    const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
    writeFileSync(join(dir, '.copylintrc.yaml'), config);
    const { code, stdout, stderr } = await run(['print-config', 'brochure.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      rules: { 'cn-ad-law/superlative': 'off', 'cn-financial/expected-yield': 'error' },
      run: { lexicon: { 'wealth-product': { extend: ['鑫享', '安盈'], remove: [] } }, maxWarnings: 20 },
    });
  });

  it('shows suppression comments that each suppress what they say', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
    writeFileSync(join(dir, 'example.md'), blocks('markdown').find((b) => b.includes('copylint-disable'))!);
    const { code, stdout } = await run(['check', 'example.md', '--report-unused-disable', '--format', 'json'], dir);
    expect(code).toBe(0);
    const [file] = JSON.parse(stdout).files;
    expect(file.findings).toEqual([]);
    expect(file.suppressed.map((f: { ruleId: string; reason: string }) => `${f.ruleId} ${f.reason}`)).toEqual([
      'cn-financial/principal-guarantee 引用监管处罚决定书原文',
      'cn-ad-law/absolute-superlative 获奖名称，原文照录',
      'cn-ad-law/first-unique 获奖名称，原文照录',
    ]);
  });

  it('every YAML pack it shows loads and passes its own examples', async () => {
    const packs = blocks('yaml').filter((b) => /^id: /m.test(b) && /\nrules:/.test(b));
    expect(packs.length).toBeGreaterThan(0);
    for (const yaml of packs) {
      const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
      writeFileSync(join(dir, 'pack.yaml'), yaml);
      const run = await testExamples(loadPacks(['pack.yaml'], dir));
      expect(run.output).toMatch(/^examples: [1-9]\d* passed, 0 failed\n$/m);
    }
  });

  it('shows the exact output of every `$ npx copylint check` example, in every format', async () => {
    const examples = [...readme.matchAll(/^```[a-z]*\n\$ npx copylint (check [^\n]+)\n([\s\S]*?)^```$/gm)];
    expect(examples.map(([, command]) => command.split(' --format ')[1] ?? 'stylish').sort()).toEqual(['github', 'junit', 'markdown', 'stylish', 'stylish']);
    for (const [, command, shown] of examples) expect((await run(command.split(' '))).stdout, command).toBe(shown);
  });

  it('shows a SARIF result as copylint really writes it', async () => {
    const intro = /the result of `npx (copylint check [^`]+ --format sarif)` \(`runs\[0\]\.results\[0\]`\):\n\n```json\n/.exec(readme)!;
    const example = readme.slice(intro.index + intro[0].length, readme.indexOf('```', intro.index + intro[0].length));
    const { stdout } = await run(intro[1].replace(/^copylint /, '').split(' '));
    expect(JSON.parse(stdout).runs[0].results[0]).toEqual(JSON.parse(example));
  });

  it('its CI workflows are valid YAML whose copylint commands run as written', async () => {
    const workflows = blocks('yaml').filter((b) => b.includes('npx copylint')).map((b) => parseYaml(b));
    expect(workflows).toHaveLength(2);
    const commands = JSON.stringify(workflows).match(/npx copylint [^"]+/g)!;
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
      copyFileSync(`${root}fixtures/text/sms-utf8.txt`, join(dir, 'sms.txt'));
      const { code, stderr } = await run(command.replace(/^npx copylint /, '').split(' '), dir);
      expect(stderr, command).toBe('');
      expect(code, command).toBe(1);
    }
  });

  it('shows a baseline entry of the shape copylint really writes', async () => {
    const example = JSON.parse(blocks('').find((b) => b.startsWith('{\n  "copylint": "baseline"'))!);
    const dir = mkdtempSync(join(tmpdir(), 'copylint-readme-'));
    mkdirSync(join(dir, 'docs'));
    copyFileSync(`${root}fixtures/text/sms-utf8.txt`, join(dir, 'docs/sms.txt'));
    expect((await run(['baseline', 'docs'], dir)).code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, '.copylint-baseline.json'), 'utf8'));
    sameShape(example, { ...written, findings: written.findings.slice(0, 1) });
  });
});
