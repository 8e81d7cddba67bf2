// Generates a folder of realistic Chinese marketing markdown for the benchmark:
// mostly lawful copy, with a violation in about one paragraph in twenty.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAWFUL = [
  '本行推出的稳健系列理财产品，业绩比较基准为年化3.20%-3.80%，产品期限180天，1万元起购。理财非存款、产品有风险、投资须谨慎。',
  '**投资有风险**，基金的过往业绩不代表其未来表现。本基金由经验丰富的团队管理，坚持价值投资理念，追求长期稳健回报。',
  '- 信用卡分期手续费按月计收，具体以账单为准\n- 还款方式灵活，支持线上办理\n- 客服热线95588，7×24小时服务',
  '| 产品 | 期限 | 起购金额 |\n| --- | --- | --- |\n| 稳享A | 90天 | 1万元 |\n| 稳享B | 180天 | 5万元 |',
  '我们始终坚持以客户为中心，持续提升金融服务的可得性与便利性，助力实体经济高质量发展。详见[产品说明书](https://example.com/doc.pdf)。',
  '```\n代码示例：保本\n```\n\n> 温馨提示：请通过官方渠道购买理财产品，谨防“高收益、零风险”的诈骗宣传。',
  '近年来，该行持续深化金融消费者权益保护工作，将消保理念融入产品设计、销售和售后服务的全流程，第一季度共开展宣传活动120余场。',
  '本产品为非保本浮动收益型理财产品，风险等级为R2（中低风险），适合稳健型及以上投资者。',
  '活动期间，新客户首次绑定借记卡可获赠积分，积分可在商城兑换礼品，具体规则以活动页面为准。',
  '本行吸收的本外币存款依照《存款保险条例》受到保护。',
];
const VIOLATIONS = ['本产品稳赚不赔，保本保息，是您资产配置的最佳选择！错过再等一年，名额有限。', '预期年化收益率4.5%，国家级品质，零风险。'];

/** Writes files of about 15 KB until `total` bytes; returns what it wrote. */
export function makeMarkdownFolder(dir, total) {
  let bytes = 0;
  let files = 0;
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) >>> 16;
  for (let i = 0; bytes < total; i++) {
    const sub = join(dir, `batch-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const parts = [`# 第${i}期产品宣传`];
    while (Buffer.byteLength(parts.join('\n\n')) < 15000) {
      const pool = next() % 20 === 0 ? VIOLATIONS : LAWFUL;
      parts.push(pool[next() % pool.length]);
    }
    const text = parts.join('\n\n') + '\n';
    writeFileSync(join(sub, `doc-${i}.md`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }
  return { bytes, files };
}
