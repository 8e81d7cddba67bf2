import { readFileSync } from 'node:fs';
import { fingerprints, textFingerprints, UNREADABLE_RULE } from '../fingerprint.js';
import { placeLabel } from '../report/place.js';
import { fromRoot, type RepoPaths } from '../repo.js';
import type { BaselineEntry, FileResult } from '../types.js';
import { UserError } from '../user-error.js';


export const BASELINE_FORMAT = 1;
export const DEFAULT_BASELINE = '.copylint-baseline.json';

/** The baseline of a run: one entry per finding and per unreadable file, in report order. */
export function baselineOf(files: readonly FileResult[], paths: RepoPaths): BaselineEntry[] {
  return files.flatMap((file) => {
    const path = fromRoot(file.path, paths);
    const prints = fingerprints(path, file);
    const loose = textFingerprints(path, file);
    if (file.error) return [{ path, ruleId: UNREADABLE_RULE, place: '', text: file.error.code, fingerprint: prints[0], textFingerprint: loose[0] }];
    return file.findings.map((finding, i) => ({ path, ruleId: finding.ruleId, place: placeLabel(finding.location), text: finding.text, fingerprint: prints[i], textFingerprint: loose[i] }));
  });
}

export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = entries.map((entry) => `    ${JSON.stringify(entry)}`);
  return `{\n  "copylint": "baseline",\n  "format": ${BASELINE_FORMAT},\n  "findings": [\n${lines.join(',\n')}${lines.length ? '\n' : ''}  ]\n}\n`;
}

/** Reads and checks a baseline file; any problem is one line that says to regenerate it. */
export function readBaseline(file: string, shown: string): BaselineEntry[] {
  const flag = `--baseline ${shown}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${flag}: no such file: write one with "copylint baseline --output ${shown}"`);
    throw new UserError(`${flag}: cannot read it (${code ?? (error as Error).message}): check the path and its permissions`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${flag}: not valid JSON (${(error as Error).message.split('\n')[0]}): regenerate it with "copylint baseline"`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new UserError(`${flag}: ${problem}: regenerate it with "copylint baseline"`);
  return (data as { findings: BaselineEntry[] }).findings;
}

function shapeProblem(data: unknown): string | null {
  if (!isObject(data) || data.copylint !== 'baseline') return 'not a copylint baseline (no "copylint": "baseline")';
  if (data.format !== BASELINE_FORMAT) return `baseline format ${JSON.stringify(data.format)} is not ${BASELINE_FORMAT}`;
  if (!Array.isArray(data.findings)) return '"findings" is not a list';
  const bad = data.findings.findIndex((entry) => !isObject(entry) || !['path', 'ruleId', 'fingerprint', 'textFingerprint'].every((key) => typeof entry[key] === 'string'));
  return bad === -1 ? null : `findings[${bad}] lacks a string path, ruleId, fingerprint or textFingerprint`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
