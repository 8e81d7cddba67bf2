import { realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { checkSource, describeError, inspectDocument, type FileOptions } from '../check-file.js';
import { DEFAULT_SETTINGS, type FileSettings } from '../config/settings.js';
import { decodeText } from '../extract/text/decode.js';
import { formatOf } from '../extract/index.js';
import type { Place } from '../findings.js';
import type { RuleSet } from '../match/ruleset.js';
import { replaceFile, type WriteFile } from '../output.js';
import type { Limits } from '../limits.js';
import { unreadFile, type FileFix, type FileResult, type Format } from '../types.js';
import { UnsafeFix } from './bytes.js';
import { unifiedDiff } from './diff.js';
import { fixBytes, type FixRun, type FixTarget } from './loop.js';

export type FixMode = 'write' | 'dry-run';

export interface FixedFile {
  /** What remains in the file once fixed, with what was fixed. */
  file: FileResult;
  /** With --fix-dry-run, the unified diff of the fixes ('' when none). */
  patch: string;
}

/** One document to fix: where it is read from, and the file written back (null for standard input, which is only shown). */
export interface FixSource {
  read: () => Promise<Uint8Array>;
  path: string | null;
  display: string;
  format: Format | null;
  settings?: FileSettings;
  limits?: Limits;
  /** Keep the hits exemptions kept back (--explain). */
  explain?: boolean;
}

type Inspected = { file: FileResult; findings: FileResult['findings']; places: Array<Place | null> };

/**
 * Fixes one markdown or text document (written atomically, or shown as a diff), then reports
 * what remains. A docx or pdf is only checked: it is never modified, and its fixable findings
 * say so.
 */
export async function fixSource(source: FixSource, set: RuleSet, mode: FixMode, write?: WriteFile): Promise<FixedFile> {
  const { read, display, format, settings = DEFAULT_SETTINGS, limits, explain } = source;
  const options: FileOptions = { settings, limits, explain };
  if (format !== 'markdown' && format !== 'text') {
    const file = await checkSource(read, set, display, format, options);
    if (file.error) return { file, patch: '' };
    const notFixed = file.findings.filter((f) => f.fix).map(({ ruleId, location }) => ({ ruleId, location, reason: 'format' as const }));
    return { file: { ...file, fix: { applied: 0, written: false, notFixed, writeError: null } }, patch: '' };
  }
  try {
    const bytes = await read();
    const target = await fixTarget(format, set, display, options);
    const run = fixBytes(bytes, target);
    if (!run.applied) return { file: remaining(run, false), patch: '' };
    if (mode === 'dry-run' || source.path === null) return { file: remaining(run, false), patch: unifiedDiff(display, shownText(bytes), shownText(run.bytes)) };
    try {
      const real = realpathSync(source.path);
      const stat = statSync(real);
      // Renaming over a device or a pipe would replace it with a plain file.
      if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
      replaceFile(real, run.bytes, { mode: stat.mode & 0o7777, write });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const why = reason === 'ENOTREG' ? 'not a regular file (a device, pipe or folder), so it is left as it was' : `cannot write the fixed file (${reason}), so it is left as it was: check its permissions and the free space`;
      return { file: unchanged(bytes, target, why), patch: '' };
    }
    return { file: remaining(run, true), patch: '' };
  } catch (error) {
    if (error instanceof UnsafeFix) {
      const file = await checkSource(read, set, display, format, options);
      return { file: { ...file, fix: { applied: 0, written: false, notFixed: [], writeError: `${error.message}, so it is left as it was: fix it by hand` } }, patch: '' };
    }
    return { file: unreadFile(display, format, describeError(error)), patch: '' };
  }
}

/** The same for a file on disk. */
export function fixFile(path: string, display: string, set: RuleSet, mode: FixMode, write?: WriteFile, settings?: FileSettings, format: Format | null = formatOf(path)): Promise<FixedFile> {
  return fixSource({ read: () => readFile(path), path, display, format, settings }, set, mode, write);
}

function remaining(run: FixRun<Inspected>, written: boolean): FileResult {
  const { file } = run.found;
  const notFixed = run.notFixed.map(({ index, reason }) => ({ ruleId: file.findings[index].ruleId, location: file.findings[index].location, reason }));
  return { ...file, fix: { applied: run.applied, written, notFixed, writeError: null } };
}

/** The file as it is, when its fixes could not be written. */
function unchanged(bytes: Uint8Array, target: FixTarget<Inspected>, writeError: string): FileResult {
  const fix: FileFix = { applied: 0, written: false, notFixed: [], writeError };
  return { ...target.check(target.extract(bytes)).file, fix };
}

async function fixTarget(format: 'markdown' | 'text', set: RuleSet, display: string, options: FileOptions): Promise<FixTarget<Inspected>> {
  const check = (doc: Parameters<FixTarget['check']>[0]): Inspected => {
    const { file, places } = inspectDocument(doc, set, display, options);
    return { file, findings: file.findings, places };
  };
  if (format === 'text') {
    const { extractText, plainText } = await import('../extract/text/text.js');
    return { extract: extractText, visible: plainText, check };
  }
  const { extractMarkdown, markdownText } = await import('../extract/markdown/markdown.js');
  return { extract: extractMarkdown, visible: (source) => markdownText(source).text, escape: escapeMarkdown, check };
}

/** A backslash makes any ASCII punctuation literal in markdown: a mask of * never turns into emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&!#]/g, '\\$&');
}

/** The decoded text, with a UTF-8 BOM kept, so that the diff's first line is the file's. */
function shownText(bytes: Uint8Array): string {
  const { text, encoding } = decodeText(bytes);
  return encoding === 'utf-8-bom' ? `\uFEFF${text}` : text;
}
