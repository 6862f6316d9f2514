// Generated from src/lint/lexicon/names/terms.yaml by scripts/gen-terms.mjs (npm run build); do not edit.
export const TERMS = "半永久性染发剂|半永久性染发|永久性染发剂|永久性染发膏|永久性染发霜|半永久化妆|半永久纹眉|半永久纹绣|唯一标识码|唯一识别码|永久性染发|唯一标识|复刻印刷|影印复刻|永久磁体|永久磁铁|特效化妆|特效镜头|电影特效|绝对压力|绝对定位|绝对温度|绝对湿度|绝对误差|绝对路径|绝对零度|视觉特效|顶级域名|半永久|唯一码|复刻本|特效妆|特效师|绝对值";
export const TITLES = "无敌风火轮|最好的我们|王牌对王牌|超级马力欧|最强大脑|最终幻想|极品飞车|极限挑战|王者荣耀|第一滴血|终极一班|超级玛丽|至尊宝";
export const DISHES = "超级至尊披萨|超级至尊比萨|至尊披萨|至尊比萨";
