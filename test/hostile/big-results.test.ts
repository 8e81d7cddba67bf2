import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyFindingsText, manyParagraphsDocx } from '../../fixtures/hostile/inputs.mjs';
import { checkFile, loadRuleSet } from '../../src/check.js';
import { extractDocx } from '../../src/extract/docx/docx.js';
import { DEFAULT_SETTINGS } from '../../src/config/settings.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import { exitCodeFor, summarize } from '../../src/report/summary.js';
import type { FileResult, Report } from '../../src/types.js';
import { locationOf } from '../extract/docx-build.js';

const root = new URL('../../', import.meta.url).pathname;
const set = loadRuleSet(['fixtures/packs/fixture-terms.yaml'], root);
const dir = mkdtempSync(join(tmpdir(), 'copylint-big-'));

function reportOf(files: FileResult[]): Report {
  return { tool: { name: 'copylint', version: '0' }, packs: [], files, summary: summarize(files) };
}

describe('a file with 130,000 findings', async () => {
  const path = join(dir, 'many.txt');
  writeFileSync(path, manyFindingsText(130_000));
  const file = await checkFile(path, set, 'many.txt');

  it('lists the first 1,000 and counts the rest exactly', () => {
    expect(file.error).toBeNull();
    expect(file.findings).toHaveLength(1000);
    expect(file.findings.at(-1)!.location).toEqual({ line: 1000, column: 4, endLine: 1000, endColumn: 8 });
    expect(file.unlisted).toEqual({ error: 129_000, warning: 0, info: 0 });
    expect(summarize([file])).toEqual({ files: 1, errors: 130_000, warnings: 0, infos: 0, unreadable: 0, unlisted: 129_000, baselined: 0, suppressed: 0 });
  });

  it('prints in stylish and JSON, saying how many were not listed', () => {
    const stylish = formatStylish(reportOf([file]), { color: false });
    expect(stylish).toContain('\n  … 129000 more findings not listed (129000 errors, 0 warnings, 0 infos): raise --max-findings-per-file to list them\n');
    expect(stylish).toMatch(/\n✖ 130000 findings \(130000 errors, 0 warnings, 0 infos\) in 1 file, 129000 not listed\n$/);
    expect(JSON.parse(formatJson(reportOf([file]))).files[0].unlisted).toEqual({ error: 129_000, warning: 0, info: 0 });
  });

  it('lists every finding when the cap is raised, and prints them all without running out of stack', async () => {
    const all = await checkFile(path, set, 'many.txt', 'text', { limits: { ...DEFAULT_LIMITS, maxFindingsPerFile: 200_000 } });
    expect(all.findings).toHaveLength(130_000);
    expect(all.unlisted).toBeUndefined();
    expect(formatStylish(reportOf([all]), { color: false })).toMatch(/✖ 130000 findings \(130000 errors, 0 warnings, 0 infos\) in 1 file\n$/);
  });

  it('counts those not listed with the severity the config gives their rule, and not at all when it is off', async () => {
    const limits = { ...DEFAULT_LIMITS, maxFindingsPerFile: 10 };
    const settings = (setting: 'off' | 'warning') => ({ ...DEFAULT_SETTINGS, rules: new Map([['fixture/guarantee', setting]]) });
    const warned = await checkFile(path, set, 'many.txt', 'text', { limits, settings: settings('warning') });
    expect(warned.unlisted).toEqual({ error: 0, warning: 129_990, info: 0 });
    expect(warned.findings.every((f) => f.severity === 'warning')).toBe(true);
    const off = await checkFile(path, set, 'many.txt', 'text', { limits, settings: settings('off') });
    expect(off.unlisted).toBeUndefined();
    expect(off.findings).toEqual([]);
  });

  it('fails the run for findings that are not listed', async () => {
    const none = await checkFile(path, set, 'many.txt', 'text', { limits: { ...DEFAULT_LIMITS, maxFindingsPerFile: 0 } });
    expect(none.findings).toEqual([]);
    expect(exitCodeFor([none], { failOn: 'error', allowUnreadable: false })).toBe(1);
    expect(exitCodeFor([{ ...none, unlisted: { error: 0, warning: 0, info: 3 } }], { failOn: 'warning', allowUnreadable: false })).toBe(0);
    expect(exitCodeFor([{ ...none, unlisted: { error: 0, warning: 0, info: 3 } }], { failOn: 'info', allowUnreadable: false })).toBe(1);
  });
});

describe('a docx header of 150,000 paragraphs', () => {
  it('is read to its last paragraph', () => {
    const extracted = extractDocx(manyParagraphsDocx(150_000));
    expect(locationOf(extracted, '保本保息')).toEqual({ part: 'header', paragraph: 150_000, column: 4, endColumn: 8, text: '保本保息' });
  });
});
