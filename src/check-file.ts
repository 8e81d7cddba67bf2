// One document, or one file, against a compiled rule set: apart from pack loading (check.ts), so
// that the worker checking files does not load the YAML parser.
import picomatch from 'picomatch';
import { withoutAllowed } from './config/allow.js';
import { configuredSeverity, DEFAULT_SETTINGS, type FileSettings } from './config/settings.js';
import { extract, formatOf, SUPPORTED_LIST } from './extract/index.js';
import { toFindings, type DocumentFindings, type FindingOptions, type Place } from './findings.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import type { Declared } from './match/classes.js';
import { matchText } from './match/match.js';
import type { RuleSet } from './match/ruleset.js';
import { normalize } from './normalize/normalize.js';
import type { Rule } from './packs/types.js';
import { readDocument } from './read-document.js';
import { ruleIdsOf } from './rule-ids.js';
import { readDirectives, type Directive } from './suppress/directives.js';
import { settle } from './suppress/settle.js';
import { BLOCK_BREAK, ExtractError, unreadFile, type Extracted, type FileResult, type Finding, type Format } from './types.js';

export interface DocumentOptions extends FindingOptions {
  /** The config's lawful phrases (normalized): a hit inside one is kept back. */
  allow?: readonly string[];
}

/** Pure: the findings of every rule on one extracted document, with the detail --explain shows. */
export function checkDocument(doc: Extracted, set: RuleSet, path = '', options: DocumentOptions = {}): DocumentFindings {
  const normalized = normalize(doc.text);
  const matches = matchText(normalized.text, set, declaredClasses(doc, set, path), options.exempted !== false);
  const allow = options.allow ?? [];
  return toFindings(allow.length ? withoutAllowed(matches, normalized.text, allow) : matches, normalized, doc, options);
}

/** Classes the document declares itself, and those the packs' `classify` globs give its path. */
function declaredClasses(doc: Extracted, set: RuleSet, path: string): Declared {
  const packs = set.packs.flatMap((pack) =>
    pack.declarations.filter((d) => path && picomatch.isMatch(path, d.files, { dot: true })).map((d) => ({ pack: pack.id, classes: d.classes })),
  );
  return { document: doc.declaredClasses ?? [], packs };
}

/** What one file's check depends on besides the rule set. */
export interface FileOptions {
  settings?: FileSettings;
  limits?: Limits;
  /** Keep the hits exemptions kept back (--explain); the rest of the detail is always built. */
  explain?: boolean;
}

/** Reads, extracts and checks one file; a file that cannot be read becomes an error entry, never a throw. */
export async function checkFile(path: string, set: RuleSet, displayPath = path, format = formatOf(path), options: FileOptions = {}): Promise<FileResult> {
  const maxSize = (options.limits ?? DEFAULT_LIMITS).maxFileSize;
  return checkSource(() => readDocument(path, maxSize), set, displayPath, format, options);
}

/** One document in, one result out: extract, match, then the config's settings and the document's suppression comments. */
export async function checkSource(read: () => Promise<Uint8Array>, set: RuleSet, displayPath: string, format: Format | null, options: FileOptions = {}): Promise<FileResult> {
  if (!format) return unreadFile(displayPath, format, { code: 'unsupported', message: `unsupported file type: copylint reads ${SUPPORTED_LIST}` });
  try {
    return inspectDocument(await extract(format, await read(), options.limits ?? DEFAULT_LIMITS), set, displayPath, options).file;
  } catch (error) {
    return unreadFile(displayPath, format, describeError(error));
  }
}

/**
 * The entry of an extracted document, and where each of its findings stands (null:
 * document-level), for --fix. Findings past `limits.maxFindingsPerFile` are counted, with the
 * config's severities, but not listed.
 */
export function inspectDocument(doc: Extracted, set: RuleSet, displayPath: string, options: FileOptions = {}): { file: FileResult; places: Array<Place | null> } {
  const { settings = DEFAULT_SETTINGS, limits = DEFAULT_LIMITS, explain = true } = options;
  const directives = doc.format === 'markdown' || doc.format === 'text' ? readDirectives(doc.source, doc.format) : [];
  const found = checkDocument(withoutCommentLines(doc, directives), set, displayPath, {
    allow: settings.allow,
    max: limits.maxFindingsPerFile,
    exempted: explain,
    severity: settings.rules.size ? (rule: Rule) => configuredSeverity(settings.rules, rule.id, rule.severity) : undefined,
  });
  const { findings, suppressed } = settle(found.findings, directives, settings, ruleIdsOf(set));
  const { classes, exempted, unlisted } = found;
  const file: FileResult = {
    path: displayPath,
    format: doc.format,
    error: null,
    warnings: doc.warnings,
    classes: classes.map((c) => c.name),
    findings,
    suppressed,
    ...(unlisted ? { unlisted } : {}),
    explain: { classes, exempted },
  };
  return { file, places: placesOf(findings, found) };
}

/** Settings and suppressions drop findings and may copy them (another severity): each is found again by rule and location. */
function placesOf(findings: readonly Finding[], found: DocumentFindings): Array<Place | null> {
  const key = (f: Finding) => `${f.ruleId} ${JSON.stringify(f.location)}`;
  const byKey = new Map(found.findings.map((f, i) => [key(f), found.places[i]]));
  return findings.map((f) => (f.location ? byKey.get(key(f)) ?? null : null));
}

/** A comment line of a text file is not copy: it is blanked (same length, so locations hold) and ends a paragraph. */
function withoutCommentLines(doc: Extracted, directives: readonly Directive[]): Extracted {
  if (doc.format !== 'text' || !directives.length) return doc;
  const { text } = doc;
  const parts: string[] = [];
  let at = 0;
  for (const { lineStart, lineEnd } of [...directives].sort((a, b) => a.lineStart - b.lineStart)) {
    if (lineStart < at) continue;
    const end = text[lineEnd] === '\r' ? lineEnd + 1 : lineEnd;
    parts.push(text.slice(at, lineStart), ' '.repeat(end - lineStart));
    at = end;
    if (text[end] === '\n') {
      parts.push(BLOCK_BREAK);
      at = end + 1;
    }
  }
  parts.push(text.slice(at));
  return { ...doc, text: parts.join('') };
}

export async function checkBytes(bytes: Uint8Array, format: Format, set: RuleSet, limits: Limits = DEFAULT_LIMITS): Promise<Finding[]> {
  return checkDocument(await extract(format, bytes, limits), set).findings;
}

export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ExtractError) return { code: error.code, message: error.message };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { code: 'not-found', message: 'no such file' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'unreadable', message: 'permission denied: check the file permissions' };
  if (code === 'EISDIR') return { code: 'unreadable', message: 'is a folder, not a file' };
  return { code: 'unreadable', message: `cannot read: ${(error as Error).message ?? String(error)}` };
}
