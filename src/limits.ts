import { UserError } from './user-error.js';

/** What one file may cost: above these, a file is reported (never crashed on, never waited for forever). */
export interface Limits {
  /** Bytes of a file read at all. */
  maxFileSize: number;
  /** Bytes a .docx may unpack to, all parts together. */
  maxUnzippedSize: number;
  /** Findings listed per file; the rest are counted. */
  maxFindingsPerFile: number;
  /** Milliseconds one file may take to read and check. */
  timeoutPerFile: number;
}

export const MB = 1_000_000;

export const DEFAULT_LIMITS: Limits = {
  maxFileSize: 50 * MB,
  maxUnzippedSize: 200 * MB,
  maxFindingsPerFile: 1000,
  timeoutPerFile: 60_000,
};

/** Bytes of YAML a pack (all its files) may hold: parsing YAML takes far more memory than the text. */
export const DEFAULT_MAX_PACK_SIZE = 10 * MB;

const UNITS: Record<string, number> = { '': MB, kb: 1000, mb: MB, gb: 1000 * MB };

/** `50`, `50MB`, `1.5GB`, `800kb` → bytes; a plain number is megabytes. */
export function parseSize(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(kb|mb|gb)?$/i.exec(value.trim());
  const bytes = m ? Math.round(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]) : NaN;
  if (!(bytes > 0)) throw new UserError(`${flag} ${value}: not a size: write megabytes, such as 50 or 50MB (also KB, GB)`);
  return bytes;
}

/** `60`, `0.5`, `90s` → milliseconds. */
export function parseSeconds(flag: string, value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*s?$/i.exec(value.trim());
  const ms = m ? Math.round(Number(m[1]) * 1000) : NaN;
  if (!(ms > 0)) throw new UserError(`${flag} ${value}: not a time: write seconds, such as 60 or 0.5`);
  return ms;
}

/** A whole number of at least 0. */
export function parseCount(flag: string, value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UserError(`${flag} ${value}: not a whole number: write one such as 1000`);
  return Number(value.trim());
}

/** `50 MB`, `1.5 GB`, `800 KB`: for messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1000 * MB) return `${round(bytes / (1000 * MB))} GB`;
  if (bytes >= MB) return `${round(bytes / MB)} MB`;
  return `${round(bytes / 1000)} KB`;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The limit flags of `check`, as commander hands them over (strings, defaults included). */
export interface LimitFlags {
  maxFileSize: string;
  maxUnzippedSize: string;
  maxFindingsPerFile: string;
  timeoutPerFile: string;
}

export function limitsFrom(flags: LimitFlags): Limits {
  return {
    maxFileSize: parseSize('--max-file-size', flags.maxFileSize),
    maxUnzippedSize: parseSize('--max-unzipped-size', flags.maxUnzippedSize),
    maxFindingsPerFile: parseCount('--max-findings-per-file', flags.maxFindingsPerFile),
    timeoutPerFile: parseSeconds('--timeout-per-file', flags.timeoutPerFile),
  };
}
