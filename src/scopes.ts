/**
 * The units that rules and exemptions look within, defined once for every pack: what ends
 * each (in normalized text) and the widest gap a rule may ask for inside one. A paragraph is
 * a block of the document: a markdown block, a table cell, a docx paragraph, a pdf page, or
 * text between blank lines. README, "Scopes", shows this table.
 */
export const SCOPE_TABLE = {
  clause: { ends: '，,；;：:。！!？?\n\r\u2029', reach: 40 },
  sentence: { ends: '。！!？?；;\n\r\u2029', reach: 200 },
  paragraph: { ends: '\u2029', reach: 2000 },
  document: { ends: '', reach: Infinity },
} as const;

export type Scope = keyof typeof SCOPE_TABLE;
export const SCOPES = Object.keys(SCOPE_TABLE) as Scope[];
