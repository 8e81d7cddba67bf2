import { yaml } from '../../yaml-lib.js';
import { mapGreedy } from './markdown-blocks.js';

export interface FrontMatterValue {
  text: string;
  /** Source index of each unit of `text`, then the index just after the value. */
  positions: Int32Array;
}

export interface FrontMatter {
  /** Index just after the closing `---` line. */
  end: number;
  /** String values in document order; keys, numbers, dates and booleans are not copy. */
  values: FrontMatterValue[];
  /** `copylint-class: news-report` (or a list): what the document says it is; not copy. */
  classes: string[];
}

const CLASS_KEY = 'copylint-class';

const OPENING = /^---[ \t]*(?:\n|$)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/gm;

/** A leading `---` … `---` block that holds a YAML mapping; anything else is left to markdown. */
export function readFrontMatter(src: string): FrontMatter | null {
  const opening = OPENING.exec(src);
  if (!opening) return null;
  const bodyStart = opening[0].length;
  CLOSING.lastIndex = bodyStart;
  const closing = CLOSING.exec(src);
  if (!closing) return null;
  const body = src.slice(bodyStart, closing.index);
  const doc = yaml().parseDocument(body);
  if (doc.errors.length > 0 || !(doc.contents === null || yaml().isMap(doc.contents))) return null;
  const values: FrontMatterValue[] = [];
  const classes: string[] = [];
  for (const pair of yaml().isMap(doc.contents) ? doc.contents.items : []) {
    const sink: StringSink = yaml().isScalar(pair.key) && pair.key.value === CLASS_KEY
      ? (text) => classes.push(text.trim())
      : (text, start, end) => values.push(locateValue(src, text, bodyStart + start, bodyStart + end));
    collectStrings(pair.value, sink);
  }
  return { end: closing.index + closing[0].length, values, classes };
}

/** The source with the front matter turned into blank lines, so line numbers stay and markdown sees nothing. */
export function blankOut(src: string, end: number): string {
  return src.slice(0, end).replace(/[^\n]/g, ' ') + src.slice(end);
}

type StringSink = (text: string, start: number, end: number) => void;

function collectStrings(node: unknown, sink: StringSink): void {
  if (yaml().isMap(node)) for (const pair of node.items) collectStrings(pair.value, sink);
  else if (yaml().isSeq(node)) for (const item of node.items) collectStrings(item, sink);
  else if (yaml().isScalar(node) && typeof node.value === 'string' && node.range) sink(node.value, node.range[0], node.range[1]);
}

/** Values are usually their source verbatim; quoted, escaped or folded ones are matched up character by character. */
function locateValue(src: string, text: string, start: number, end: number): FrontMatterValue {
  const positions = new Int32Array(text.length + 1);
  mapGreedy(src, start, end, text, positions);
  return { text, positions };
}
