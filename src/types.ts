export type Format = 'markdown' | 'text' | 'docx' | 'pdf';
export type Severity = 'error' | 'warning' | 'info';
export type DocxPart = 'body' | 'header' | 'footer' | 'footnotes' | 'endnotes' | 'comments';

/** Separates blocks (paragraphs, table cells, pages) in extracted text: nothing matches across it. */
export const BLOCK_BREAK = '\u2029';

/** Where one character of a document is, as a reader would find it. */
export interface Point {
  /** 1-based line (markdown, text; pdf: within the page). Omitted for docx. */
  line?: number;
  /** 1-based column, counted in characters (code points) of the decoded text. */
  column: number;
  page?: number;
  part?: DocxPart;
  /** Which header or footer of a section, when not the default one. */
  variant?: 'first' | 'even';
  paragraph?: number;
}

export interface Location {
  line?: number;
  column: number;
  endLine?: number;
  /** One past the last character, as in SARIF and ESLint. */
  endColumn: number;
  page?: number;
  part?: DocxPart;
  variant?: 'first' | 'even';
  paragraph?: number;
}

/**
 * What an extractor returns: the visible text, and a way back to where each
 * character came from. Findings are mapped through `toSource` and `locate`,
 * never by searching the source for the matched text again.
 */
export interface Extracted {
  format: Format;
  /** Visible text only; blocks separated by BLOCK_BREAK; soft line breaks kept as '\n'. */
  text: string;
  /** The string that `finding.text` is cut from and `locate` indexes into. */
  source: string;
  /** UTF-16 index in `text` → UTF-16 index in `source`; null when text === source. */
  toSource: Int32Array | null;
  /** Source index → reader's location of that character. */
  locate(sourceIndex: number): Point;
  /** Non-fatal problems a reviewer should know about (e.g. a PDF without a text layer). */
  warnings: string[];
  /** Classes the document declares itself to be of (markdown front matter `copylint-class`). */
  declaredClasses?: string[];
}

export type Extractor = (bytes: Uint8Array) => Promise<Extracted> | Extracted;

/** A file that cannot be read; `code` is stable, `message` says what to do. */
export class ExtractError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  basis: string;
  /** Exact source text of the hit; null for a document-level finding. */
  text: string | null;
  location: Location | null;
  context: string | null;
  /** [start, end) of the hit within `context`, in UTF-16 units, for highlighting. */
  contextSpan: [number, number] | null;
  suggestion: string | null;
  fix: { replacement: string } | null;
  /** With --explain: which part of the rule matched, with which words, in which scope. */
  explain?: Explanation;
}

/** The match detail --explain shows, for a finding or an exempted hit. */
export interface Explanation {
  /** The part of the rule: `match.any[2].seq`. */
  part: string;
  scope: string | null;
  /** Words as matched (normalized), with the lexicon each came from. */
  words: Array<{ lexicon: string | null; text: string }>;
  pattern: string | null;
}

/** A hit an exemption kept from being reported, and why. */
export interface ExemptedHit {
  ruleId: string;
  text: string;
  location: Location;
  explain: Explanation;
  /** The condition that held: where it is written, and the cue word that made it hold. */
  exemption: { condition: string; kind: string; lexicon: string | null; cue: string | null };
}

export interface ClassInfo {
  name: string;
  source: string;
  signals: string[];
}

/** A finding a suppression comment kept out of the report, listed for audit with the comment's reason. */
export interface Suppressed {
  ruleId: string;
  severity: Severity;
  text: string | null;
  location: Location | null;
  /** As the finding had them: its fingerprint (SARIF, baseline) is the one it would have unsuppressed. */
  context: string | null;
  contextSpan: [number, number] | null;
  reason: string | null;
}

/** The entry of a file that could not be read or checked: its error, and nothing found. */
export function unreadFile(path: string, format: Format | null, error: { code: string; message: string }): FileResult {
  return { path, format, error, warnings: [], classes: [], findings: [], suppressed: [] };
}

export interface FileResult {
  path: string;
  format: Format | null;
  error: { code: string; message: string } | null;
  warnings: string[];
  /** The document's classes (wealth-marketing, news-report …), which some rules are limited to. */
  classes: string[];
  findings: Finding[];
  /** Findings past --max-findings-per-file, counted by severity but not listed; only when some were left out. */
  unlisted?: Record<Severity, number>;
  /** Findings suppressed by comments in the document (markdown and text). */
  suppressed: Suppressed[];
  /** With --explain: how each class was told, and the hits exemptions kept back. */
  explain?: { classes: ClassInfo[]; exempted: ExemptedHit[] };
  /** With --fix or --fix-dry-run: what was fixed; `findings` are then what remains. */
  fix?: FileFix;
}

/** What --fix did to one file. */
export interface FileFix {
  /** Fixes applied (with --fix-dry-run: shown in the diff, not written). */
  applied: number;
  written: boolean;
  /** Remaining findings that have a fix which was not applied, and why (src/fix/plan.ts). */
  notFixed: Array<{ ruleId: string; location: Location | null; reason: 'split' | 'markup' | 'overlap' | 'passes' | 'format' }>;
  /** The fixed file could not be written, so it is left as it was and `findings` are its own. */
  writeError: string | null;
}

export interface PackInfo {
  id: string;
  name: string;
  version: string;
  sha256: string;
  file: string;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  unreadable: number;
  /** Findings counted above but not listed (--max-findings-per-file). */
  unlisted: number;
  /** Findings and unreadable files a baseline (--baseline) accepted; not in `files`. */
  baselined: number;
  suppressed: number;
  /** With --fix or --fix-dry-run: fixes applied over all files. */
  fixed?: number;
}

/** A finding a baseline accepts (see src/baseline/); matched by `fingerprint` alone. */
export interface BaselineEntry {
  /** From the repository root, with `/`. */
  path: string;
  ruleId: string;
  place: string;
  text: string | null;
  fingerprint: string;
  /** Without the context: matched when an edit beside the finding changed its fingerprint. */
  textFingerprint: string;
}

export interface Report {
  tool: { name: 'copylint'; version: string };
  packs: Array<{ id: string; version: string; sha256: string }>;
  files: FileResult[];
  summary: Summary;
  /** With --report-stale-baseline: the baseline's entries that no longer match. */
  staleBaseline?: BaselineEntry[];
}
