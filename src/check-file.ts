// One document, or one file, against a compiled rule set: apart from pack loading (check.ts), so
// that the worker checking files does not load the YAML parser.
import picomatch from 'picomatch';
import { extract, formatOf, SUPPORTED_LIST } from './extract/index.js';
import { toFindings, type DocumentFindings, type FindingOptions } from './findings.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { Declared } from './match/classes.js';
import { matchText } from './match/match.js';
import type { RuleSet } from './match/ruleset.js';
import { normalize } from './normalize/normalize.js';
import { readDocument } from './read-document.js';
import { ExtractError, type Extracted, type FileResult, type Finding, type Format } from './types.js';

/** Pure: the findings of every rule on one extracted document, with the detail --explain shows. */
export function checkDocument(doc: Extracted, set: RuleSet, path = '', options: FindingOptions = {}): DocumentFindings {
  const normalized = normalize(doc.text);
  return toFindings(matchText(normalized.text, set, declaredClasses(doc, set, path), options.exempted !== false), normalized, doc, options);
}

/** Classes the document declares itself, and those the packs' `classify` globs give its path. */
function declaredClasses(doc: Extracted, set: RuleSet, path: string): Declared {
  const packs = set.packs.flatMap((pack) =>
    pack.declarations.filter((d) => path && picomatch.isMatch(path, d.files, { dot: true })).map((d) => ({ pack: pack.id, classes: d.classes })),
  );
  return { document: doc.declaredClasses ?? [], packs };
}

/**
 * Reads, extracts and checks one file; a file that cannot be read becomes an error entry, never a
 * throw. Findings past `limits.maxFindingsPerFile` are counted, not listed; the hits exemptions
 * kept back are gathered only with `explain`.
 */
export async function checkFile(path: string, set: RuleSet, displayPath = path, format = formatOf(path), limits: Limits = DEFAULT_LIMITS, explain = true): Promise<FileResult> {
  const result: FileResult = { path: displayPath, format, error: null, warnings: [], classes: [], findings: [] };
  if (!format) return { ...result, error: { code: 'unsupported', message: `unsupported file type: copylint reads ${SUPPORTED_LIST}` } };
  try {
    const doc = await extract(format, await readDocument(path, limits.maxFileSize), limits);
    const { findings, unlisted, classes, exempted } = checkDocument(doc, set, displayPath, { max: limits.maxFindingsPerFile, exempted: explain });
    return { ...result, warnings: doc.warnings, classes: classes.map((c) => c.name), findings, ...(unlisted ? { unlisted } : {}), explain: { classes, exempted } };
  } catch (error) {
    return { ...result, error: describe(error) };
  }
}

export async function checkBytes(bytes: Uint8Array, format: Format, set: RuleSet, limits: Limits = DEFAULT_LIMITS): Promise<Finding[]> {
  return checkDocument(await extract(format, bytes, limits), set).findings;
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof ExtractError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'not-found', message: 'no such file' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: 'permission denied: check the file permissions' };
  if (code === 'EISDIR') return { code: 'unreadable', message: 'is a folder, not a file' };
  return { code: 'unreadable', message: `cannot read: ${(error as Error).message ?? String(error)}` };
}
