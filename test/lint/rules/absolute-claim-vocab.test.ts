// Whole vocabularies of absolute-claim taken from public ad-law texts and lists (the groups rival,
// science, cosmetic, healthfood, formula, edu2, testimonial and finance of
// src/lint/lexicon/absolute-claim-sectors.yaml): rivals crushed, unscientific proof, cosmetic label
// bans, health functions of ordinary food, infant-formula bans, education guarantees, patient
// testimonials, investment promises — each class with its benign look-alikes (a flash sale, a
// service pledge, a feeding bottle, a milk-tea shop, advice to see a doctor).
import { ruleTester } from '../rule-tester.js';

ruleTester('absolute-claim', {
  valid: [
    // rival: 秒杀 as a flash sale, a disclaimer
    "周五晚上九点开始秒杀，可以提前加购物车",
    "秒杀款一经售出不退不换哦",
    "我们不敢说完胜别家，您可以对比参数",
    // science: records and tests are not studies
    "检测报告证明面料合格，详情页可以看",
    "物流信息显示快件已放进驿站了",
    "这个是新款技术参数，详情页有写",
    // cosmetic: service speed, an appliance's power, a service's hours
    "售后这边会高效给您处理",
    "这台吹风机风力超强，吹干很快",
    "客服全天候在线，有问题随时找",
    "我们会全方位检查后再发出",
    "基因检测盒的报告大概十天出来",
    // forever and state endorsement (session 19): a motto, a refused promise, a named scheme
    "我们家店训就是永不放弃每一个售后问题",
    "纯棉的做不到永远不会褪色，深色建议单独洗",
    "这款灯具过了国家认证中的CCC认证，编号在底座上",
    // declined, pointed back and refused, own options and settings, each living thing unique
    "没法跟您讲是行业第一，但每批都抽检",
    "想靠这个枕头治好落枕这点我们不敢保证，它就是软硬适中",
    "大桶装最实惠，比单买两瓶便宜不少",
    "这台烤箱最高档是230度，烤肉够用",
    "店里这两款里黑色最轻，白色容量最大",
    "每个宝宝的体质都独一无二，辅食先少量试",
    "旧款链接下个月会永久下架，新链接已经上了",
    "补水面膜的效果因人而异，一般两周左右能看到效果",
    "现在不拍也没事，券到月底都能用",
    // healthfood: who eats it, a medicine named
    "降糖药要按医生说的吃",
    "控糖期间可以少吃一点",
    "孕妇和糖友食用前请咨询医生",
    // formula: feeding gear, a named origin, a milk-tea shop, a denial
    "这只奶嘴按仿母乳的形状做的，小宝宝比较好接受",
    "配方奶比不上母乳，有条件请先喂母乳",
    "我们奶茶用的是进口奶源的牛奶",
    // edu2: a rate looked up, no promise
    "考试能不能一次通过主要看个人复习",
    "官方公布的全国通过率在考试院网站上",
    // testimonial: advice, thanks for a review
    "如有不适，停药换药都请听医生的",
    "谢谢亲的好评和鼓励",
    // finance: a risk note
    "金价有涨有跌，不能保证一定会涨",
    // cosmetic label words with their benign senses
    "这款磨牙棒是食品级硅胶，宝宝放心啃",
    "床垫可以用除螨仪吸一下螨虫",
    "透皮贴请按说明书使用",
    // a household box sold as 家庭必备, a charm (sensitive-topic's), a plain exam tip
    "这个多层收纳箱是家庭必备的",
    "考前多做真题，没有必过的说法",
    "这套真题没有必过的保证，要自己练",
    "这款种子发芽率受温度影响，请按说明育苗",
    "这部纪录片在央视播过，讲的是茶山",
    // third batch: a doctor's advice, praise of a child, a visa note, a warranty, gold prices
    "眼睛不舒服请先去医院检查视力",
    "宝宝好聪明，一教就会",
    "出签结果以领馆通知为准",
    "这台洗衣机整机保修三年",
    "黄金价格会波动，不能说一定保值",
    // fourth batch
    "这款面膜不是医用面膜，是普通化妆品",
    "退款已经处理了，一般很快到账",
    "这栋楼跳楼机游乐场就在旁边",
    // fifth batch
    "这款净化器可以过滤室内空气里的颗粒物",
    "香薰蜡烛的香味能维持四十小时",
    "高血压人群不适合吃这款咸菜",
  ],
  invalid: [
    // rival (AutoShare audit.py; 广告法第十三条)
    { text: "这副耳机降噪完爆同价位", spans: ["完爆"] },
    { text: "这款拖把清洁力吊打同类产品", spans: ["吊打同类产品"] },
    { text: "续航直接碾压市面上的竞品", spans: ["碾压市面上的"] },
    { text: "革命性的折叠设计，收纳超方便", spans: ["革命性"] },
    { text: "这台空气炸锅颠覆了你的认知", spans: ["颠覆了你的"] },
    { text: "做工甩别家好几条街", spans: ["甩别家好几条街"] },
    // science (药品/医疗器械/食品广告审查标准)
    { text: "这袋狗粮用的是最高科学配比", spans: ["最高科学"] },
    { text: "科学证明每天一勺能提高免疫", spans: ["科学证明"] },
    { text: "喝蛋白粉是保障健康所必需的", spans: ["保障健康所必需"] },
    { text: "这个护腰带无依赖性，戴着就舒服", spans: ["无依赖性"] },
    { text: "减肥咖啡停喝以后也不会反弹", spans: ["减肥咖啡停喝以后也不会反弹"] },
    // cosmetic (化妆品名称标签标识禁用语、化妆品命名指南)
    { text: "这瓶精华超强修护，熬夜也不怕", spans: ["超强"] },
    { text: "这支面霜高效补水", spans: ["高效"] },
    { text: "全方位修护受损发质", spans: ["全方位修护"] },
    { text: "这款面霜主打缓敏，红血丝也能用", spans: ["缓敏"] },
    { text: "这瓶洗发水一洗黑", spans: ["一洗黑"] },
    { text: "靶向淡斑精华，点涂就行", spans: ["靶向"] },
    { text: "这款面膜里添加了名贵中药", spans: ["添加了名贵中药"] },
    // healthfood (保健功能目录 24 项/27 项)
    { text: "桑叶茶坚持喝稳糖", spans: ["稳糖"] },
    { text: "这包猪蹄汤下奶效果很好", spans: ["下奶"] },
    { text: "海带粉可以排铅", spans: ["排铅"] },
    { text: "红景天饮品能提高缺氧耐受力", spans: ["提高缺氧耐受力"] },
    { text: "这款燕麦奶能帮助控血脂", spans: ["帮助控血脂"] },
    { text: "这个鱼肝油能提高宝宝的记忆力", spans: ["提高宝宝的记忆力"] },
    // formula (婴幼儿配方乳粉产品配方注册管理办法; 广告法第二十条)
    { text: "这段奶粉营养媲美母乳", spans: ["媲美母乳"] },
    { text: "我们的羊奶粉是母乳级配方", spans: ["母乳级"] },
    { text: "这款婴儿奶粉用的进口奶源", spans: ["进口奶源"] },
    { text: "宝宝奶粉奶源源自海外牧场", spans: ["源自海外牧场"] },
    // edu2 (广告法第二十四条；教育培训广告提示书)
    { text: "报这个班一次性拿证", spans: ["一次性拿证"] },
    { text: "不用考试就能拿毕业证", spans: ["不用考试就能拿毕业证"] },
    { text: "我们的学员毕业即就业", spans: ["毕业即就业"] },
    { text: "去年上岸率高达92%", spans: ["上岸率高达92"] },
    { text: "两个月逆袭名校，就选这门课", spans: ["两个月逆袭"] },
    { text: "专升本明年就要改革了，抓紧报名", spans: ["专升本明年就要改革"] },
    // testimonial (医疗广告管理办法第七条；患者、消费者名义作证明)
    { text: "这些都是病友反馈的截图", spans: ["病友反馈"] },
    { text: "墙上都是家长送来的锦旗", spans: ["家长送来的锦旗"] },
    { text: "我爸喝了两个月降压药都停了", spans: ["降压药都停了"] },
    // more cosmetic label words (化妆品标签禁用语; 儿童化妆品不得标注食品级)
    { text: "这款乳液高渗透，一抹就吸收", spans: ["高渗透"] },
    { text: "我们是医学护肤品牌", spans: ["医学护肤品"] },
    { text: "这款眼膜能告别黑眼圈", spans: ["告别黑眼圈"] },
    { text: "孕妇霜坚持涂可以预防妊娠纹", spans: ["预防妊娠纹"] },
    { text: "这款洁面能清除毛孔里的螨虫", spans: ["毛孔里的螨虫"] },
    { text: "宝宝霜是可食用级别的，舔到也没事", spans: ["宝宝霜是可食用"] },
    // 亚健康, 家庭必备 of a device, seeds, exam goods, a channel's list
    { text: "这款茶能改善亚健康", spans: ["改善亚健康"] },
    { text: "家庭必备的制氧机，老人用着放心", spans: ["家庭必备的制氧机"] },
    { text: "这批菜籽保证发芽", spans: ["保证发芽"] },
    { text: "这份考研资料背熟稳过", spans: ["考研资料背熟稳过"] },
    { text: "这是中考状元同款错题本", spans: ["中考状元同款"] },
    { text: "我们是央视合作品牌", spans: ["央视合作品牌"] },
    // third batch: inflammation, sight, tonics, children, homes, visas, lifetime promises
    { text: "托玛琳护膝可以去除炎症", spans: ["去除炎症"] },
    { text: "这副眼镜能恢复视力", spans: ["恢复视力"] },
    { text: "这瓶苏打水能碱化体质", spans: ["碱化体质"] },
    { text: "牛初乳让孩子少生病", spans: ["让孩子少生病"] },
    { text: "这个楼盘是学区，孩子入学有保障", spans: ["楼盘是学区，孩子入学有保障"] },
    { text: "我们代办签证，稳出签", spans: ["稳出签"] },
    { text: "这台净水器终身免维修", spans: ["终身免维修"] },
    { text: "这把菜刀五年都用不坏", spans: ["五年都用不坏"] },
    { text: "投资金条永远保值", spans: ["永远保值"] },
    // fourth batch: medical-device look, fast effects, price talk
    { text: "医美面膜敷完脸就不红了", spans: ["医美面膜"] },
    { text: "这个洗面奶是院线同款", spans: ["院线同款"] },
    { text: "这款蛋白粉功效有保障", spans: ["功效有保障"] },
    { text: "这款葛根粉起效很快", spans: ["起效很快"] },
    { text: "清仓跳楼价，就这一天", spans: ["跳楼价"] },
    // fifth batch: scented goods, disease groups
    { text: "这瓶车载香薰还能净化空气", spans: ["车载香薰还能净化空气"] },
    { text: "这款燕麦专为三高人群设计", spans: ["专为三高人群"] },
    // finance (非法金融广告识别；房地产广告发布规定)
    { text: "这块表的行情明年必定上涨", spans: ["行情明年必定上涨"] },
    { text: "我们基金业绩优良，名列前茅", spans: ["业绩优良", "名列前茅"] },
    { text: "这个公寓售后包租，坐收租金", spans: ["售后包租", "坐收租金"] },
    // forever: 永不 before any verb, other never-words before wear and fading
    { text: "这盆仿真绿植永不枯黄", spans: ["永不枯黄"] },
    { text: "这支眉笔永不晕妆", spans: ["永不晕妆"] },
    { text: "这个不锈钢盆永远都不会生锈", spans: ["永远都不会生锈"] },
    { text: "真皮沙发几十年都不开裂", spans: ["几十年都不开裂"] },
    // endorse: the state as certifier, central organs' favour
    { text: "咱们的大米是国家认证的放心米", spans: ["国家认证"] },
    { text: "这批纪念章是国务院特批发行的", spans: ["国务院特批"] },
    // time to effect, now-or-never, hesitation costs the goods
    { text: "这个足贴五天就显效", spans: ["五天就显效"] },
    { text: "现在不买就被别人抢走了", spans: ["现在不买就被别人抢走了"] },
    { text: "这双鞋慢一步就被拍光了", spans: ["慢一步就被拍光了"] },
    { text: "我们家最划算，比单买省一半", spans: ["最划算"] },
  ],
});
