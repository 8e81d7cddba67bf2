import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK, root, run } from '../run.js';

async function junit(args: string[]) {
  const { code, stdout } = await run(['check', ...args, '--pack', FIXTURE_PACK, '--format', 'junit'], root);
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, message: string) => void errors.push(`${level}: ${message}`) }).parseFromString(stdout, 'text/xml');
  return { code, stdout, doc, errors };
}

const attrs = (el: Element, ...names: string[]) => Object.fromEntries(names.map((n) => [n, el.getAttribute(n)]));

describe('junit', () => {
  it('a testsuite per file, a testcase per rule, a failing testcase per finding, an error per unreadable file', async () => {
    const { code, doc, errors } = await junit(['fixtures/text/sms-utf8.txt', 'fixtures/text/clean.txt', 'fixtures/pdf/encrypted.pdf']);
    expect(code).toBe(1);
    expect(errors).toEqual([]);
    const top = doc.documentElement!;
    expect(attrs(top, 'name', 'tests', 'failures', 'errors')).toEqual({ name: 'copylint', tests: '9', failures: '5', errors: '1' });
    const suites = Array.from(top.getElementsByTagName('testsuite'));
    expect(suites.map((s) => attrs(s, 'name', 'tests', 'failures', 'errors'))).toEqual([
      { name: 'fixtures/pdf/encrypted.pdf', tests: '1', failures: '0', errors: '1' },
      { name: 'fixtures/text/clean.txt', tests: '3', failures: '0', errors: '0' },
      { name: 'fixtures/text/sms-utf8.txt', tests: '5', failures: '5', errors: '0' },
    ]);
    const clean = Array.from(suites[1].getElementsByTagName('testcase')).map((c) => c.getAttribute('name'));
    expect(clean).toEqual(['fixture/guarantee', 'fixture/superlative', 'fixture/expected-yield']);
    const sms = Array.from(suites[2].getElementsByTagName('testcase'));
    expect(sms.map((c) => c.getAttribute('name'))).toEqual(['fixture/guarantee 1:12', 'fixture/guarantee 2:6', 'fixture/guarantee 3:1', 'fixture/superlative 3:7', 'fixture/expected-yield 2:11']);
    const failure = sms[0].getElementsByTagName('failure')[0];
    expect(attrs(failure, 'type', 'message')).toEqual({ type: 'error', message: '承诺保本或无风险：“稳赚不赔”' });
    expect(failure.textContent).toBe('1:12 error 承诺保本或无风险：“稳赚不赔”\n原文：【某银行】尊敬的客户，稳赚不赔的好机会来了！\n建议：删除保证性表述，改为如实的风险提示。\n依据：《中华人民共和国广告法》(2021年修正) 第二十五条第(一)项');
    expect(sms[0].getAttribute('file')).toBe('fixtures/text/sms-utf8.txt');
    const error = suites[0].getElementsByTagName('error')[0];
    expect(attrs(error, 'type', 'message')).toEqual({ type: 'encrypted', message: 'encrypted: needs a password' });
  });

  it('escapes markup and replaces characters XML 1.0 forbids, so hostile documents still give well-formed XML', async () => {
    const { stdout, doc, errors } = await junit(['fixtures/hostile/escapes.txt', 'fixtures/ci/pr-hostile.txt']);
    expect(errors).toEqual([]);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u);
    expect(stdout).not.toContain('<img');
    expect(stdout).not.toContain('<script');
    const texts = Array.from(doc.getElementsByTagName('failure')).map((f) => f.textContent);
    expect(texts).toContain('2:31 error 承诺保本或无风险：“稳|赚|不|赔”\n原文：<img src=x onerror=alert(1)>限时稳|赚|不|赔，收益 | 5% | 起。\n建议：删除保证性表述，改为如实的风险提示。\n依据：《中华人民共和国广告法》(2021年修正) 第二十五条第(一)项');
    expect(texts.find((t) => t!.startsWith('1:4 '))).toContain('原文：本产品保本保息␛[2J␛[H，收益稳健␛]0;');
  });
});
