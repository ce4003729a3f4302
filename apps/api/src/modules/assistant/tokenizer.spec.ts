import { KnowledgeIndex } from './knowledge-index';
import { tokenize } from './tokenizer';

describe('retrieval words', () => {
  it('keeps banking terms whole (and their parts), in Chinese', () => {
    const words = tokenize('我想买大额存单，定投基金怎么设置？');
    expect(words).toEqual(expect.arrayContaining(['大额存单', '存单', '定投', '基金']));
    expect(words).not.toContain('我');
    expect(tokenize('手机银行转账限额')).toEqual(expect.arrayContaining(['手机银行', '转账', '限额']));
  });

  it('brings synonyms and inflections to one word, in both languages', () => {
    expect(tokenize('转帐')).toContain('转账');
    expect(tokenize('打钱给朋友')).toContain('转账');
    expect(tokenize('How do I wire money abroad?')).toEqual(expect.arrayContaining(['transfer', 'abroad']));
    expect(tokenize('transfers')).toEqual(tokenize('transfer'));
    expect(tokenize('I cannot sign in')).toContain('login');
    expect(tokenize("what's the fee")).toEqual(['fee']);
  });

  it('finds the entry despite a typo: a wrong Chinese character, a misspelt English word', () => {
    const index = new KnowledgeIndex([
      { id: 'cd', name: '大额存单起存金额是多少', nameEn: 'Minimum for a large CD', variants: [], variantsEn: [], answer: '20 万元', answerEn: '200,000' },
      { id: 'lost', name: '银行卡丢了怎么挂失', nameEn: 'How do I report a lost card', variants: [], variantsEn: [], answer: '挂失', answerEn: 'Block it' },
      { id: 'fee', name: '转账要手续费吗', nameEn: 'Are there fees for transfers', variants: [], variantsEn: [], answer: '免费', answerEn: 'Free' },
    ]);
    expect(index.match('大额存但起存多少')[0].entryId).toBe('cd');
    expect(index.match('how do I reprot a lsot card')[0].entryId).toBe('lost');
    expect(index.match('transfer feees')[0].entryId).toBe('fee');
    expect(index.match('今天天气怎么样')).toEqual([]);
  });
});
