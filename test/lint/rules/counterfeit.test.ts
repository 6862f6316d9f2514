import { ruleTester } from '../rule-tester.js';

ruleTester('counterfeit', {
  valid: [
    // Real shop-staff replies (issue 10): 原单 as the original order of a price or refund question.
    '原单用了5元券，申请价保后差价退回原支付账户',
    '原单取消后重新下单就能用新的优惠',
    // SPEC §3 must-not-catch: a brand's stated re-issue, an order number.
    '这双是品牌官方复刻的经典款，鞋盒上印着复刻版字样',
    '您说的原单号是下单那笔的编号吧，我帮您查一下',
    '原单价是199，活动价149',
    '退回的时候按原单寄回就可以',
    // Ratios, scales, recipes and materials that share a character with the slang.
    '浓缩液和水按1:1兑开就能喝',
    '这是1比1等身的模型，尺寸和实物一样',
    '复刻了奶奶那一辈的老味道，手工熬制',
    '仿古铜色的灯罩，很有复古感',
    '仿真绿植，不用浇水',
    '纯原浆果汁，无添加',
    '这款是A级品质的长绒棉',
    '我们在莆田发货，一般两天就到',
    '这款笔记本的顶配版是32G内存',
    // Warnings, refusals, questions about fakes.
    '市面上高仿很多，认准我们家吊牌上的防伪码',
    '买鞋别买到莆田货，我们每双都附鉴定证书',
    '高仿？不不不，我们只卖正品',
    '如果不是正品，假一赔十',
    '我们是正品，跟专柜买的一模一样，支持验货',
    '教您几个辨别A货的小方法',
    // 仿 before a material or style, 高货 as a jade grade, brands named without any fake word.
    '仿麂皮的短靴，下雨天也不怕',
    '仿木纹的收纳盒，颜色很温柔',
    '这块是糯冰种高货，水头足',
    '我们是耐克授权店，支持验货',
    '模仿的是老上海的月份牌画风',
    'G码是加大码，适合偏胖的宝宝',
  ],
  invalid: [
    // 仿 + a named brand, the letter grades, 公司级/高版本/高货 next to a brand or a hidden label.
    { text: '仿迪奥的马鞍包，五金很亮', spans: ['仿迪奥'] },
    { text: '这款仿gucci双G，背出去挺像', spans: ['仿gucci'] },
    { text: 'G货劳力士，走时准', spans: ['G货'] },
    { text: '公司级AJ到货了', spans: ['公司级'] },
    { text: '高版本巴黎世家老爹鞋，码数齐', spans: ['高版本'] },
    { text: '高货已经寄出，盒子上没有logo', spans: ['高货'] },
    { text: '跟宝格丽一个厂出来的', spans: ['宝格丽一个厂'] },
    { text: '仿的，但是细节做得好', spans: ['仿的'] },
    { text: '外贸原单，下单就送运费险', spans: ['原单'] },
    { text: '这款是高仿的，做工跟大牌差不多', spans: ['高仿'] },
    { text: '精仿手表，走时很准', spans: ['精仿'] },
    { text: '这包是gao fang的，细节很好', spans: ['gao fang'] },
    { text: 'A货包包，头层牛皮', spans: ['A货'] },
    { text: '超A版本到货了', spans: ['超A'] },
    { text: '这批莆田鞋鞋标齐全', spans: ['莆田鞋'] },
    { text: '纯原工艺，鞋垫钢印都有', spans: ['纯原'] },
    { text: '公司级版本，细节拉满', spans: ['公司级'] },
    { text: '外贸原单，吊牌剪了', spans: ['原单'] },
    { text: '顶级复刻，和专柜一样', spans: ['复刻'] },
    { text: '1:1开模，五金刻字都有', spans: ['1:1'] },
    { text: '跟正品放一起根本分不出来', spans: ['正品放一起根本分不出'] },
    { text: '不是正品哦，但做工很好', spans: ['不是正品'] },
    { text: '价格只要专柜的零头', spans: ['专柜的零头'] },
    { text: '这个手镯是卡家的复刻款，18K镀金', spans: ['复刻'] },
    // A buyer's question as a heading is no claim of being genuine; 不是正品 after it is a denial of genuineness.
    { text: '【是正品吗】我们是高仿，不是正品哦', spans: ['高仿', '不是正品'] },
  ],
});
