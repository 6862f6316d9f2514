import { ruleTester } from '../rule-tester.js';

ruleTester('review-inducement', {
  valid: [
    '收到差评我们会认真改进，谢谢您的反馈',
    '评价截图可以在订单详情里看到',
    // SPEC §3 must-not-catch: honest feedback without a reward.
    '欢迎收到后给我们真实评价',
    '如果满意可以给我们一个好评哦，谢谢亲',
    '有问题可以先联系客服，我们一定帮您解决',
    '好评率98%，放心购买',
    '评价里有很多买家秀可以参考',
    '我们不搞好评返现，评价请按真实感受写',
    '很多买家评价说送货很快',
  ],
  invalid: [
    { text: "差评那条麻烦您撤销一下，给您补5元", spans: ["差评那条麻烦您撤销一下"] },
    { text: "中评可以帮忙改成好评吗", spans: ["中评可以帮忙改"] },
    { text: "好评截图私信客服哦", spans: ["好评截图私信客服"] },
    { text: "追评截图发给我们，有惊喜", spans: ["追评截图发给我们"] },
    { text: "给五星好评，下次购买打九折", spans: ["五星好评，下次购买打九折"] },
    { text: '好评返现2元', spans: ['好评返现2元'], suggestion: '欢迎收到后给我们真实评价' },
    { text: '好评晒图返5元红包', spans: ['好评晒图返5元红包'] },
    { text: '五星好评截图发客服，返现10元', spans: ['五星好评截图发客服，返现10元'] },
    { text: '追评送小礼物', spans: ['追评送小礼物'] },
    { text: '带图评价领无门槛券', spans: ['带图评价领无门槛券'] },
    { text: '给五星好评免单', spans: ['五星好评免单'] },
    { text: '评价满15字送运费险', spans: ['评价满15字送运费险'] },
    { text: '晒单有礼', spans: ['晒单有礼'] },
    { text: '领红包：五星好评后截图', spans: ['领红包：五星好评'] },
    { text: '改成好评给您退10元', spans: ['改成好评给您退10元'] },
    { text: '麻烦把差评删了，我给你补偿', spans: ['差评删了'] },
    { text: '删除差评后联系客服', spans: ['删除差评'] },
    { text: '必须给五星好评哦', spans: ['必须给五星好评'] },
    // More disguises and phrasings of the same classes.
    { text: "好评返2元", spans: ["好评返2元"] },
    { text: "五星好评送小礼物", spans: ["五星好评送小礼物"] },
    { text: "晒图好评返现5元", spans: ["晒图好评返现5元"] },
    { text: "带图评价后截图给客服领3元红包", spans: ["带图评价后截图给客服领3元红包"] },
    { text: "追加评价返现", spans: ["评价返现"] },
    { text: "好评截图领优惠券", spans: ["好评截图领优惠券"] },
    { text: "给个好评送您一张无门槛券", spans: ["好评送"] },
    { text: "评论区晒图有奖", spans: ["评论区晒图有奖"] },
    { text: "亲，给个五星好评，返您5块钱", spans: ["五星好评，返您5块钱"] },
    { text: "差评可以改一下吗，给您补偿", spans: ["差评可以改一下"] },
    { text: "好评后联系客服返现", spans: ["好评后联系客服返现"] },
    // More disguises and phrasings of the same classes.
    { text: "刷单返佣金", spans: ["刷单"] },
    // More disguises and phrasings of the same classes.
    { text: "好平返现3元", spans: ["好平返现3元"] },
    // More disguises and phrasings of the same classes.
    { text: "好评返现5元", spans: ["好评返现5元"] },
    { text: "五星好评截图发我领红包", spans: ["五星好评截图发我领红包"] },
    { text: "晒图返3元", spans: ["晒图返3元"] },
    { text: "给好评送小礼品", spans: ["好评送小礼品"] },
    { text: "删除差评给你补偿10元", spans: ["删除差评"] },
    { text: "亲，收到后给个五星好评，截图找客服领5元红包哦", spans: ["五星好评，截图找客服领5元红包"] },
    // More disguises and phrasings of the same classes.
    { text: "好评送积分", spans: ["好评送"] },
    { text: "五星好评下次购买打折", spans: ["五星好评下次购买打折"] },
    // More disguises and phrasings of the same classes.
    { text: "hao评fan现", spans: ["hao评fan现"] },
    // More disguises and phrasings of the same classes.
    { text: "好评可返现", spans: ["好评可返现"] },
    { text: "带图好评奖励5元", spans: ["带图好评奖励"] },
    { text: "好评截图私信客服领现金", spans: ["好评截图私信客服领现金"] },
    { text: "追评有惊喜红包", spans: ["追评有惊喜红包"] },
    { text: "亲，五星好评后返您3元", spans: ["五星好评后返您3元"] },
    { text: "给五星送你一个小挂件", spans: ["五星送"] },
    { text: "评价晒图可以参加抽奖", spans: ["评价晒图可以参加抽奖"] },
    { text: "差评删了给你退钱", spans: ["差评删了"] },
  ],
});
