import { resolve } from 'node:path';
import { checkOutputPath } from '../output.js';
import { displayPath } from '../paths.js';
import { UserError } from '../user-error.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from './formats.js';

/** Where one format goes: a file (written atomically) or, when null, standard output. */
export interface Destination {
  format: FormatName;
  file: string | null;
  /** How messages name it: `--format sarif:out.sarif`, `--output report.txt`, `--format json`. */
  flag: string;
}

/**
 * `--format name[:file]` (repeatable, default stylish) and `--output file`: a format with its
 * own file goes there; one without goes to --output, or else to standard output. Two formats
 * may not share a destination.
 */
export function planDestinations(specs: readonly string[], output: string | undefined, cwd: string): Destination[] {
  const planned = (specs.length ? specs : ['stylish']).map((spec): Destination => {
    const colon = spec.indexOf(':');
    const name = colon === -1 ? spec : spec.slice(0, colon);
    const path = colon === -1 ? null : spec.slice(colon + 1);
    if (!isFormatName(name)) throw new UserError(`--format ${spec}: not one of ${FORMAT_NAMES.join(', ')}; see "copylint check --help"`);
    if (path === '') throw new UserError(`--format ${spec}: name a file after the colon, or leave the colon out`);
    if (path) return { format: name, file: resolve(cwd, path), flag: `--format ${spec}` };
    if (output) return { format: name, file: resolve(cwd, output), flag: `--output ${output}` };
    return { format: name, file: null, flag: `--format ${name}` };
  });
  planned.forEach((destination, i) => {
    const first = planned.find((other) => other.file === destination.file);
    if (first === destination) return;
    const where = destination.file === null ? 'standard output' : displayPath(destination.file, cwd);
    const fix = destination.file === null ? `give one of them a file (--format ${destination.format}:report)` : 'give each its own file';
    throw new UserError(`${first!.flag} and --format ${specs[i] ?? destination.format} both write to ${where}: ${fix}`);
  });
  for (const destination of planned) if (destination.file) checkOutputPath(destination.file, cwd, destination.flag);
  return planned;
}
