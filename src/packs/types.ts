import type { Severity } from '../types.js';

export type ValidatorName = 'id-card' | 'luhn';

/** A string from a pack, with the line it stands on (for `rules test` output). */
export interface Sourced {
  text: string;
  line: number;
}

export interface RequireSpec {
  whenTerms: string[];
  whenPatterns: RegExp[];
  min: number;
  /** Required phrases with all punctuation and spacing removed. */
  must: string[];
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
  patterns: RegExp[];
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
