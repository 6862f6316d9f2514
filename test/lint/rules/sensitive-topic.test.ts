import { ruleTester } from '../rule-tester.js';

ruleTester('sensitive-topic', {
  valid: [
    // SPEC §3 must-not-catch: place names in shipping notes, 佛山, 转运中心.
    '台湾、香港、澳门地区暂不支持发货',
    '西藏新疆偏远地区不包邮',
    '佛山发货，一般两天到',
    '包裹已到达转运中心',
    '您的包裹正在转运中，请耐心等待',
    '已转运至上海分拨中心',
    // Words that only look related.
    '佛系养生茶，温和不刺激',
    '顾客就是上帝，我们会尽力',
    '圣诞款礼盒已经上架',
    '党参黄芪都是道地药材',
    '国潮设计，很有特色',
    '祝您购物愉快',
    '支持国家补贴，下单立减',
  ],
  invalid: [
    { text: '开过光的貔貅，招财进宝', spans: ['开过光', '招财'], suggestion: '寓意美好' },
    { text: '大师加持的护身符', spans: ['大师加持', '护身符'] },
    { text: '戴上能辟邪', spans: ['辟邪'] },
    { text: '转运珠，助你好运', spans: ['转运'] },
    { text: '本命年戴上能转运', spans: ['转运'] },
    { text: '算命的说你缺木，这款正合适', spans: ['算命'] },
    { text: '放在家里风水好', spans: ['风水'] },
    { text: '戴上财运越来越好', spans: ['财运越来越好'] },
    { text: '佛祖保佑平安', spans: ['佛祖保佑'] },
    { text: '菩萨会保佑你', spans: ['菩萨', '保佑'] },
    { text: '上帝保佑', spans: ['上帝保佑'] },
    { text: '主席同款茶杯', spans: ['主席'] },
    { text: '国家领导人都在用', spans: ['国家领导人'] },
    { text: '国宴特供白酒', spans: ['国宴特供'] },
    // More disguises and phrasings of the same classes.
    { text: "开光貔貅手串，招财进宝", spans: ["开光", "招财"] },
    { text: "这个手链能招桃花", spans: ["招桃花"] },
    { text: "请大师开过光的", spans: ["开过光"] },
    { text: "戴上它保你平安", spans: ["保你平安"] },
    { text: "放在客厅镇宅辟邪", spans: ["镇宅辟邪"] },
    { text: "这个摆件能旺财运", spans: ["旺财"] },
    { text: "寺庙里求来的平安符", spans: ["寺庙", "平安符"] },
    { text: "阿弥陀佛，感恩", spans: ["阿弥陀佛"] },
    { text: "习近平同款", spans: ["习近平"] },
    { text: "政府机关专供", spans: ["机关专供"] },
    // More disguises and phrasings of the same classes.
    { text: "去霉运的手串", spans: ["霉运"] },
    { text: "化解小人", spans: ["化解小人"] },
    { text: "五行缺水的人戴", spans: ["五行缺"] },
  ],
});
