import { UserError } from '../user-error.js';

/** A problem in a pack file, pointing at the YAML node: `file:line:column: message`. */
export class PackError extends UserError {
  override name = 'PackError';

  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
  }
}
