import { describe, expect, it } from 'vitest';
import { formatPolicyBody, parsePolicyBody } from './policy-body';

describe('parsePolicyBody', () => {
  it('makes every line an article and "- " lines items of the article above', () => {
    const body = '为规范协作，制定本办法。\n\n响应时限如下：\n- 一般需求 24 小时内响应；\n-   紧急需求 4 小时内响应。\n本办法自发布之日起施行。';
    expect(parsePolicyBody(body)).toEqual([
      { text: '为规范协作，制定本办法。', items: [] },
      { text: '响应时限如下：', items: ['一般需求 24 小时内响应；', '紧急需求 4 小时内响应。'] },
      { text: '本办法自发布之日起施行。', items: [] },
    ]);
  });

  it('ignores blank lines and Windows line ends, and drops numbers the user typed', () => {
    expect(parsePolicyBody('\r\n第一条 目的。\r\n\r\n\r\nArticle 2 Scope.\r\n')).toEqual([
      { text: '目的。', items: [] },
      { text: 'Scope.', items: [] },
    ]);
  });

  it('keeps items that come before any article under an article without text', () => {
    expect(parsePolicyBody('- 申请部门\n- 申请人')).toEqual([{ text: '', items: ['申请部门', '申请人'] }]);
  });

  it('does not take a line starting with a minus number for an item', () => {
    expect(parsePolicyBody('-5% 的预算偏差需说明原因。')).toEqual([{ text: '-5% 的预算偏差需说明原因。', items: [] }]);
  });

  it('reads back what formatPolicyBody writes', () => {
    const articles = [
      { text: '目标统一。', items: [] },
      { text: '有下列情形之一的：', items: ['拒绝协作的；', '延误时限的。'] },
    ];
    expect(parsePolicyBody(formatPolicyBody(articles))).toEqual(articles);
  });
});
