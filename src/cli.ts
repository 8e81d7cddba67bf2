import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { checkFlagCombinations, configuredRules, runPolicy } from './commands/check-flags.js';
import { errorLine } from './commands/errors.js';
import { SUPPORTED_LIST } from './extract/index.js';
import { limitsFrom, parseSize } from './limits.js';
import { DEFAULT_BASELINE } from './baseline/file.js';
import { emitReports } from './commands/report.js';
import { loadPacks } from './packs/load.js';
import { planDestinations } from './report/destinations.js';
import { FORMAT_NAMES, FROM_ROOT, ruleInfo } from './report/formats.js';
import { repoPaths } from './repo.js';
import { visible, visibleLines } from './report/visible.js';
import { UserError } from './user-error.js';
import { VERSION } from './version.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
  /** All of standard input, for --stdin. */
  stdin?: () => Promise<Uint8Array>;
}

const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
});

const collect = (value: string, previous: string[]) => [...previous, value];
const packSize = () => new Option('--max-pack-size <size>', 'refuse packs larger than this, in MB').default('10');
const packOptions = (opts: { maxPackSize: string }) => ({ maxPackSize: parseSize('--max-pack-size', opts.maxPackSize) });

/** The whole command line; returns the exit code (README, "Exit codes"). */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  // Commander's error output (its messages, and help shown for a missing command) is replaced
  // by one errorLine(); help and version asked for still go to stdout.
  const program = new Command('copylint')
    .description('Review Chinese financial marketing copy against compliance rule packs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => {}, outputError: () => {} });

  program
    .command('check')
    .description(`check documents (${SUPPORTED_LIST}) in files, folders and globs`)
    .argument('[paths...]', 'files, folders or globs (default: .)')
    .option('--pack <name|path>', 'built-in pack name, or a YAML file or folder of packs (repeatable; default: the config\'s packs, or every built-in pack)', collect, [])
    .option('--config <file>', 'use this config file only, instead of the configs found beside the documents')
    .option('--no-config', 'use no config file')
    .option('--ignore <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('--format <name[:file]>', `output format: ${FORMAT_NAMES.join(', ')}; with :file, written to that file (repeatable; default: stylish)`, collect, [])
    .option('--output <file>', 'write the report of a --format without a file here instead of standard output (never a document being checked)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1 (default: the config\'s failOn, or error)').choices(['error', 'warning', 'info']))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)')
    .option('--quiet', 'report errors only (the exit code still counts warnings)')
    .option('--report-unused-disable', 'report suppression comments that suppress nothing, as errors')
    .option('--changed', 'check only documents changed against --since (default: the merge base with origin/HEAD, else HEAD), and untracked ones')
    .option('--since <ref>', 'the git branch, tag or commit --changed compares with (implies --changed)')
    .option('--stdin', 'check the text on standard input (for editors)')
    .option('--stdin-filename <name>', 'the file name the --stdin text stands for: chooses the format and the configs')
    .option('--allow-unreadable', 'report files that cannot be read, but do not fail the run for them')
    .option('--baseline <file>', 'report only findings that are not in this baseline (see "copylint baseline")')
    .option('--report-stale-baseline', 'also report baseline entries that no longer match, and fail the run for them')
    .option('--explain', 'say for each finding which rule part, words and scope matched; list the classes and the exempted hits')
    .option('--fix', "apply the findings' fixes to markdown and text files (docx and pdf are never modified)")
    .option('--fix-dry-run', 'print the fixes as a unified diff instead of writing them')
    .option('--color', 'colours even when the output is not a terminal')
    .option('--no-color', 'no colours in stylish output')
    .option('--max-file-size <size>', 'skip files larger than this, in MB (also KB, GB: 500KB, 1GB)', '50')
    .option('--max-unzipped-size <size>', 'refuse a .docx or .pdf whose compressed parts unpack to more than this, in MB', '200')
    .option('--max-findings-per-file <n>', 'list at most this many findings per file; the rest are counted', '1000')
    .option('--timeout-per-file <seconds>', 'stop checking a file after this long and report it', '60')
    .option('--follow-symlinks', 'follow symbolic links in folders, to targets inside the paths given')
    .addOption(packSize())
    .action(async (paths: string[], opts) => {
      checkFlagCombinations({ ...opts, paths });
      const destinations = planDestinations(opts.format, opts.output, io.cwd);
      if (opts.reportStaleBaseline && !opts.baseline) throw new UserError('--report-stale-baseline: needs --baseline <file> to compare with');
      const limits = limitsFrom(opts);
      const { configs, run: runConfig, loaded } = configuredRules(opts, io.cwd);
      const fromRoot = opts.baseline || destinations.some((d) => FROM_ROOT.includes(d.format));
      const repo = fromRoot ? repoPaths(io.cwd) : { root: io.cwd, cwd: io.cwd };
      const { readBaseline } = await import('./baseline/file.js');
      const baseline = opts.baseline ? { entries: readBaseline(resolve(io.cwd, opts.baseline), opts.baseline), reportStale: Boolean(opts.reportStaleBaseline), paths: repo } : undefined;
      const outputs = destinations.flatMap((d) => (d.file ? [{ path: d.file, flag: d.flag }] : []));
      const outcome = await runCheck(loaded, {
        paths, ignore: opts.ignore, ...runPolicy(opts, runConfig), allowUnreadable: Boolean(opts.allowUnreadable), cwd: io.cwd, outputs, explain: Boolean(opts.explain), baseline,
        configs, quiet: Boolean(opts.quiet), reportUnusedDisable: Boolean(opts.reportUnusedDisable),
        changed: opts.changed || opts.since !== undefined ? (await import('./git.js')).changedFiles(io.cwd, opts.since ?? null) : null,
        stdin: opts.stdin ? { bytes: await readStdin(io), name: opts.stdinFilename ?? null } : null,
        fix: opts.fix ? 'write' : opts.fixDryRun ? 'dry-run' : null,
        limits, followSymlinks: Boolean(opts.followSymlinks),
      });
      if (!outcome) throw new UserError(`no documents (${SUPPORTED_LIST}) found in ${paths.join(' ') || '.'}: name files or folders that hold some`);
      for (const note of outcome.notes) io.stderr(`copylint: ${note}\n`);
      const context = { paths: repo, rules: loaded.packs.flatMap((pack) => pack.rules).map(ruleInfo) };
      const color = opts.color === true || (opts.color !== false && wantsColor(io));
      // With --fix-dry-run the diff comes first: `git apply` and `patch` read it and skip a report after it.
      if (outcome.patch) io.stdout(destinations.some((d) => !d.file) ? `${outcome.patch}\n` : outcome.patch);
      emitReports(outcome.report, destinations, context, { stdout: io.stdout, cwd: io.cwd, color, stepSummary: io.env.GITHUB_STEP_SUMMARY });
      exitCode = outcome.exitCode;
    });

  program
    .command('baseline')
    .description('write every current finding to a baseline file, which "check --baseline" then accepts')
    .argument('[paths...]', 'files, folders or globs', ['.'])
    .option('--pack <name|path>', 'built-in pack name, or a YAML file or folder of packs (repeatable; default: the config\'s packs, or every built-in pack)', collect, [])
    .option('--config <file>', 'use this config file only, instead of the configs found beside the documents')
    .option('--no-config', 'use no config file')
    .option('--ignore <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .option('--output <file>', `the baseline file to write (default: ${DEFAULT_BASELINE})`)
    .option('--baseline <file>', 'the same as --output')
    .action(async (paths: string[], opts) => {
      const { configs, loaded } = configuredRules(opts, io.cwd);
      const { writeBaseline } = await import('./commands/baseline.js');
      io.stdout(await writeBaseline(loaded, { paths, ignore: opts.ignore, cwd: io.cwd, file: opts.output ?? opts.baseline ?? DEFAULT_BASELINE, configs }));
    });

  program
    .command('init')
    .description('write a commented starter config, .copylintrc.yaml, into the working folder (never over one)')
    .action(async () => io.stdout(`wrote ${(await import('./commands/config.js')).initConfig(io.cwd)}\n`));
  program
    .command('print-config')
    .description('show the configuration that applies to a file, and where each part comes from')
    .argument('<file>', 'a document path (it need not exist)')
    .option('--config <file>', 'use this config file only')
    .option('--no-config', 'use no config file')
    .action(async (file: string, opts) => {
      const { printConfig } = await import('./commands/config.js');
      const { configs, run, loaded } = configuredRules(opts, io.cwd);
      io.stdout(visibleLines(printConfig(file, configs, loaded, run.packs)));
    });

  const rules = program.command('rules').description('list, show and test rule packs');
  rules
    .command('list')
    .description('one line a rule: id, severity, message')
    .option('--pack <name|path>', 'pack to list (repeatable; default: every built-in pack)', collect, [])
    .addOption(packSize())
    .action(async (opts) => io.stdout(visibleLines((await import('./commands/rules.js')).listRules(loadPacks(opts.pack, io.cwd, packOptions(opts))))));
  rules
    .command('show')
    .description('everything about one rule')
    .argument('<rule-id>', 'e.g. cn-financial/principal-guarantee')
    .option('--pack <name|path>', 'where to look (repeatable; default: every built-in pack)', collect, [])
    .addOption(packSize())
    .action(async (ruleId: string, opts) => {
      const { showRule } = await import('./commands/rules.js');
      const rule = loadPacks(opts.pack, io.cwd, packOptions(opts)).packs.flatMap((p) => p.rules).find((r) => r.id === ruleId || r.id.endsWith(`/${ruleId}`));
      if (!rule) throw new UserError(`no rule "${ruleId}": see "copylint rules list" for the rule ids`);
      io.stdout(visibleLines(showRule(rule)));
    });
  rules
    .command('test')
    .description("run every rule's examples through the real pipeline")
    .argument('[packs...]', 'built-in pack names, YAML files or folders (default: every built-in pack)')
    .addOption(packSize())
    .action(async (packs: string[], opts) => {
      const { testExamples } = await import('./commands/rules.js');
      const run = await testExamples(loadPacks(packs, io.cwd, packOptions(opts)));
      io.stdout(visibleLines(run.output));
      exitCode = run.failed ? 1 : 0;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    io.stderr(`copylint: ${visible(errorLine(error, argv))}\n`);
    return 2;
  }
}

async function readStdin(io: Io): Promise<Uint8Array> {
  if (!io.stdin) throw new UserError('--stdin: no standard input here: pipe the text in');
  return io.stdin();
}

function wantsColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
