/** A mistake the user can fix (a flag, a path, a pack, the output file): one `copylint: …` line and exit 2, never a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}
