import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Target } from './discover.js';
import { displayPath, statOrNull } from './paths.js';
import { UserError } from './user-error.js';

/**
 * The report file may be written where the user says, but never over a document being
 * checked, never over a folder, and never half-written.
 */
export function checkOutputPath(output: string, cwd: string, flag = outputFlag(output, cwd)): void {
  const existing = statOrNull(output);
  if (existing?.isDirectory()) throw new UserError(`${flag}: is a folder: name a file for the report`);
  const folder = statOrNull(dirname(output));
  if (!folder?.isDirectory()) throw new UserError(`${flag}: the folder ${displayPath(dirname(output), cwd)} does not exist: create it first`);
}

/** How messages name a report file: by the flag that gave it (`--output r.txt`, `--format sarif:r.sarif`). */
export function outputFlag(output: string, cwd: string): string {
  return `--output ${displayPath(output, cwd)}`;
}

/**
 * Takes the report files out of the files to check. A report left by an earlier run is
 * simply not checked; a document named as an output (or found in a checked folder) is
 * refused, so that the report never replaces it. Each file is looked at once, whatever the
 * number of reports.
 */
export function withoutOutputs(targets: Target[], outputs: ReadonlyArray<{ path: string; flag: string }>): Target[] {
  const reports = outputs.flatMap((output) => {
    const stat = statOrNull(output.path);
    return stat ? [{ ...output, stat }] : [];
  });
  if (!reports.length) return targets;
  return targets.filter((target) => {
    if (target.error) return true;
    const stat = statOrNull(target.path);
    const report = reports.find((r) => sameFile(stat, r.stat));
    if (!report) return true;
    if (target.explicit || !isCopylintReport(report.path)) {
      throw new UserError(`${report.flag}: is a document being checked: write the report to another file`);
    }
    return false;
  });
}

/**
 * Writes a report file atomically (see replaceFile); a failure is the user's to fix. A device or
 * pipe (/dev/null, /dev/stdout) is written to as it is: renaming over it would replace it.
 */
export function writeAtomically(path: string, text: string, cwd: string, flag = outputFlag(path, cwd)): void {
  try {
    const existing = statOrNull(path);
    if (existing && !existing.isFile()) writeFileSync(path, text);
    else replaceFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`${flag}: cannot write the report (${reason}): check the path and its permissions`);
  }
}

export type WriteFile = (path: string, data: string | Uint8Array, options: { flag: string }) => void;

/**
 * Writes to a fresh file beside `path`, then renames it over: readers see the old file or the
 * new, never a part. On failure the temporary file is removed and the error thrown. `mode`
 * gives the new file the permissions of the one it replaces.
 */
export function replaceFile(path: string, data: string | Uint8Array, options: { mode?: number; write?: WriteFile } = {}): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    (options.write ?? writeFileSync)(temporary, data, { flag: 'wx' });
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The one write that adds to a file rather than replacing it: GitHub's step summary, which other steps append to as well. */
export function appendStepSummary(path: string, text: string): void {
  try {
    appendFileSync(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UserError(`GITHUB_STEP_SUMMARY ${path}: cannot append the summary (${reason}): check the variable`);
  }
}

/** Signatures of the reports copylint writes, looked for in the file's first and last bytes. */
const REPORT_SIGNATURES = [
  /^\{\s*"tool":\s*\{\s*"name":\s*"copylint"/u,
  /[✔✖⚠] \d+ findings? \(\d+ errors?, \d+ warnings?, \d+ infos?\) in \d+ files?.*\n?$/u,
  /^\{\s*"\$schema":\s*"[^"]*sarif[^"]*",\s*"version":\s*"2\.1\.0",\s*"runs":\s*\[\s*\{\s*"tool":\s*\{\s*"driver":\s*\{\s*"name":\s*"copylint"/u,
  /^<\?xml [^>]*\?>\n<testsuites name="copylint"/u,
  /^<!-- copylint -->\n/u,
  /^::(?:error|warning|notice) file=[^\n]*::/u,
  /^\{\s*"copylint":\s*"baseline"/u,
];
const SNIFF_BYTES = 512;

function isCopylintReport(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const size = fstatSync(fd).size;
    // An empty file holds no document to lose (the github format writes nothing when all is well).
    if (size === 0) return true;
    const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    const tail = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    readSync(fd, head, 0, head.length, 0);
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const text = [head.toString('utf8'), tail.toString('utf8')];
    return REPORT_SIGNATURES.some((signature) => text.some((part) => signature.test(part)));
  } finally {
    closeSync(fd);
  }
}

function sameFile(a: Stats | null, b: Stats): boolean {
  return a !== null && a.dev === b.dev && a.ino === b.ino;
}
