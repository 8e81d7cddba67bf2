import { spawnSync } from 'node:child_process';
import fs, { readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover.js';
import { folder } from '../run.js';
import { run } from './run.js';

const brief = (file: { path: string; error: { code: string; message: string } | null; findings: unknown[] }) => [file.path, file.error?.code ?? null, file.findings.length];

describe('what is not a regular file', () => {
  it('a FIFO named explicitly is refused at once, and the other files are checked', async () => {
    const dir = folder({ 'ok.md': '本产品保本保息\n' });
    expect(spawnSync('mkfifo', [join(dir, 'x.md')]).status).toBe(0);
    const { code, json } = await run(['check', 'x.md', 'ok.md', '--format', 'json'], dir);
    expect(code).toBe(1);
    expect(json.files.map(brief)).toEqual([['ok.md', null, 1], ['x.md', 'unreadable', 0]]);
    expect(json.files[1].error.message).toBe('is a FIFO (named pipe), not a regular file: copylint reads only regular files');
  });

  it('a FIFO in a folder is skipped like any file that is not a document', async () => {
    const dir = folder({ 'ok.md': '保本\n' });
    expect(spawnSync('mkfifo', [join(dir, 'pipe.md')]).status).toBe(0);
    const { json } = await run(['check', '.', '--format', 'json'], dir);
    expect(json.files.map(brief)).toEqual([['ok.md', null, 1]]);
  });

  it('a file over --max-file-size is not read, and says how to read it', async () => {
    const dir = folder({ 'big.txt': Buffer.alloc(1_500_000, 0x61), 'ok.md': '保本\n' });
    const { code, json } = await run(['check', '.', '--format', 'json', '--max-file-size', '1'], dir);
    expect(code).toBe(1);
    expect(json.files[0].error).toEqual({ code: 'too-large', message: 'is 1.5 MB, over the 1 MB limit: not read; raise --max-file-size to check it' });
    expect(json.summary).toMatchObject({ files: 2, unreadable: 1, errors: 1 });
    expect((await run(['check', 'big.txt', '--max-file-size', '1'], dir)).code).toBe(2);
    expect((await run(['check', 'big.txt', '--max-file-size', '2MB'], dir)).code).toBe(0);
  });
});

describe('symbolic links', () => {
  it('a link to a parent folder, named too, does not report a file twice', async () => {
    const dir = folder({ 'tree/a.md': '保本\n', 'tree/sub/b.md': '零风险\n' });
    symlinkSync('..', join(dir, 'tree/sub/up'));
    const { json } = await run(['check', 'tree', 'tree/sub/up', '--format', 'json'], dir);
    expect(json.files.map(brief)).toEqual([['tree/a.md', null, 1], ['tree/sub/b.md', null, 1]]);
  });

  it('a file named twice, once through a link, is reported once', async () => {
    const dir = folder({ 'a.md': '保本\n' });
    symlinkSync('a.md', join(dir, 'alias.md'));
    const { json } = await run(['check', 'a.md', 'alias.md', '--format', 'json'], dir);
    expect(json.files.map(brief)).toEqual([['a.md', null, 1]]);
  });

  it('a link loop named explicitly is a loop, not "not found"', async () => {
    const dir = folder({});
    symlinkSync('loop2.md', join(dir, 'loop1.md'));
    symlinkSync('loop1.md', join(dir, 'loop2.md'));
    const { code, json } = await run(['check', 'loop1.md', '--format', 'json'], dir);
    expect(code).toBe(2);
    expect(json.files[0].error).toEqual({ code: 'unreadable', message: 'symbolic link loop: the link never reaches a file; fix or remove it' });
  });

  it('a broken link named explicitly says it is a broken link', async () => {
    const dir = folder({});
    symlinkSync('gone.md', join(dir, 'broken.md'));
    const { json } = await run(['check', 'broken.md', '--format', 'json'], dir);
    expect(json.files[0].error).toEqual({ code: 'not-found', message: 'broken symbolic link: what it points to does not exist' });
  });

  it('--follow-symlinks follows links in folders to targets inside the paths given, each folder once', async () => {
    const outside = folder({ 'secret.md': '保本\n' });
    const dir = folder({ 'docs/a.md': '保本\n', 'docs/.drafts/b.md': '零风险\n' });
    symlinkSync('.drafts', join(dir, 'docs/current'));
    symlinkSync(join(outside, 'secret.md'), join(dir, 'docs/secret.md'));
    symlinkSync(outside, join(dir, 'docs/elsewhere'));
    symlinkSync('..', join(dir, 'docs/.drafts/up'));
    symlinkSync('.', join(dir, 'docs/self'));
    const plain = await run(['check', 'docs', '--format', 'json'], dir);
    expect(plain.json.files.map(brief)).toEqual([['docs/a.md', null, 1]]);
    const followed = await run(['check', 'docs', '--format', 'json', '--follow-symlinks'], dir);
    expect(followed.json.files.map(brief)).toEqual([['docs/a.md', null, 1], ['docs/current/b.md', null, 1]]);
  });
});

describe('a folder that cannot be listed', () => {
  it('is one error entry, and the documents beside it are still found', async () => {
    const dir = folder({ 'a.md': '保本\n', 'locked/b.md': '零风险\n', 'open/c.md': '保本\n' });
    const readdir = ((path: string, ...rest: unknown[]) => {
      const callback = rest.at(-1) as (error: NodeJS.ErrnoException | null, entries?: unknown) => void;
      if (path.endsWith('locked')) return callback(Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' }));
      return (fs.readdir as (...args: unknown[]) => void)(path, ...rest);
    }) as unknown as typeof fs.readdir;
    const targets = await discover(['.'], [], dir, { readdir });
    expect(targets.map((t) => [t.display, t.error ?? null])).toEqual([
      ['a.md', null],
      ['locked', { code: 'unreadable', message: 'folder cannot be read (permission denied): the documents in it were not checked; check its permissions' }],
      ['open/c.md', null],
    ]);
  });
});

describe('--output to a folder', () => {
  it.each([['.'], ['reports'], ['reports/'], ['link-to-reports']])('--output %s is refused, leaving nothing behind and naming no temporary file', async (output) => {
    const dir = folder({ 'in.md': '保本\n', 'reports/keep.txt': 'x' });
    symlinkSync('reports', join(dir, 'link-to-reports'));
    const { code, stdout, stderr } = await run(['check', 'in.md', '--output', output], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`copylint: --output ${output}: is a folder: name a file for the report\n`);
    expect(readdirSync(dir).sort()).toEqual(['in.md', 'link-to-reports', 'reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual(['keep.txt']);
  });
});
