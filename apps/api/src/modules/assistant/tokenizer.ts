import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

/**
 * Words of retail banking that the general dictionary splits (大额存单 → 大额 / 存单): kept whole, so that a question
 * and an answer about them meet on the same word. Each is also indexed by its parts (search mode), so 存单 still finds it.
 */
export const BANKING_WORDS = (
  '大额存单 定期存款 活期存款 通知存款 结构性存款 理财产品 净值型 定投 基金定投 货币基金 债券基金 混合基金 股票基金 指数基金 申购 赎回 认购 分红 净值 七日年化 万份收益 手机银行 网上银行 ' +
  '个人网银 掌上银行 转账 跨行转账 汇款 境外汇款 结售汇 购汇 限额 转账限额 手续费 年费 小额账户管理费 工本费 挂失 补卡 销户 开户 二类户 三类户 Ⅱ类户 Ⅲ类户 一类户 借记卡 信用卡 账单日 ' +
  '还款日 最低还款 分期 免息期 征信 个人征信 房贷 提前还款 等额本息 等额本金 LPR 利率 经营贷 消费贷 信用贷 公积金 保险 犹豫期 退保 保单 理赔 年金险 重疾险 医疗险 风险测评 风险等级 ' +
  '冷静期 回访 私募 合格投资者 贵宾 私人银行 权益 积分 机场贵宾厅 体检 道路救援 人脸识别 短信验证码 U盾 动态口令 数字证书 登录密码 交易密码 支付密码 预留手机号 网点 营业时间 预约 取号 ' +
  '养老金 个人养老金 社保卡 代发工资 外汇 存款保险 电信诈骗 冻结 解冻 止付 到账 实时到账 次日到账 大额支付 超级网银 数字人民币 云闪付 微信支付 支付宝'
).split(' ');

let jieba: Jieba | undefined;
function segmenter(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    jieba.loadDict(Buffer.from(BANKING_WORDS.map((w) => `${w} 100000 n`).join('\n')));
  }
  return jieba;
}

/** Words that carry no meaning for retrieval. */
const STOP = new Set(
  (
    '的 了 吗 呢 吧 啊 呀 么 嘛 是 我 你 您 他 她 它 我们 你们 请问 请 问 想 想要 要 能 能不能 可以 可不可以 会 在 和 与 及 或 还 就 都 也 又 这 那 这个 那个 哪个 ' +
    '一个 一下 怎么 怎么样 怎样 如何 什么 为什么 多少 哪里 哪儿 有 没有 吗？ 呢？ 一 个 下 去 来 给 让 被 把 对 从 到 时候 现在 自己 需要 ' +
    'a an the is are was were be been am i me my mine you your we our they it its of to in on at for from by with and or not no do does did can could ' +
    'would should will shall may might what how why when where which who whom whose there here this that these those if so than then please tell about ' +
    'want need get got have has had any some just also up out into over my ' +
    // In a bank's knowledge base these name nothing in particular.
    '银行 你们银行 贵行 本行 bank banking'
  ).split(/\s+/),
);
/** Characters that make a character pair meaningless (function words). */
const STOP_CHARS = new Set('的了吗呢吧啊呀么嘛是我你您他她它们这那个一下要能想会在和与及或还就都也又把被给让对从到有没什怎样如何哪为'.split(''));

/**
 * One meaning, several ways of saying it (both languages): every form is indexed and searched as the first. A form
 * of several words ("sign in") is matched as a phrase before the text is split.
 */
const SYNONYMS: string[][] = [
  ['转账', '转帐', '打钱', '汇钱', '转钱', '打款'],
  ['手续费', '费用', '收费', '扣费', '服务费', '工本费'],
  ['限额', '额度上限', '上限'],
  ['手机银行', '手机app', 'app', '掌上银行', '手机客户端', '网银'],
  ['挂失', '丢失', '丢了', '遗失', '被偷'],
  ['密码', '口令'],
  ['赎回', '卖出', '卖掉', '卖'],
  ['买', '买入', '购买', '申购', '认购'],
  ['到账', '到帐', '入账', '收到'],
  ['销户', '注销', '关闭账户', '撤销账户', '关掉'],
  ['开户', '开卡', '办卡', '开立', '开通'],
  ['利率', '利息', '收益率'],
  ['预约', '预定', '预订', '约'],
  ['理赔', '报销', '索赔', '赔钱'],
  ['冻结', '冻上', '限制交易', '止付', '不能用'],
  ['客户经理', '理财经理', '专属经理', '私人银行家'],
  ['人工', '真人', '人工客服', '转人工'],
  ['退订', '不想收到', '关闭推送'],
  ['卡', '银行卡', '借记卡', '储蓄卡', '卡片'],
  ['多久', '几天', '多长时间', '几分钟', '什么时候', '哪天'],
  ['权益', '福利', '礼遇', '待遇'],
  ['贷款', '借钱', '借款', '贷'],
  ['降级', '掉级', '降低等级', '等级下降'],
  ['登录', '登不上', '登录不了', '登不进', '登陆'],
  ['冷静期', '反悔', '后悔'],
  ['取现', '取钱', '取款', '提现'],
  ['外汇', '美元', '外币', '美金', '换汇'],
  ['境外', '国外', '海外', '出国'],
  ['保单', '保险单'],
  ['什么', '啥', '咋'],
  ['app', 'mobile banking', 'banking app', 'online banking', 'application'],
  ['transfer', 'transfers', 'wire', 'send money', 'sending money', 'remit', 'remittance', 'move money'],
  ['fee', 'fees', 'charge', 'charges', 'charged', 'cost', 'costs', 'commission', 'penalty'],
  ['limit', 'limits', 'cap', 'maximum', 'max', 'quota', 'allowance'],
  ['phone', 'handset', 'device', 'mobile', 'cellphone', 'smartphone'],
  ['lost', 'lose', 'stolen', 'missing', 'took'],
  ['password', 'passcode', 'pin'],
  ['redeem', 'redemption', 'sell', 'selling', 'sold', 'cash out'],
  ['buy', 'purchase', 'subscribe', 'subscription', 'invest', 'investing'],
  ['open', 'opening', 'set up', 'create'],
  ['close', 'closing', 'shut down', 'deactivate', 'terminate'],
  ['rate', 'rates', 'interest', 'yield'],
  ['loan', 'loans', 'borrow', 'borrowing', 'lend'],
  ['mortgage', 'mortgages', 'home loan', 'housing loan'],
  ['insurance', 'policy', 'policies', 'cover', 'coverage'],
  ['claim', 'claims', 'reimbursement', 'file a claim'],
  ['benefit', 'benefits', 'perk', 'perks', 'privilege', 'privileges'],
  ['deposit', 'deposits', 'cd', 'cds', 'certificate of deposit'],
  ['timedeposit', 'fixed deposit', 'time deposit', 'term deposit'],
  ['noticedeposit', 'notice deposit', 'call deposit'],
  ['moneymarket', 'money market', 'money-market'],
  ['fund', 'funds', 'mutual fund', 'mutual funds'],
  ['statement', 'statements', 'bill', 'bills'],
  ['repay', 'repayment', 'pay back', 'pay off', 'payoff'],
  ['appointment', 'book', 'booking', 'reserve', 'schedule an'],
  ['freeze', 'frozen', 'block', 'blocked', 'restrict', 'restricted', 'suspend', 'suspended'],
  ['salary', 'payroll', 'wage', 'wages'],
  ['login', 'log in', 'sign in', 'logon', 'log on'],
  ['register', 'sign up', 'signup', 'enrol', 'enroll'],
  ['face', 'selfie', 'facial'],
  ['person', 'human', 'agent', 'real person', 'operator'],
  ['spouse', 'wife', 'husband', 'family', 'relative', 'relatives'],
  ['creditreport', 'credit report', 'credit history', 'credit record', 'credit score'],
  ['instalment', 'installment', 'instalments', 'installments', 'split', 'monthly payments'],
  ['currency', 'foreign exchange', 'fx', 'dollar', 'dollars', 'usd', 'foreign currency'],
  ['abroad', 'overseas', 'international', 'foreign country', 'uk', 'usa', 'america'],
  ['cooling', 'cooling-off', 'cooling off', 'regret', 'change my mind', 'back out'],
  ['disclose', 'declaration', 'declare'],
  ['advisor', 'adviser', 'personal banker', 'relationship manager', 'wealth manager'],
  ['premier', 'vip', 'platinum', 'diamond'],
  ['return', 'returned', 'bounce', 'bounced'],
  ['fail', 'failed', 'unsuccessful', 'rejected', 'declined', 'did not go through'],
  ['old', 'elderly', 'senior', 'aged'],
  ['child', 'children', 'kid', 'kids', 'minor', 'son', 'daughter', 'year old'],
];
const CANONICAL = new Map<string, string>(SYNONYMS.flatMap((forms) => forms.map((f) => [f, forms[0]] as const)));
/** The forms of several words, longest first, as one regular expression. */
const PHRASES = new RegExp(
  `\\b(${[...CANONICAL.keys()]
    .filter((f) => /^[a-z][a-z' -]* [a-z' -]+$/.test(f))
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[-']/g, (c) => `\\${c}`))
    .join('|')})\\b`,
  'g',
);

/** A light English stem: plural and -ing/-ed endings, so "transfers" and "transferring" meet "transfer". */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3).replace(/(.)\1$/, '$1');
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2).replace(/(.)\1$/, '$1');
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

const HAN = /\p{Script=Han}/u;

/**
 * The retrieval words of a text: Chinese by jieba in search mode (whole words and their parts) with the banking words,
 * plus the character pairs of each Chinese run (robust to a wrong character or another segmentation); Latin words
 * lower-cased and stemmed; synonyms brought to one form; stop words dropped. The same function indexes and queries.
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const push = (w: string) => {
    if (!w || STOP.has(w)) return;
    const word = CANONICAL.get(w) ?? CANONICAL.get(stem(w)) ?? (HAN.test(w) ? w : stem(w));
    if (word && !STOP.has(word)) out.push(word);
  };
  const normalized = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/n't\b/g, ' not')
    .replace(/'(s|m|d|re|ve|ll)\b/g, '')
    // Several-word forms become their one word first ("sign in" → login).
    .replace(PHRASES, (phrase) => ` ${CANONICAL.get(phrase)} `);
  for (const run of normalized.match(/[\p{Script=Han}]+|[a-z0-9][a-z0-9-]*/gu) ?? []) {
    if (HAN.test(run)) {
      for (const w of segmenter().cutForSearch(run, true)) push(w);
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        if (!(STOP_CHARS.has(pair[0]) && STOP_CHARS.has(pair[1])) && pair !== '银行') out.push(`~${pair}`);
      }
    } else push(run.replace(/-+$/, ''));
  }
  return out;
}
