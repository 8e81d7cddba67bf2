import { readFileSync } from 'node:fs';
import type { Pack, Rule } from './types.js';

/** Written by the build (precompile.ts) beside the compiled code: the built-in packs, parsed and checked. */
const PRECOMPILED = new URL('../builtin-packs.json', import.meta.url);

let byHash: Map<string, Pack> | null = null;

/** The precompiled pack with these exact bytes, relabelled for `file`; null when the build has none. */
export function precompiledPack(sha256: string, file: string): Pack | null {
  byHash ??= readPrecompiled();
  const pack = byHash.get(sha256);
  if (!pack) return null;
  return { ...pack, file, rules: pack.rules.map((rule): Rule => ({ ...rule, file })) };
}

export function serializePacks(packs: readonly Pack[]): string {
  return JSON.stringify(packs, (_key, value) => (value instanceof RegExp ? { $regexp: value.source, flags: value.flags } : value));
}

export function deserializePacks(json: string): Pack[] {
  return JSON.parse(json, (_key, value) =>
    value && typeof value === 'object' && typeof value.$regexp === 'string' ? new RegExp(value.$regexp, value.flags) : value,
  );
}

function readPrecompiled(): Map<string, Pack> {
  try {
    return new Map(deserializePacks(readFileSync(PRECOMPILED, 'utf8')).map((pack) => [pack.sha256, pack]));
  } catch {
    return new Map();
  }
}
