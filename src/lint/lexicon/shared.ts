// Context classes the content rules share. Each is a class of phrasing, not a list of sentences.

/** Right before a match: the sentence says NOT to do it (请勿私下交易, 本店不加微信, 没有开淘宝店).
 *  别 inside a word (识别, 区别) and 要不 (= "how about") are no negation. */
export const NEGATED_BEFORE =
  /(?:(?<!要)不|没有?|未|勿|(?<![识区告分离特级类派性个])别|禁止|谨防|拒绝|严禁|切勿|请勿|无法|不能|不会|不可以?|不支持|不提供|不接受|从不|绝不|防止|警惕|小心)(?:要|能|会|可以|支持|提供|接受|让|叫|要求|劝|引导|私自|随意|在|开|开设|建|拉|组|入驻|走|上|用|加|添加|通过|进行|和|与|跟|向|买家|您|你|任何|其他|私下|私自|私人|个人|线下|站外|去|到)*$/;

/** Before a number: the buyer reads it in the app (order, tracking, model, standard numbers). */
export const READ_IN_APP_BEFORE =
  /(?:订单|单号|物流|快递|收货|收件|运单|编号|型号|货号|批号|条码|条形码|批次|追踪|发票|税号|邮编|标准|sku|款号|证号|许可|注册|身份证|卡号|序列号|sn|imei|商品id|商品编码|id)[^,.!?;。]*$/;
