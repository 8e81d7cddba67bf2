import type { LineCounter, Node, YAMLMap } from 'yaml';
import { yaml } from '../yaml-lib.js';
import { PackError } from './errors.js';

/** Typed reads of a YAML mapping; every error points at the offending node. */
export class MapReader {
  constructor(
    readonly node: YAMLMap,
    readonly where: Where,
    private readonly label: string,
  ) {}

  /** Rejects keys outside `allowed`, naming the closest one. */
  onlyKeys(allowed: readonly string[]): void {
    for (const pair of this.node.items) {
      const key = yaml().isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(key)) {
        throw this.where.error(pair.key as Node, `unknown key "${key}" in ${this.label} (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  has(key: string): boolean {
    return this.node.has(key);
  }

  /** The value node of `key`, or undefined when absent or null. */
  get(key: string): Node | undefined {
    return this.raw(key, false);
  }

  keys(): string[] {
    return this.node.items.map((pair) => (yaml().isScalar(pair.key) ? String(pair.key.value) : ''));
  }

  /** Key and value node of every entry, in order. */
  entries(): Array<{ key: string; keyNode: Node; value: Node }> {
    return this.node.items.map((pair) => ({ key: yaml().isScalar(pair.key) ? String(pair.key.value) : '', keyNode: pair.key as Node, value: pair.value as Node }));
  }

  lineOf(node: Node): number {
    return this.where.position(node).line;
  }

  /** Line of this mapping itself. */
  line(): number {
    return this.lineOf(this.node);
  }

  string(key: string, required: true): string;
  string(key: string, required?: false): string | null;
  string(key: string, required = false): string | null {
    const node = this.raw(key, required);
    if (node === undefined) return null;
    if (!yaml().isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      throw this.where.error(node, `${this.label}.${key} must be a non-empty string`);
    }
    return node.value;
  }

  /** A string or a number written without quotes (version: 1.0). */
  text(key: string): string {
    const node = this.raw(key, true)!;
    if (yaml().isScalar(node) && typeof node.value === 'number') return String(node.source ?? node.value);
    return this.string(key, true);
  }

  boolean(key: string): boolean {
    const node = this.raw(key, false);
    if (node === undefined) return false;
    if (!yaml().isScalar(node) || typeof node.value !== 'boolean') throw this.where.error(node, `${this.label}.${key} must be true or false`);
    return node.value;
  }

  integer(key: string, fallback: number, least = 1): number {
    const node = this.raw(key, false);
    if (node === undefined) return fallback;
    if (!yaml().isScalar(node) || !Number.isInteger(node.value) || (node.value as number) < least) {
      throw this.where.error(node, `${this.label}.${key} must be a whole number of at least ${least}`);
    }
    return node.value as number;
  }

  /** A list of non-empty strings, each with its node (for positions). */
  strings(key: string): Array<{ text: string; node: Node }> {
    const node = this.raw(key, false);
    if (node === undefined) return [];
    if (!yaml().isSeq(node)) throw this.where.error(node, `${this.label}.${key} must be a list of strings`);
    return node.items.map((item) => {
      const itemNode = item as Node;
      if (!yaml().isScalar(itemNode) || typeof itemNode.value !== 'string' || itemNode.value.trim() === '') {
        throw this.where.error(itemNode, `${this.label}.${key} has an empty or non-string entry`);
      }
      return { text: itemNode.value, node: itemNode };
    });
  }

  /** A list of non-empty strings, or a single one standing for a list of one. */
  stringList(key: string): Array<{ text: string; node: Node }> {
    const node = this.raw(key, false);
    if (node !== undefined && yaml().isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return [{ text: node.value, node }];
    return this.strings(key);
  }

  map(key: string, label: string, required = false): MapReader | null {
    const node = this.raw(key, required);
    if (node === undefined) return null;
    if (!yaml().isMap(node)) throw this.where.error(node, `${this.label}.${key} must be a mapping`);
    return new MapReader(node, this.where, label);
  }

  seq(key: string): Node[] {
    const node = this.raw(key, true)!;
    if (!yaml().isSeq(node) || node.items.length === 0) throw this.where.error(node, `${this.label}.${key} must be a non-empty list`);
    return node.items as Node[];
  }

  errorAt(node: Node, reason: string): PackError {
    return this.where.error(node, reason);
  }

  error(key: string | null, reason: string): PackError {
    const node = key ? (this.node.get(key, true) as Node | undefined) : undefined;
    return this.where.error(node ?? this.node, reason);
  }

  private raw(key: string, required: boolean): Node | undefined {
    const node = this.node.get(key, true) as Node | undefined;
    if (node === undefined || (yaml().isScalar(node) && node.value === null)) {
      if (required) throw this.where.error(this.node, `${this.label} needs "${key}"`);
      return undefined;
    }
    return node;
  }
}

/** Turns YAML node offsets into `file:line:column`. */
export class Where {
  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  position(node: Node | null | undefined): { line: number; column: number } {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  error(node: Node | null | undefined, reason: string): PackError {
    const { line, column } = this.position(node);
    return new PackError(this.file, line, column, reason);
  }

  asMap(node: Node, label: string): MapReader {
    if (!yaml().isMap(node)) throw this.error(node, `${label} must be a mapping`);
    return new MapReader(node, this, label);
  }

  /** A non-empty string scalar (a number as written: a word may be 0), or null. */
  stringOf(node: Node | undefined): string | null {
    if (!node || !yaml().isScalar(node)) return null;
    if (typeof node.value === 'number') return String(node.source ?? node.value);
    return typeof node.value === 'string' && node.value.trim() !== '' ? node.value : null;
  }

  /** The items of a sequence node, or null when it is not one. */
  itemsOf(node: Node | undefined): Node[] | null {
    return node && yaml().isSeq(node) ? (node.items as Node[]) : null;
  }

  isMapping(node: Node | undefined): boolean {
    return node !== undefined && yaml().isMap(node);
  }
}

/** Parses one YAML file of a pack (or a config); a syntax error becomes a PackError at its position. */
export function readYaml(file: string, bytes: Buffer, label = 'pack'): { where: Where; top: MapReader | null } {
  const lineCounter = new (yaml().LineCounter)();
  const doc = yaml().parseDocument(bytes.toString('utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = new Where(file, lineCounter);
  const [problem] = doc.errors;
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    throw new PackError(file, line, col, `YAML syntax: ${problem.message.split('\n')[0]}`);
  }
  return { where, top: doc.contents ? where.asMap(doc.contents as Node, label) : null };
}
