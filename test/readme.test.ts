import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';

const root = new URL('../', import.meta.url).pathname;
const readme = readFileSync(`${root}README.md`, 'utf8');

describe('README', () => {
  it('shows the stylish output the command really prints', async () => {
    const command = '$ npx copylint check fixtures/text/sms-utf8.txt\n';
    const start = readme.indexOf(command) + command.length;
    const shown = readme.slice(start, readme.indexOf('```', start));
    let printed = '';
    await main(['check', 'fixtures/text/sms-utf8.txt'], { stdout: (t) => void (printed += t), stderr: () => {}, cwd: root, env: {}, isTTY: false });
    expect(shown).toBe(printed);
  });

  it('lists every built-in rule', async () => {
    let listed = '';
    await main(['rules', 'list'], { stdout: (t) => void (listed += t), stderr: () => {}, cwd: root, env: {}, isTTY: false });
    for (const [, id] of listed.matchAll(/^ {2}[a-z-]+\/([a-z0-9-]+) /gm)) expect(readme).toContain(`| \`${id}\` |`);
  });
});
