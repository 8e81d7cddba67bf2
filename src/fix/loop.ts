import type { Extracted } from '../types.js';
import { spliceBytes } from './bytes.js';
import { planPass, type Checked, type NotFixedReason, type PlanOptions } from './plan.js';

/** ESLint's limit too: a fix that keeps making new hits gives up after this many passes. */
export const MAX_PASSES = 10;

export interface FixTarget<C extends Checked = Checked> extends PlanOptions {
  extract: (bytes: Uint8Array) => Extracted;
  check: (doc: Extracted) => C;
}

export interface FixRun<C extends Checked = Checked> {
  /** The file's bytes once fixed (the same object when nothing was fixed). */
  bytes: Uint8Array;
  /** Fixes applied, over every pass. */
  applied: number;
  /** The fixed file, checked again: what remains. */
  doc: Extracted;
  found: C;
  /** Findings of `found` that have a fix which was not applied, and why. */
  notFixed: Array<{ index: number; reason: NotFixedReason }>;
}

/**
 * Applies the fixes pass after pass (a fix can uncover or overlap another) until a pass has
 * nothing left to apply, then returns the last check, which is of the bytes returned.
 */
export function fixBytes<C extends Checked>(bytes: Uint8Array, target: FixTarget<C>): FixRun<C> {
  let current = bytes;
  let applied = 0;
  for (let pass = 1; ; pass++) {
    const doc = target.extract(current);
    const found = target.check(doc);
    const plan = planPass(doc, found, target);
    if (!plan.edits.length) return { bytes: current, applied, doc, found, notFixed: plan.notFixed };
    if (pass > MAX_PASSES) {
      const notFixed = found.findings.flatMap((f, index) => (f.fix && found.places[index] && (!target.select || target.select(f)) ? [{ index, reason: 'passes' as const }] : []));
      return { bytes: current, applied, doc, found, notFixed };
    }
    current = spliceBytes(current, plan.edits, plan.source);
    applied += plan.edits.length;
  }
}
