import type { ChalkInstance } from 'chalk';
import type { FileFix } from '../types.js';
import { visible } from './visible.js';

const WHY: Record<FileFix['notFixed'][number]['reason'], string> = {
  split: 'its text is split by markup, an entity or an escape',
  markup: 'the fix would change the markup around it',
  overlap: 'another fix overlaps it',
  passes: `fixes kept changing the file for 10 passes`,
  format: 'docx and pdf files are never modified',
};

/** With --fix: how many fixes were applied, and each fix that was not, with why. */
export function fixLines(fix: FileFix, place: (location: FileFix['notFixed'][number]['location']) => string, c: ChalkInstance): string[] {
  const lines: string[] = [];
  if (fix.applied) lines.push(fix.written ? `  ${c.green('fixed')}      ${count(fix.applied)} written` : `  ${c.green('fixable')}    ${count(fix.applied)} in the diff (nothing written)`);
  if (fix.writeError) lines.push(`  ${c.red('not fixed')}  ${visible(fix.writeError)}`);
  const byFormat = fix.notFixed.filter((n) => n.reason === 'format');
  if (byFormat.length) lines.push(`  ${c.yellow('not fixed')}  ${WHY.format}: ${count(byFormat.length)} to make by hand`);
  for (const { ruleId, location, reason } of fix.notFixed) {
    if (reason !== 'format') lines.push(`  ${c.yellow('not fixed')}  ${place(location)}  ${visible(ruleId)}: ${WHY[reason]}: fix it by hand`);
  }
  return lines;
}

function count(n: number): string {
  return `${n} fix${n === 1 ? '' : 'es'}`;
}
