import type { DocumentClass } from '../packs/types.js';
import { distinctTexts, type Context } from './evaluate.js';

/** A class a document is in, and why: the distinct signal words that told it (as many as it needs), or who declared it. */
export interface ClassResult {
  name: string;
  /** `computed`, `front matter`, or the pack whose `classify` glob matched. */
  source: string;
  signals: string[];
}

export interface Declared {
  /** From the document itself (front matter): added like computed classes, so a class's `except` still applies. */
  document: string[];
  /** From a pack's `classify` globs, by pack id: the team's setting, taken as is. */
  packs: Array<{ pack: string; classes: string[] }>;
}

/**
 * The document's classes, each told from the distinct signal words of its `when`. A class
 * is dropped when the document is also in one of its `except` classes: marketing copy with
 * an anti-fraud paragraph appended is still marketing, not education.
 */
export function documentClasses(ctx: Context, classes: readonly DocumentClass[], declared: Declared): ClassResult[] {
  const raw = new Map<string, ClassResult>();
  for (const c of classes) {
    const signals = c.when ? distinctTexts(c.when, ctx, c.min) : [];
    if (c.when && signals.length >= c.min) raw.set(c.name, { name: c.name, source: 'computed', signals });
  }
  for (const name of declared.document) if (!raw.has(name)) raw.set(name, { name, source: 'front matter', signals: [] });
  const byName = new Map(classes.map((c) => [c.name, c]));
  const held = new Map<string, boolean>();
  const holds = (name: string, visiting: Set<string>): boolean => {
    if (held.has(name)) return held.get(name)!;
    if (!raw.has(name)) return false;
    if (visiting.has(name)) return true;
    visiting.add(name);
    const result = !(byName.get(name)?.except ?? []).some((other) => holds(other, visiting));
    held.set(name, result);
    return result;
  };
  const out = [...raw.keys()].filter((name) => holds(name, new Set())).map((name) => raw.get(name)!);
  for (const { pack, classes: names } of declared.packs) {
    for (const name of names) if (!out.some((c) => c.name === name)) out.push({ name, source: pack, signals: [] });
  }
  for (const group of classes) {
    const members = out.filter((c) => group.of.includes(c.name)).map((c) => c.name);
    if (members.length && !out.some((c) => c.name === group.name)) out.push({ name: group.name, source: 'group', signals: members });
  }
  return out;
}
