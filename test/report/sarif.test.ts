import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK, folder, root, run } from '../run.js';

const schema = JSON.parse(readFileSync(join(root, 'fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

async function sarif(args: string[], cwd = root) {
  const { code, stdout } = await run(['check', ...args, '--pack', FIXTURE_PACK, '--format', 'sarif'], cwd);
  return { code, log: JSON.parse(stdout) };
}

const ALL = ['fixtures/text/sms-utf8.txt', 'fixtures/markdown', 'fixtures/docx', 'fixtures/pdf', 'fixtures/hostile', 'fixtures/ci'];

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema for every fixture: text, markdown, docx, pdf, unreadable, hostile', async () => {
    const { code, log } = await sarif(ALL);
    expect(code).toBe(1);
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(30);
  });

  it('the schema check can fail: a wrong level is refused', async () => {
    const { log } = await sarif(['fixtures/text/sms-utf8.txt']);
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('describes every rule, and points each result at its rule, file and exact region', async () => {
    const { log } = await sarif(['fixtures/text/sms-utf8.txt']);
    const run0 = log.runs[0];
    expect(run0.columnKind).toBe('unicodeCodePoints');
    const rules = run0.tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['fixture/guarantee', 'fixture/superlative', 'fixture/expected-yield', 'copylint/unreadable']);
    expect(rules[2]).toMatchObject({
      shortDescription: { text: '净值型产品不得宣传预期收益率' },
      fullDescription: { text: '净值型产品不得宣传预期收益率。依据：《商业银行理财产品销售管理办法》销售文本章节' },
      help: { text: '净值型产品不得宣传预期收益率\n依据：《商业银行理财产品销售管理办法》销售文本章节\n建议：改用业绩比较基准，并说明其不是收益承诺。\n替换为：业绩比较基准' },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['fixture', 'compliance', 'passage'] },
    });
    const first = run0.results[0];
    expect(first).toMatchObject({
      ruleId: 'fixture/guarantee',
      ruleIndex: 0,
      level: 'error',
      message: { text: '承诺保本或无风险：“稳赚不赔”' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/text/sms-utf8.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 12, endLine: 1, endColumn: 16, snippet: { text: '稳赚不赔' } } } }],
    });
    expect(first.partialFingerprints['copylint/v1']).toMatch(/^[0-9a-f]{32}:0$/);
    const yieldResult = run0.results.find((r: { ruleId: string }) => r.ruleId === 'fixture/expected-yield');
    expect(yieldResult.ruleIndex).toBe(2);
    expect(yieldResult.level).toBe('warning');
  });

  it('pdf: lines within the page, and the page in a property bag; docx: part and paragraph, no lines', async () => {
    const { log } = await sarif(['fixtures/pdf/brochure.pdf', 'fixtures/docx/all-parts.docx']);
    const [pdfWrap] = log.runs[0].results.filter((r: { message: { text: string } }) => r.message.text.includes('稳赚不赔') && r.message.text.includes('第1页'));
    expect(pdfWrap.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/pdf/brochure.pdf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 35, endLine: 6, endColumn: 2, snippet: { text: '稳赚不\n赔' }, properties: { page: 1 } },
    });
    expect(pdfWrap.message.text).toBe('承诺保本或无风险：“稳赚不赔”（第1页 5:35）');
    const docx = log.runs[0].results.find((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('.docx'));
    expect(docx.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'fixtures/docx/all-parts.docx', uriBaseId: '%SRCROOT%' },
      properties: { part: 'body', paragraph: 2, column: 4, endColumn: 8 },
    });
  });

  it('an unreadable file is a result of copylint/unreadable at the file; a document-level finding sits at the file', async () => {
    const dir = folder({}, { 'encrypted.pdf': 'fixtures/pdf/encrypted.pdf', 'sms.txt': 'fixtures/text/sms-utf8.txt' });
    const { stdout } = await run(['check', '.', '--format', 'sarif'], dir);
    const results = JSON.parse(stdout).runs[0].results;
    const unreadable = results.find((r: { ruleId: string }) => r.ruleId === 'copylint/unreadable');
    expect(unreadable).toMatchObject({ level: 'error', message: { text: '文件无法读取，未经审查：encrypted: needs a password (encrypted)' }, properties: { code: 'encrypted' } });
    expect(unreadable.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'encrypted.pdf', uriBaseId: '%SRCROOT%' } } }]);
    const documentLevel = results.find((r: { ruleId: string }) => r.ruleId === 'cn-disclosures/wm-risk-statement');
    expect(documentLevel.message.text).toBe('理财产品宣传材料缺少"理财非存款、产品有风险、投资须谨慎"');
    expect(documentLevel.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'sms.txt', uriBaseId: '%SRCROOT%' } } }]);
  });

  it('records a suppressed finding as an in-source suppression with its reason, under the fingerprint it has unsuppressed', async () => {
    const dir = folder({ 'sms.txt': readFileSync(join(root, 'fixtures/suppress/sms.txt'), 'utf8') });
    const { log } = await sarif(['sms.txt'], dir);
    expect(validate(log)).toBe(true);
    const suppressed = log.runs[0].results.filter((r: { suppressions?: unknown }) => r.suppressions);
    expect(suppressed.map((r: { ruleId: string; level: string; suppressions: unknown }) => [r.ruleId, r.level, r.suppressions])).toEqual([
      ['fixture/guarantee', 'error', [{ kind: 'inSource', justification: '客户原话引用，已备案' }]],
      ['fixture/superlative', 'warning', [{ kind: 'inSource', justification: '奖项名称' }]],
      ['fixture/expected-yield', 'warning', [{ kind: 'inSource' }]],
    ]);
    expect(suppressed[0]).toMatchObject({ message: { text: '承诺保本或无风险：“稳赚不赔”' }, locations: [{ physicalLocation: { region: { startLine: 2, startColumn: 6 } } }] });
    // Without its comments, the same finding is reported under the same fingerprint.
    const bare = folder({ 'sms.txt': readFileSync(join(root, 'fixtures/suppress/sms.txt'), 'utf8').replace(/^(#|\/\/) copylint-.*$/gmu, '') });
    const unsuppressed = (await sarif(['sms.txt'], bare)).log.runs[0].results;
    for (const result of suppressed) {
      const same = unsuppressed.find((r: { ruleId: string; suppressions?: unknown; message: { text: string } }) => r.ruleId === result.ruleId && !r.suppressions && r.message.text === result.message.text);
      expect(fingerprint(same)).toBe(fingerprint(result));
    }
  });

  it('names files from the repository root, percent-encoded, whichever subfolder it runs in', async () => {
    const dir = folder({}, { 'docs/营销 #1.txt': 'fixtures/text/sms-utf8.txt' });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const fromTop = await sarif(['docs'], dir);
    const fromDocs = await sarif(['.'], join(dir, 'docs'));
    const uri = (log: { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }) => log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri(fromTop.log)).toBe('docs/%E8%90%A5%E9%94%80%20%231.txt');
    expect(uri(fromDocs.log)).toBe(uri(fromTop.log));
    expect(fromDocs.log.runs[0].results.map(fingerprint)).toEqual(fromTop.log.runs[0].results.map(fingerprint));
  });

  it('keeps fingerprints when lines are inserted above and text changes elsewhere; a repeat gets the next occurrence', async () => {
    const original = readFileSync(join(root, 'fixtures/text/sms-utf8.txt'), 'utf8');
    const dir = folder({ 'sms.txt': original });
    const before = (await sarif(['sms.txt'], dir)).log.runs[0].results;
    writeFileSync(join(dir, 'sms.txt'), `新增一行说明。\n\n${original.replace('第一季度业绩回顾', '第二季度业绩回顾')}尊敬的客户，稳赚不赔的好机会来了！\n`);
    const after = (await sarif(['sms.txt'], dir)).log.runs[0].results;
    expect(after.slice(0, before.length).map(fingerprint)).toEqual(before.map(fingerprint));
    expect(after[0].locations[0].physicalLocation.region.startLine).toBe(3);
    const repeat = fingerprint(after.at(-1));
    expect(repeat.split(':')).toEqual([fingerprint(before[0]).split(':')[0], '1']);
  });
});

function fingerprint(result: { partialFingerprints: Record<string, string> }): string {
  return result.partialFingerprints['copylint/v1'];
}
