import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = new URL('../', import.meta.url).pathname;
// Called directly: the npm shim splits its arguments on ';', which would break "Gh;Sarif".
const MULTITOOL = join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

interface Validation {
  runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }> }>;
}

/** Microsoft's SARIF validator with GitHub's ingestion rules; its own log lists what it found. */
function validate(sarif: string): Validation {
  const out = join(mkdtempSync(join(tmpdir(), 'copylint-multitool-')), 'validation.sarif');
  // Without ICU, .NET runs in invariant mode; nothing here depends on culture.
  execFileSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '-o', out, sarif], { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' }, stdio: 'pipe' });
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('SARIF with Microsoft SARIF Multitool, GitHub rules (Gh;Sarif)', () => {
  it('the validator is installed (npm devDependency @microsoft/sarif-multitool)', () => {
    expect(existsSync(MULTITOOL), `${MULTITOOL} is missing: run npm install`).toBe(true);
  });

  it('finds zero errors in a report of every fixture kind: text, markdown, docx, pdf, unreadable, hostile, document-level, suppressed', async () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'copylint-sarif-')), 'copylint.sarif');
    const args = ['check', 'fixtures/text', 'fixtures/markdown', 'fixtures/docx', 'fixtures/pdf', 'fixtures/hostile', 'fixtures/ci', 'fixtures/suppress', '--format', `sarif:${sarif}`];
    const io = { stdout: () => {}, stderr: () => {}, cwd: root, env: {}, isTTY: false };
    expect(await main(args, io)).toBe(1);
    const results = validate(sarif).runs.flatMap((run) => run.results ?? []);
    const errors = results.filter((r) => r.level === 'error');
    expect(errors.map((r) => `${r.ruleId}: ${r.message.arguments?.join(' ') ?? r.message.text}`)).toEqual([]);
    const log = JSON.parse(readFileSync(sarif, 'utf8'));
    expect(log.runs[0].results.length).toBeGreaterThan(40);
    expect(log.runs[0].results.filter((r: { suppressions?: unknown[] }) => r.suppressions?.length).length).toBeGreaterThan(3);
  });

  it('reports an error for SARIF that GitHub would refuse (so a pass means something)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copylint-sarif-'));
    const broken = join(dir, 'broken.sarif');
    // No fullDescription or help: GitHub's rule GH2012 requires both.
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ id: 'r', shortDescription: { text: 's' } }] } }, results: [] }] };
    writeFileSync(broken, JSON.stringify(log));
    const errors = validate(broken).runs.flatMap((run) => run.results ?? []).filter((r) => r.level === 'error');
    expect(errors.map((r) => r.ruleId)).toContain('GH2012');
  });
});
