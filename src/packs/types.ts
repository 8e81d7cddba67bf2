import type { Severity } from '../types.js';

export type ValidatorName = 'id-card' | 'luhn';

/** A string from a pack, with the line it stands on (for `rules test` output). */
export interface Sourced {
  text: string;
  line: number;
}

/** A compiled pattern, with the literals every match contains (null: unknown). */
export interface Pattern {
  regexp: RegExp;
  anchors: string[] | null;
}

export interface RequireSpec {
  whenTerms: string[];
  whenPatterns: Pattern[];
  min: number;
  /** Required phrases, normalized. */
  must: string[];
  /** The same with all punctuation and spacing removed. */
  mustCompact: string[];
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
  replace: string | null;
  /** Normalized literal terms. */
  terms: string[];
  patterns: Pattern[];
  validate: ValidatorName | null;
  /** Normalized lawful phrases that exempt a hit lying inside them. */
  allow: string[];
  negation: boolean;
  require: RequireSpec | null;
  examples: { flag: Sourced[]; pass: Sourced[] };
  file: string;
  line: number;
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
}
