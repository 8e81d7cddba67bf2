import type { Severity } from '../types.js';

export type ValidatorName = 'id-card' | 'luhn';

import type { Scope } from '../scopes.js';
import type { FixSpec } from './fix.js';

export type { Scope } from '../scopes.js';

/** A string from a pack, with the line it stands on (for `rules test` output). */
export interface Sourced {
  text: string;
  line: number;
}

/** A flag example: the text checked, and the spans (UTF-16, in `text`) the rule must report, exactly. */
export interface FlagExample extends Sourced {
  spans: Array<[number, number]>;
}

/** A fix example: the text checked, and the text once the rule's fixes are applied (`input → output`). */
export interface FixExample {
  input: string;
  output: string;
  line: number;
}

/**
 * Normalized words, from a named lexicon (`$name`) or written inline. Every use of one
 * lexicon shares one WordSet object, so the automaton finds its words once per document.
 */
export interface WordSet {
  name: string | null;
  words: string[];
}

interface ExprBase {
  /** Where in the rule this part is, for --explain: `match.any[1].seq`. */
  path: string;
  unless: Condition[];
}

/** Any word of the set. */
export interface WordsExpr extends ExprBase {
  kind: 'words';
  set: WordSet;
}

/** A word of each set, in order (`seq`) or in any order around the first (`near`), in one unit of `scope`. */
export interface SeqExpr extends ExprBase {
  kind: 'seq' | 'near';
  sets: WordSet[];
  /** The widest gap before each set after the first (`seq`), or from the first (`near`). */
  within: number[];
  scope: Scope;
}

/** A regular expression, run only on units of `scope` that hold one of its anchors (or everywhere when it has none). */
export interface RegexExpr extends ExprBase {
  kind: 'regex';
  regexp: RegExp;
  /** As written, with `$name` references. */
  source: string;
  /** Literal strings every match contains; null when none can be told. */
  anchors: WordSet | null;
  scope: Scope;
  validate: ValidatorName | null;
}

export interface AnyExpr extends ExprBase {
  kind: 'any';
  parts: Expr[];
}

/**
 * The first part's hits, where every other part also matches (not exempted) in the same unit
 * of `scope`, within `within` if given, and after the first part if `ordered`.
 */
export interface AllExpr extends ExprBase {
  kind: 'all';
  parts: Expr[];
  scope: Scope;
  within: number | null;
  ordered: boolean;
}

export type Expr = WordsExpr | SeqExpr | RegexExpr | AnyExpr | AllExpr;

/** A word of `set` near the hit: ending before it, starting after it, or either, in one unit of `scope`. */
export interface CueCondition {
  kind: 'before' | 'after' | 'around';
  set: WordSet;
  /** Occurrences of `set` that lie inside one of these words are not cues (非 in 非常). */
  except: WordSet | null;
  /** At most this many characters away; null: anywhere in the unit. */
  within: number | null;
  scope: Scope;
  /** A cue inside a word of some other flagged phrase does not count (the 无 of 无风险 in 无风险、保本 negates nothing). */
  outsideHits: boolean;
  path: string;
}

/** A word of `set` inside the hit, between its parts (保证…不…收益), unless it lies inside a word of `except`. */
export interface InsideCondition {
  kind: 'inside';
  set: WordSet;
  except: WordSet | null;
  path: string;
}

/** The hit lies inside one of these lawful phrases (非保本浮动收益). */
export interface PartOfCondition {
  kind: 'part-of';
  set: WordSet;
  path: string;
}

/** The hit stands inside quotation marks (a slogan quoted, not said). */
export interface QuotedCondition {
  kind: 'quoted';
  path: string;
}

export type Condition = CueCondition | InsideCondition | PartOfCondition | QuotedCondition;

/** A document-level rule: when triggered, one of `must` has to appear in the document. */
export interface RequireSpec {
  /** What triggers it; null: the rule's classes alone. */
  when: Expr | null;
  /** Distinct texts of `when` needed. */
  min: number;
  /** Required phrases, normalized. */
  must: string[];
  /** The same with all punctuation and spacing removed. */
  mustCompact: string[];
  /** Where a missing statement is reported: once for the document, or at each hit of `when`. */
  at: 'document' | 'when';
}

/** A rule compiled once at load time; matching only runs it. */
export interface Rule {
  /** `<pack id>/<rule id>` */
  id: string;
  packId: string;
  severity: Severity;
  message: string;
  basis: string;
  suggestion: string | null;
  fix: FixSpec | null;
  match: Expr | null;
  require: RequireSpec | null;
  /** Only in documents of one of these classes (empty: any document). */
  classes: string[];
  /** Never in documents of these classes. */
  skipClasses: string[];
  /** Real cases (fixtures/real-cases.yaml) that the rule covers. */
  cases: string[];
  examples: { flag: FlagExample[]; pass: Sourced[]; fix: FixExample[] };
  file: string;
  line: number;
}

/** A kind of document, told from its words once per document: wealth marketing, a risk disclosure, news … */
export interface DocumentClass {
  name: string;
  /** What tells such a document; null for a class that is any of `of`. */
  when: Expr | null;
  /** A group: the document is in it when it is in any of these classes. */
  of: string[];
  /** Distinct texts of `when` needed. */
  min: number;
  /** Not this class when the document is also one of these (marketing with a warning appended is still marketing). */
  except: string[];
  file: string;
  line: number;
}

/** Files a pack declares to be of some classes, by glob relative to the working folder. */
export interface Declaration {
  files: string;
  classes: string[];
  file: string;
}

export interface Pack {
  id: string;
  name: string;
  version: string;
  description: string;
  locale: string;
  file: string;
  sha256: string;
  rules: Rule[];
  declarations: Declaration[];
}

/** Named word lists, exemptions and document classes shared by every pack of a run. */
export interface Library {
  lexicons: Map<string, WordSet & { file: string; line: number; includes: string[] }>;
  exemptions: Map<string, Condition[]>;
  classes: DocumentClass[];
}

export interface Loaded {
  packs: Pack[];
  library: Library;
}
