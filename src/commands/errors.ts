import type { CommanderError } from 'commander';
import { UserError } from '../user-error.js';

const COMMANDS = ['check', 'baseline', 'rules', 'init', 'print-config'];

/**
 * Every error a user can cause, as the one line copylint prints for it (without the
 * `copylint: ` prefix), saying what to do; commander's own wording is rephrased to match.
 */
export function errorLine(error: unknown, argv: readonly string[]): string {
  if (error instanceof UserError) return error.message;
  if (isCommanderError(error)) return commanderLine(error, argv);
  const e = error as NodeJS.ErrnoException;
  if (e.code && e.path) return `${e.path}: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}: check the path`;
  return `internal error: ${(error as Error).message ?? String(error)} (please report this at the project's issue tracker)`;
}

function commanderLine(error: CommanderError, argv: readonly string[]): string {
  const help = `see "copylint ${helpTopic(argv)}--help"`;
  if (error.code === 'commander.help') return `name a command (${helpTopic(argv) ? 'list, show or test' : `${COMMANDS.slice(0, -1).join(', ')} or ${COMMANDS.at(-1)}`}); ${help}`;
  const text = error.message.replace(/^error: /u, '').replace(/\n\(Did you mean (.*)\?\)/u, ' (did you mean $1?)').replace(/\.$/u, '');
  const invalid = /^option '([^ ']+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)$/u.exec(text);
  if (invalid) return `${invalid[1]} ${invalid[2]}: not one of ${invalid[3]}; ${help}`;
  const missing = /^option '([^ ']+)[^']*' argument missing$/u.exec(text);
  if (missing) return `${missing[1]} needs a value; ${help}`;
  return `${text}; ${help}`;
}

function helpTopic(argv: readonly string[]): string {
  const command = argv.find((arg) => !arg.startsWith('-'));
  return command && COMMANDS.includes(command) ? `${command} ` : '';
}

function isCommanderError(error: unknown): error is CommanderError {
  return typeof (error as CommanderError)?.code === 'string' && (error as CommanderError).code.startsWith('commander.');
}
