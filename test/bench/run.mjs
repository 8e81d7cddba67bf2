// npm run bench: copylint's speed beside the reference commands the issues name,
// as ratios measured in one run (median of several runs each). Not part of npm test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeMarkdownFolder } from './corpus.mjs';
import { writeScalePack } from './scale.mjs';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/copylint.js');
const work = join(tmpdir(), 'copylint-bench');

function median(cmd, args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    // Output goes to a pipe, not /dev/null: GNU grep stops at the first match when it sees /dev/null.
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, maxBuffer: 1 << 26 });
    if (r.error) throw r.error;
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

function row(label, ours, refLabel, ref) {
  const cells = [label.padEnd(26), `copylint ${ours.toFixed(3)} s`.padEnd(20), `${refLabel} ${ref.toFixed(3)} s`.padEnd(34), `ratio ${(ours / ref).toFixed(1)}x`];
  console.log(cells.join('  '));
}

function has(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
console.log(`copylint bench: node ${process.version}, ${cpus().length} cores, median of runs\n`);

const oneFile = join(root, 'fixtures/text/sms-utf8.txt');
row('one file (text)', median('node', [cli, 'check', oneFile], 7), 'node -e 0', median('node', ['-e', '0'], 7));

const folder = join(work, 'markdown');
const { bytes, files } = makeMarkdownFolder(folder, 30e6);
const terms = join(work, 'terms.txt');
const packTerms = execFileSync('node', [join(root, 'test/bench/terms.mjs')], { encoding: 'utf8' });
writeFileSync(terms, packTerms);
const label = `${(bytes / 1e6).toFixed(0)} MB, ${files} markdown files`;
const literals = packTerms.split('\n').length - 1;
row(label, median('node', [cli, 'check', folder, '--format', 'json', '--output', join(work, 'r.json')], 3), `grep -rcF -f (${literals} literals)`, median('grep', ['-rcF', '-f', terms, folder], 3));

// Time per byte must not grow with the size of the packs: the same folder, packs of 10 and
// 10,000 words, and of 10 and 1,000 rules, each beside the smallest as its reference.
const scaleFolder = join(work, 'scale');
const scale = makeMarkdownFolder(scaleFolder, 5e6);
const scaleRun = (words, rules) => {
  const pack = join(work, `scale-${words}-${rules}.yaml`);
  writeScalePack(pack, { words, rules });
  return median('node', [cli, 'check', scaleFolder, '--pack', pack, '--format', 'json', '--output', join(work, 's.json')], 3);
};
const small = scaleRun(10, 10);
const mb = scale.bytes / 1e6;
const perMb = (t) => `${((t / mb) * 1000).toFixed(0)} ms/MB`;
console.log(`${`${mb.toFixed(0)} MB, pack of 10 words`.padEnd(26)}  copylint ${small.toFixed(3)} s (${perMb(small)})`);
for (const [words, rules, label] of [[10000, 10, '10,000 words'], [10000, 1000, '10,000 words, 1,000 rules']]) {
  const t = scaleRun(words, rules);
  row(`${mb.toFixed(0)} MB, ${label}`, t, `10 words (${perMb(small)})`, small);
}

const pdf = join(work, 'fifty-pages.pdf');
const makePdf = join(root, 'fixtures/pdf/make-bench.mjs');
if (existsSync(makePdf) && has('soffice') && has('pdftotext')) {
  execFileSync('node', [makePdf, pdf], { stdio: 'ignore' });
  row('50-page Chinese pdf', median('node', [cli, 'check', pdf], 5), 'pdftotext', median('pdftotext', [pdf, join(work, 'out.txt')], 5));
} else console.log('50-page Chinese pdf: skipped (needs soffice and pdftotext: apt-get install libreoffice-writer-nogui poppler-utils)');
