import { ruleTester } from '../rule-tester.js';

ruleTester('counterfeit', {
  valid: [
    // Session 11 (benign12, own wording): 原单 as the buyer's paper (receipt, invoice, waybill);
    // fakes named by a recycling, repair or return desk that refuses them; some fakes out there
    // named to explain a problem.
    '申请售后时麻烦把原单拍个照发过来',
    '增值税发票原单要和货一起寄回哦',
    '原单如果丢了，可以用电子订单截图代替',
    '二手回收不收山寨手机，请理解',
    '高仿表验出来我们会直接拒收',
    '检测出来是仿品的话，不予回收',
    '门店不回收翻新机和高仿机',
    '有些非原装的数据线充电慢，建议换原装的试试',
    // Session 10 (meaning11, own wording): lifelike things sold on looking real, an appraisal
    // guarantee, a buyer's worry answered, a shop's own name given for a referral.
    '这盆仿真绿萝跟真的一样，不用浇水',
    '翻糖蛋糕做得跟真的一样，大家都舍不得切',
    '这款假发戴上完全看不出是假的',
    '假两件的卫衣，穿上看不出是假的',
    '可送去第三方机构验货，验不过就全款退您',
    '您担心会不会被看出是假的？我们保证正品，支持验货',
    '朋友问起可以说是我们店买的，报店名有优惠',
    '这顶帽子戴出去大家都以为是真的貂毛',
    '网上那些高仿做得跟真的一样，小心别买到',
    // Session 9 (own wording): a decant from the genuine bottle, the shop's own scent, reverse
    // thinking, a repair taken apart, rep as a word part.
    '香水分装都是从正品里分出来的，支持验货',
    '这款香薰是我们自己调的配方，木质调',
    '逆向思维的益智桌游，适合八岁以上',
    '拆开检查后发现是电池的问题',
    'reputation很好的老店',
    // 1:1 of a building or a place's model (issue 10, benign9); toy sets copied stay findings.
    '一比一还原的古建模型，适合拼给孩子看',
    // 经过|验货 holds 过验: a list word across a word boundary is not there (real8).
    '鞋子发出前都经过验货员逐双检查',
    // A buyer's question (a template's quick question) or a shop's answer about authenticity is
    // no counterfeit claim (the learned second opinion flagged such questions; own wording).
    '请问是正品吗',
    '这个保证正品吧？',
    '能保证是正品吗，有没有防伪码',
    '亲，正品吗？有授权书吗',
    // Issue 10 (fa6): 原单 as the original booking of a stay or a trip.
    '房间已经按原单入住了，押金退房时退回',
    '机票可以原单改签，差额补上就行',
    // Real shop-staff replies (issue 10): 原单 as the original order of a price or refund question.
    '原单用了5元券，申请价保后差价退回原支付账户',
    '原单取消后重新下单就能用新的优惠',
    // SPEC §3 must-not-catch: a brand's stated re-issue, an order number.
    '这是品牌官方重新推出的经典复刻款，包装盒写着复刻版',
    '您说的原单号是下单那笔的编号吧，我帮您查一下',
    '原单价是199，活动价149',
    '退回的时候按原单寄回就可以',
    // Ratios, scales, recipes and materials that share a character with the slang.
    '原浆跟凉白开按1:1调匀就能喝',
    '这是1比1等身的模型，尺寸和实物一样',
    '复刻了奶奶那一辈的老味道，手工熬制',
    '仿古铜色的灯罩，很有复古感',
    '仿真龟背竹，免打理',
    '纯原浆果汁，无添加',
    '这款是A级品质的长绒棉',
    '我们在莆田发货，一般两天就到',
    '这款笔记本的顶配版是32G内存',
    // Warnings, refusals, questions about fakes.
    '市面上高仿很多，认准我们家吊牌上的防伪码',
    '买球鞋要当心莆田货，本店每双都带鉴定证书',
    '高仿？不不不，小店只做正品',
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
    '仿明式的圈椅，榫卯结构，原木打磨',
    '国产好料子，价格只是专柜的零头',
    '这款属于平替，不是大牌正品，用的是本店自有商标',
    '原液按1∶1加水',
    '我们家只卖正品，保真',
    '专柜级服务，售后有保障',
    // Version words of software and sizes, a boyfriend's gift, an invisible patch, anti-piracy.
    '说明书有iOS版和安卓版，扫码即可',
    '这本绘本有A版和B版两种封面',
    '我男朋友gf的礼物就是这个',
    '这块补丁贴上去没人看得出',
    '我们坚决抵制盗版，全部正版授权',
    // Factory, material and grade words without a genuine article named, or with the shop vouching
    // for it; an alternative honestly told apart; a sample likened to the full-size product.
    '这套睡衣上衣和裤子同料，洗了不起球',
    '我们是源头工厂货，没有中间商',
    '公司级客户可以申请月结',
    '专柜品质的羊毛面料，我们自己打版',
    '这是爽肤水的平替，配方不一样，价格更亲民',
    '平替款，和大牌的设计完全不一样',
    '蒙口授权专卖，都是正品，和专柜同一批货',
    '中样和正品的膏体一样，出门带着方便',
    '尾单清仓，最后几件',
    '顶级仿古工艺的铜香炉',
    // Denying the goods copy any brand (issue 10): an original design, told as such.
    '这个托特包是我们独立设计的款，不是照着哪家的仿款',
    '图案是我们自己画的，并非任何大牌的复刻',
    // 超A as a look when worn, 1:1 as a simulation of an exam, a brand's re-issue of its own original.
    '这条阔腿裤穿上显得超A，气场很足',
    '这套卷子是1:1模拟真实考场的计时',
    '品牌官方复刻的经典配色，和当年原版的设计一样',
    // Putian, Dongguan and a recreated recipe as what they plainly are.
    '我们仓库在莆田的，江浙沪次日达',
    '东莞产的毛巾，纯棉吸水',
    '复刻了老家的方子，手工熬的辣酱',
    // The shop's own two products from one factory; yarn; a place.
    '这两款是同一个工厂做的，品质一样，只是颜色不同',
    '高纺纱的面料，不起球',
    '我们的仓库在葡田村旁边',
    // Session-4 near misses (own wording): 高仿真 and fang-words that are ordinary (高防护, 高房价),
    // Putian shipping of food, 仿制 of antiques, a shop's own 非专柜 sales, no-logo basics, 超A as
    // fashion slang, a brand's own re-issue.
    '高仿真的绣球花束，插瓶摆着就行',
    '高防护等级的手机壳，摔不坏',
    '这款是高防摔版本',
    '莆田直发的桂圆干，肉厚',
    '这是按老照片仿制的民国台灯',
    '我们是自有品牌，非专柜销售，线上直营',
    '无标款的纯色卫衣，适合自己绣字',
    '这件大衣穿上超A的，气场很足',
    '耐克官方复刻的AJ1，吊牌齐全',
    '镜面版的化妆镜，高清不变形',
    // Issue 10, session 5 (own wording): a luxury name as a style, a colour or a service priced low;
    // second-hand and instalments; a licensed reprint and 影印 of a picture; 懂的都懂 of a discount;
    // a recipe recreated 和原版一模一样; the shop that only sells the genuine article; a warranty
    // notice about unofficial channels; a design inspired by a logo; a jade certificate.
    '小香风的短外套 259 通勤很好搭',
    '卡地亚风格的螺丝钉手链 合金材质 49元',
    '爱马仕橙色的零钱包 79',
    '香奈儿的包包做一次深度清洗 收费199',
    '中古LV老花钱包 有使用痕迹 780',
    '劳力士手表支持分期 每期680元',
    '出版社授权的影印版英文原著，书脊有标',
    '影印版的老电影海报，适合挂客厅',
    '这个价格懂的都懂，今晚十二点恢复原价',
    '外婆做的酱和原版配方一模一样',
    '和正品一样的只有价格标签，我们只卖正品',
    '非官方渠道购买的耳机不在保修范围内',
    '图案灵感来自大牌logo的拼贴海报，原创设计',
    '翡翠鉴定证书可以帮您配国检的',
    'PT出品的康复课程，理疗师一对一',
    '懂的都懂，我们只卖正品，专柜同价',
    // Issue 10, session 6 (cf7, own wording): look-alikes of the replica trade's vocabulary — a print
    // style, a high-resolution picture, a refusal of fakes, telling real from fake, a condition, the
    // buyer's own logo printed, the shop's own label, a car's genuine parts, a watch strap, a shop's
    // place in an electronics market, the pop-up of genuine earphones.
    '仿版画工艺的装饰画，送礼好看',
    '高p图我发您对比一下颜色',
    '我们从不卖仿冒大牌的东西，放心',
    '收到后可以对照教程辨别真假lv',
    '要是这件是假的，假一赔十',
    '卫衣可以另外印logo，定制款七天发货',
    '吊牌是我们自己做的，本店原创品牌',
    '原厂配件，4S店同款，放心装',
    '劳力士表带 硅胶款 59元',
    '我们档口在华强北的耳机批发区',
    '正品airpods三代，弹窗、定位都正常，支持验货',
    '代购费按商品价的一成收',
    '接受贴牌加工，可以印贵公司自己的品牌',
    // cf7, second piece (own wording): a resold item without its box, loose goods without a
    // receipt, a new price label, a care service priced in words.
    '闲置的古驰卡包，无盒无票，介意勿拍',
    '散装饼干无包装无小票，量大便宜',
    '价签换了新的，以页面价格为准',
    '这款lv包包的护理费只要两百',
    // Session 7 (meaning8, own wording): not-official said honestly, a price or a usage likened to the
    // official one, a D版 of a layout, a condition with a refund, an official re-issue with its
    // authorisation stated, a grade word of a phone or a rep of a product line.
    '这个手机壳不是官方配件，是我们自己设计开模的',
    '我们不是品牌旗舰店，属于授权代理商，授权证明能查到',
    '尺码和官网一致，按平时穿的买就行',
    '冲泡方法跟官方教程一样，水温八十度',
    '宣传单有a版和d版两种配色',
    '如果收到的是盗版，假一赔十，支持鉴定',
    '顶配版的笔记本电脑是32G内存',
    '品牌授权的官方复刻款，吊牌和证书齐全',
    // Provenance and price frames (session 8, own wording): a price compared with the shop's own
    // label, genuine goods vouched for, a factory of the shop's own, clearance without a brand.
    "商场同类要一千多，我们自有品牌两百，面料一样舒服",
    "保证正品，和专柜一样的防伪码，可以验",
    "我们是源头工厂，不是谁的代工厂，价格实在",
    "换季清仓的卫衣，没吊牌所以便宜",
    "官网价格和我们一样，都是统一定价",
    "别家卖得很便宜的那种肯定不是正品，您小心",
    "这个价买不到真货的话，可以看看我们的平价自有品牌",
  ],
  invalid: [
    // Session 11 (benign12, own wording): the trade's 原单 and 高仿 offered stay caught.
    { text: '外贸原单，照片就是实物，和专柜一样', spans: ['原单'] },
    { text: '原单货现在拍照给您看', spans: ['原单'] },
    { text: '我们这边有些高仿款，价格很美丽', spans: ['高仿'] },
    { text: '山寨手机便宜出，功能都有', spans: ['山寨手机'] },
    // Session 10 (meaning11, own wording): a copy sold on passing as genuine — likened to 真的 with a
    // brand named by its logo mark or code, taken for genuine by others, undetectable, getting
    // through an appraisal, or the buyer told to say it came from the counter.
    { text: '这条围巾跟真的一样，C家的标也绣了', spans: ['跟真的一样'] },
    { text: '双G扣的腰带，做得和真的没两样', spans: ['和真的没两样'] },
    { text: '包包背出去大家都以为是真的', spans: ['大家都以为是真的'] },
    { text: '朋友收到都以为是专柜买的', spans: ['朋友收到都以为是专柜买的'] },
    { text: '专柜的人都看不出是假的', spans: ['专柜的人都看不出是假的'] },
    { text: '这只表送去鉴定也能过的，尽管下单', spans: ['鉴定也能过'] },
    { text: '亲友问起就说是专柜买的', spans: ['问起就说是专柜买的'] },
    { text: '仿得很细，戴出去也不会被看出来', spans: ['戴出去也不会被看出来'] },
    { text: '假的，但跟真的差不多，你懂我意思吧', spans: ['跟真的差不多'] },
    { text: '这批货过验没问题，细节跟专柜一样', spans: ['过验'] },
    { text: '外贸原单，酒店同款浴袍，入住体验一样', spans: ['原单'] },
    // Session-4 shapes (own wording): 仿 swapped for a sound-alike (derived from pinyin), not
    // genuine in initials (非zp), not from the counter with a brand, the no-logo version with the
    // logo sold apart, 仿制 of a brand, Putian shipping of shoes, 复刻 + a brand.
    { text: '高访版的迪奥马鞍包到了', spans: ['高访'] },
    { text: '精纺包包，细节到位', spans: ['精纺'] },
    { text: '非zp，介意勿拍', spans: ['非zp'] },
    { text: '非柜的prada卡包，低价转', spans: ['非柜'] },
    { text: '无logo版的名牌同款，logo另拍', spans: ['无logo版', 'logo另拍'] },
    { text: '仿制的劳力士，走时准', spans: ['仿制的劳力士'] },
    { text: '莆田发货，鞋盒齐全', spans: ['莆田发货'] },
    { text: '复刻迪奥老花，做工细', spans: ['复刻'] },
    { text: '镜面版的LV钱包，五金很亮', spans: ['镜面版'] },
    // The look words around a copy of a named original still flag; a simulation of a counter.
    { text: '上脚超A，和专柜的一模一样', spans: ['超A', '专柜的一模一样'] },
    { text: '1:1复刻正品，做工还原', spans: ['1:1复刻'] },
    // 仿 + a named brand, the letter grades, 公司级/高版本/高货 next to a brand or a hidden label.
    { text: '仿迪奥的马鞍包，五金很亮', spans: ['仿迪奥'] },
    { text: '这款仿gucci双G，背出去挺像', spans: ['仿gucci双G'] },
    { text: 'G货劳力士，走时准', spans: ['G货'] },
    { text: '公司级AJ到货了', spans: ['公司级'] },
    { text: '高版本古驰小白鞋，尺码全', spans: ['高版本'] },
    { text: '高货已经寄出，盒子上没有logo', spans: ['高货'] },
    { text: '跟宝格丽一个厂出来的', spans: ['宝格丽一个厂'] },
    { text: '仿的，但是细节做得好', spans: ['仿的'] },
    // Replica-trade codes and initials next to the genuine article, piracy, formal-numeral 1:1.
    { text: '这是zh版本的空军一号，钢印齐全', spans: ['zh版本'] },
    { text: 'rep的，做工跟正品很接近', spans: ['rep的'] },
    { text: 'fk的哦，不保真', spans: ['fk的', '不保真'] },
    { text: '华强北四代版本的耳机', spans: ['华强北四代版'] },
    { text: '游戏卡是盗版的，几十个游戏', spans: ['盗版'] },
    { text: '壹比壹做的，没区别', spans: ['壹比壹'] },
    { text: '和古驰一个模子出来的', spans: ['古驰一个模子'] },
    { text: '同料同厂，细节一致', spans: ['同料同厂'] },
    { text: '不保真哦，介意的别拍', spans: ['不保真'] },
    { text: '原厂级做工的老花包', spans: ['原厂级'] },
    { text: '1∶1开模的手镯', spans: ['1∶1'] },
    { text: 'pt产的鞋，脚感不错', spans: ['pt产的'] },
    { text: '宝格丽的蛇头戒指，戴出去朋友都认不出', spans: ['朋友都认不出'] },
    { text: '这只是仿百达翡丽款的，表盘照着原版做', spans: ['仿百达翡丽款的'] },
    { text: '这瓶是仿老字号酱油的，瓶身跟正品一模一样', spans: ['仿老字号酱油的', '正品一模一样'] },
    { text: '外贸原单，下单就送运费险', spans: ['原单'] },
    { text: '这条是高仿的，走线和大牌没啥差别', spans: ['高仿'] },
    { text: '精仿手表，走时很准', spans: ['精仿'] },
    { text: '这表属于gao fang，做工还行', spans: ['gao fang'] },
    { text: 'A货包包，头层牛皮', spans: ['A货'] },
    { text: '超A版本到货了', spans: ['超A'] },
    { text: '这批莆田鞋鞋标齐全', spans: ['莆田鞋'] },
    { text: '纯原品质，内标码标都对得上', spans: ['纯原'] },
    { text: '公司级做工，用料扎实', spans: ['公司级'] },
    { text: '外贸原单，吊牌剪了', spans: ['原单'] },
    { text: '顶级复刻，和专柜一样', spans: ['复刻'] },
    { text: '1:1开的模，五金刻字全有', spans: ['1:1'] },
    { text: '和正品摆在一块完全分不出', spans: ['正品摆在一块完全分不出'] },
    { text: '不是正品，不过做工挺好的', spans: ['不是正品'] },
    { text: '做工和专柜一样，只卖专柜的零头', spans: ['专柜的零头'] },
    { text: '这条项链是梵家的复刻款，玫瑰金色', spans: ['复刻'] },
    // A brand from the sourced list next to a factory, material or grade word of the copy trade.
    { text: '施华洛世奇的天鹅项链，原厂代工，同一条流水线', spans: ['原厂代工', '同一条流水线'] },
    { text: '新百伦990 公司货 鞋盒齐全', spans: ['公司货'] },
    { text: '帝舵小红花，工厂外流的表壳', spans: ['工厂外流'] },
    { text: '娇兰金钻粉底是专柜质量，价格三成', spans: ['专柜质量'] },
    { text: '萧邦快乐钻的平替，跟原版没区别', spans: ['平替', '跟原版没区别'] },
    { text: '这款手袋用的是原版皮料，走线一致', spans: ['原版皮料'] },
    { text: '这件是仿萧邦的', spans: ['仿萧邦的'] },
    { text: '这个是顶级仿，细节到位', spans: ['顶级仿'] },
    { text: 'putian的鞋，穿着软', spans: ['putian的鞋'] },
    { text: '这支口红做工和真品几乎一样', spans: ['和真品几乎一样'] },
    { text: '这双跟专柜的没两样', spans: ['专柜的没两样'] },
    // A buyer's question as a heading is no claim of being genuine; 不是正品 after it is a denial of genuineness.
    { text: '【是正品吗】我们是高仿，不是正品哦', spans: ['高仿', '不是正品'] },
    // The replica trade's origins and nicknames, 仿的 among copies, a resale app as the genuine reference.
    { text: '这双莆田的，脚感跟正品差不多', spans: ['莆田的', '跟正品差不多'] },
    { text: '东莞产的aj，细节拉满', spans: ['东莞产的aj'] },
    { text: '🐴仕的腰带，仿的当中算做得好的', spans: ['仿的'] },
    { text: '和得物上买的一模一样，放心', spans: ['得物上买的一模一样'] },
    // Initials and sound-alikes of the slang, the genuine article's OEM factory.
    { text: '复k款的手链，细节到位', spans: ['复k'] },
    { text: 'c原工艺，鞋标齐全', spans: ['c原'] },
    { text: '埔田货，做工不输正品', spans: ['埔田货'] },
    { text: '和大牌同一家代工厂，价格只要零头', spans: ['同一家代工厂'] },
    // Issue 10, session 5 (own wording): luxury goods at a fraction of the genuine price, a code
    // name sharing the factory, 正品同源, an unlicensed copy of a book, a wink or an excuse for the
    // price beside a brand, a brand's logo or a counter receipt supplied, PT as Putian, not the
    // official channel, a brand added to the copied set (斯沃琪).
    { text: '古驰竹节手提包 到手价468', spans: ['古驰竹节手提包'] },
    { text: '卡地亚满钻戒指，只要299元', spans: ['卡地亚满钻戒指'] },
    { text: '绿水鬼 380包邮', spans: ['绿水鬼'] },
    { text: 'H家同厂的腰带，皮料一样', spans: ['H家同厂'] },
    { text: '这批皮料和正品同源', spans: ['正品同源'] },
    { text: '复印版的钢琴教材，跟正版内容一样', spans: ['复印版'] },
    { text: 'B家的手环，你懂的', spans: ['你懂的'] },
    { text: '某大牌的丝巾，剪了吊牌所以这么便宜', spans: ['剪了吊牌所以这么便宜'] },
    { text: '大牌的logo都绣好了，做工细', spans: ['大牌的logo'] },
    { text: '购物小票可以给你配一张', spans: ['购物小票可以给你配一张'] },
    { text: 'PT出品的AJ，鞋标齐全', spans: ['PT出品'] },
    { text: 'D家耳饰，并非官方渠道', spans: ['并非官方渠道'] },
    { text: '斯沃琪一比一的款，表盘清楚', spans: ['一比一'] },
    { text: '做工和专柜的没两样，您懂我意思', spans: ['专柜的没两样', '懂我意思'] },
    // Issue 10, session 6 (cf7, own wording): the shop naming its goods fake or counterfeit, an
    // imitation version, knock-off electronics and their selling points, the replica grade 代购级,
    // the maker's own materials or factory claimed beside the brand, the brand's marks added by the
    // seller, another maker's goods labelled with a brand, a watch brand at a price no genuine one has.
    { text: '假冒的阿迪，鞋底耐磨', spans: ['假冒的阿迪'] },
    { text: '那只包其实是假的，走线挺直', spans: ['假的'] },
    { text: '这个假古驰腰带做工还行', spans: ['假古驰'] },
    { text: '某奢围巾的仿版，手感软', spans: ['仿版'] },
    { text: '山寨耳机音质一般，价格低', spans: ['山寨耳机'] },
    { text: '华强北苹果耳机，降噪可以', spans: ['华强北苹果耳机'] },
    { text: '苹果耳机平替，弹窗和定位都能用', spans: ['弹窗和定位都能用'] },
    { text: '代购版的托特包，到手就能背', spans: ['代购版'] },
    { text: '香奈儿链条包 原厂五金', spans: ['原厂五金'] },
    { text: '代工厂出的，和专柜一样', spans: ['代工厂出的'] },
    { text: '钢印是厂里后期打上去的', spans: ['钢印是厂里后期打上去的'] },
    { text: '鞋标是我们另外缝的，耐克的', spans: ['鞋标是我们另外缝的'] },
    { text: '贴上迪奥的标就能卖', spans: ['贴上迪奥的标'] },
    { text: '欧米茄只要688元包邮', spans: ['欧米茄'] },
    // cf7, second piece (own wording): no box and no receipt beside a brand, the tag cut right before
    // it, a swapped label, a luxury bag priced in words, the sneaker grade in pinyin.
    { text: '无包装无小票的迪奥口红，便宜出', spans: ['无包装无小票'] },
    { text: '剪了标的巴宝莉围巾', spans: ['剪了标的巴宝莉'] },
    { text: '改了标的蔻驰，做工没差', spans: ['改了标的蔻驰'] },
    { text: '迪奥马鞍包，到手价三百', spans: ['迪奥马鞍包'] },
    { text: 'gongsiji的椰子，鞋盒齐全', spans: ['gongsiji'] },
    // Session 7 (meaning8, own wording): a fake without a grade word — not official and then excused
    // by quality, sameness, price or a disclaimer; likened to the genuine edition or the official shop;
    // half or a fraction of the genuine price with a wink; D版 of books and discs; two of the
    // replica trade's grade words together; a brand copied where 官方 is denied.
    { text: '这套手办非官方的，不过涂装很细', spans: ['非官方的'] },
    { text: '不是正版授权，但印刷效果差不多', spans: ['不是正版授权'] },
    { text: '非官方出品，介意慎拍', spans: ['非官方出品'] },
    { text: '这款练习册印得跟正版差不多', spans: ['跟正版差不多'] },
    { text: '和官网卖的没区别，放心拍', spans: ['和官网卖的没区别'] },
    { text: '价格只要正版的一半，懂的直接拍', spans: ['正版的一半'] },
    { text: '这张专辑是d版的，音质还行', spans: ['d版'] },
    { text: '纯原工艺的高配版，细节拉满', spans: ['纯原', '高配版'] },
    { text: '这只是复刻耐克的，没有官方授权', spans: ['复刻'] },
    { text: '这款音箱是山寨的，音效一样', spans: ['山寨的'] },
    // Provenance and price frames (session 8, own wording): the same line or maker as the genuine
    // article, checked against it, unmarked goods tied to it, over-runs and seized goods, the price logic.
    { text: "和大牌是一家代工厂，只是不印标", spans: ["大牌是一家代工厂"] },
    { text: "钢印跟专柜对得上，放心拍", spans: ["钢印跟专柜对得上"] },
    { text: "厂里超产的那批围巾，低价出", spans: ["厂里超产"] },
    { text: "专柜卖四千多，这款只要四百，包型一模一样", spans: ["四千多，这款只要四百"] },
    { text: "真货怎么可能是这个价，您心里有数", spans: ["真货怎么可能是这个价"] },
    { text: "照着那个牌子的纸格打版的风衣", spans: ["照着那个牌子的纸格打版"] },
      // Session 9 (own wording): a graded replica, a decant blended to smell like the original, the
    // genuine article reverse engineered or used as the mould, 1:1 of perfume.
    { text: '顶级rep的手表，表友都认不出', spans: ['顶级rep的'] },
    { text: '大牌香水的分装其实是厂里自己兑的，味道九成像', spans: ['香水的分装其实是厂里自己兑的，味道九成'] },
    { text: '这款耳机是逆向开发的，和原装听不出区别', spans: ['逆向开发的，和原装'] },
    { text: '用专柜货翻模做的耳环，细节到位', spans: ['用专柜货翻模做'] },
    { text: '香水都是1比1还原的', spans: ['1比1'] },
],
});
