import { builtinNames } from '../packs/sources.js';

/** The commented config `copylint init` writes: every key, with what it does, most left as comments. */
export function starterConfig(): string {
  return `# copylint configuration: see the README, "Configuration".
# It applies to the documents in this folder and the folders below it. A config nearer to
# a document overrides this one for it; run-wide keys (packs, lexicon, failOn, maxWarnings)
# are read only from the config of the folder copylint runs in.

# extends: ../shared/copylint.yaml        # another config this one builds on

# Rule packs: built-in names, or paths of your own packs relative to this file.
# Without this key every built-in pack is used: ${builtinNames().join(', ')}.
# packs: [${builtinNames().join(', ')}, ./packs/our-bank.yaml]

# Per rule: off, or the severity to report it with (error, warning, info). Write the full id
# (cn-ad-law/superlative) or the short one (superlative); "copylint rules list" lists them.
rules:
  # cn-ad-law/superlative: off
  # copylint/missing-reason: error         # require a reason on every suppression comment

# Files not to check: globs relative to this file's folder.
ignore:
  # - drafts/**

# Lawful phrases never reported, such as the bank's own product names.
allow:
  # - 稳盈一号

# Words to add to (or remove from) the packs' named word lists ("copylint rules show" names them).
lexicon:
  # wealth-product: { extend: [鑫享, 安盈] }

# The lowest severity that fails the run, and how many warnings a run may have.
failOn: error
# maxWarnings: 0
`;
}
