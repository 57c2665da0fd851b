/**
 * Word lists for synthetic entries: GI products, brand syllables, trades, parks and the
 * sentences prose is made of. Each item carries its Chinese and English form.
 */

export interface Word {
  zh: string;
  en: string;
}

/** GI products with their category (a key of GI_CATEGORIES) and a typical season. */
export const GI_PRODUCTS: readonly (Word & { category: string; season: Word })[] = [
  {
    zh: '大蒜',
    en: 'Garlic',
    category: 'vegetable',
    season: { zh: '五月至六月', en: 'May to June' },
  },
  { zh: '大米', en: 'Rice', category: 'grain', season: { zh: '十月', en: 'October' } },
  {
    zh: '地瓜',
    en: 'Sweet Potato',
    category: 'vegetable',
    season: { zh: '九月至十一月', en: 'September to November' },
  },
  { zh: '小米', en: 'Millet', category: 'grain', season: { zh: '九月', en: 'September' } },
  {
    zh: '西瓜',
    en: 'Watermelon',
    category: 'fruit',
    season: { zh: '六月至八月', en: 'June to August' },
  },
  { zh: '麻鸭', en: 'Ma Duck', category: 'poultry', season: { zh: '全年', en: 'All year' } },
  {
    zh: '甲鱼',
    en: 'Soft-shelled Turtle',
    category: 'aquatic',
    season: { zh: '八月至十月', en: 'August to October' },
  },
  {
    zh: '大闸蟹',
    en: 'Mitten Crab',
    category: 'aquatic',
    season: { zh: '九月至十一月', en: 'September to November' },
  },
  {
    zh: '莲藕',
    en: 'Lotus Root',
    category: 'vegetable',
    season: { zh: '九月至次年三月', en: 'September to March' },
  },
  { zh: '鲤鱼', en: 'Carp', category: 'aquatic', season: { zh: '全年', en: 'All year' } },
  { zh: '乌鳢', en: 'Snakehead', category: 'aquatic', season: { zh: '全年', en: 'All year' } },
  { zh: '蘑菇', en: 'Mushroom', category: 'fungi', season: { zh: '全年', en: 'All year' } },
  {
    zh: '木耳',
    en: 'Wood Ear',
    category: 'fungi',
    season: { zh: '四月至十月', en: 'April to October' },
  },
  {
    zh: '辣椒',
    en: 'Chilli',
    category: 'vegetable',
    season: { zh: '八月至十月', en: 'August to October' },
  },
  { zh: '大枣', en: 'Jujube', category: 'fruit', season: { zh: '九月', en: 'September' } },
  {
    zh: '山药',
    en: 'Chinese Yam',
    category: 'vegetable',
    season: { zh: '十月至十二月', en: 'October to December' },
  },
  {
    zh: '白菜',
    en: 'Napa Cabbage',
    category: 'vegetable',
    season: { zh: '十一月', en: 'November' },
  },
  { zh: '黄牛', en: 'Cattle', category: 'livestock', season: { zh: '全年', en: 'All year' } },
  { zh: '青山羊', en: 'Green Goat', category: 'livestock', season: { zh: '全年', en: 'All year' } },
  { zh: '黑猪', en: 'Black Pig', category: 'livestock', season: { zh: '全年', en: 'All year' } },
  {
    zh: '芦花鸡',
    en: 'Luhua Chicken',
    category: 'poultry',
    season: { zh: '全年', en: 'All year' },
  },
  { zh: '核桃', en: 'Walnut', category: 'fruit', season: { zh: '九月', en: 'September' } },
  {
    zh: '板栗',
    en: 'Chestnut',
    category: 'fruit',
    season: { zh: '九月至十月', en: 'September to October' },
  },
  { zh: '苹果', en: 'Apple', category: 'fruit', season: { zh: '十月', en: 'October' } },
  {
    zh: '梨',
    en: 'Pear',
    category: 'fruit',
    season: { zh: '八月至九月', en: 'August to September' },
  },
  {
    zh: '草莓',
    en: 'Strawberry',
    category: 'fruit',
    season: { zh: '十二月至次年四月', en: 'December to April' },
  },
  { zh: '葡萄', en: 'Grape', category: 'fruit', season: { zh: '八月', en: 'August' } },
  { zh: '樱桃', en: 'Cherry', category: 'fruit', season: { zh: '五月', en: 'May' } },
  { zh: '绿豆', en: 'Mung Bean', category: 'grain', season: { zh: '八月', en: 'August' } },
  { zh: '小麦', en: 'Wheat', category: 'grain', season: { zh: '六月', en: 'June' } },
  { zh: '花生', en: 'Peanut', category: 'grain', season: { zh: '九月', en: 'September' } },
  {
    zh: '金银花',
    en: 'Honeysuckle',
    category: 'plant-material',
    season: { zh: '五月至六月', en: 'May to June' },
  },
  { zh: '香椿', en: 'Toona Sprouts', category: 'vegetable', season: { zh: '四月', en: 'April' } },
  { zh: '芡实', en: 'Gorgon Nut', category: 'aquatic', season: { zh: '九月', en: 'September' } },
  {
    zh: '熏豆腐',
    en: 'Smoked Tofu',
    category: 'processed-food',
    season: { zh: '全年', en: 'All year' },
  },
  { zh: '煎饼', en: 'Pancake', category: 'processed-food', season: { zh: '全年', en: 'All year' } },
  { zh: '酱菜', en: 'Pickles', category: 'processed-food', season: { zh: '全年', en: 'All year' } },
  {
    zh: '楷木雕',
    en: 'Pistachio-wood Carving',
    category: 'craft',
    season: { zh: '全年', en: 'All year' },
  },
  { zh: '石雕', en: 'Stone Carving', category: 'craft', season: { zh: '全年', en: 'All year' } },
  { zh: '桑皮纸', en: 'Mulberry Paper', category: 'craft', season: { zh: '全年', en: 'All year' } },
];

/** Words that tell one GI of a product from another: a colour, a place, a variety. */
export const GI_QUALIFIERS: readonly Word[] = [
  { zh: '', en: '' },
  { zh: '红心', en: 'Hongxin' },
  { zh: '白皮', en: 'Baipi' },
  { zh: '紫皮', en: 'Zipi' },
  { zh: '黄金', en: 'Huangjin' },
  { zh: '富硒', en: 'Selenium-rich' },
  { zh: '湖区', en: 'Lakeside' },
  { zh: '山地', en: 'Upland' },
  { zh: '东山', en: 'Dongshan' },
  { zh: '西河', en: 'Xihe' },
  { zh: '南阳湖', en: 'Nanyang Lake' },
  { zh: '独山湖', en: 'Dushan Lake' },
  { zh: '昭阳湖', en: 'Zhaoyang Lake' },
  { zh: '尼山', en: 'Nishan' },
  { zh: '泗河', en: 'Si River' },
  { zh: '洸河', en: 'Guang River' },
  { zh: '运河', en: 'Grand Canal' },
  { zh: '古城', en: 'Old Town' },
  { zh: '老树', en: 'Old-tree' },
  { zh: '小粒', en: 'Small-grain' },
];

/** Syllables that brand names are made of. */
export const BRAND_SYLLABLES: readonly string[] = [
  ...'金泰华鲁圣源康丰瑞龙凤祥和德信宏恒正阳光明润佳宝嘉孔孟运河微湖岱泗洙尼山兖邹梁汶菱玉堂如意辰欣晨鑫盛兴达通远安福星海天新东方一品汇联创力远航中科美'.split(
    '',
  ),
];

/** What an enterprise of a sector makes or does, and the Nice classes its marks fall in. */
export const TRADES: Record<string, { product: Word; nice: number[] }> = {
  energy: { product: { zh: '煤炭', en: 'coal' }, nice: [4] },
  machinery: { product: { zh: '工程机械', en: 'construction machinery' }, nice: [7, 12] },
  pharmaceuticals: { product: { zh: '中成药', en: 'traditional Chinese medicines' }, nice: [5] },
  chemicals: { product: { zh: '化工原料', en: 'chemicals' }, nice: [1] },
  food: { product: { zh: '调味品', en: 'condiments' }, nice: [29, 30] },
  textiles: { product: { zh: '纺织面料', en: 'textile fabrics' }, nice: [23, 24, 25] },
  'new-materials': { product: { zh: '碳素材料', en: 'carbon materials' }, nice: [1, 17] },
  'new-energy': { product: { zh: '光伏组件', en: 'solar modules' }, nice: [9] },
  'electronics-it': { product: { zh: '电子元器件', en: 'electronic components' }, nice: [9] },
  'featured-agriculture': { product: { zh: '特色农产品', en: 'farm produce' }, nice: [29, 31] },
  'culture-tourism': { product: { zh: '文化旅游服务', en: 'cultural tourism' }, nice: [39, 41] },
  catering: { product: { zh: '餐饮服务', en: 'restaurants' }, nice: [43] },
  logistics: { product: { zh: '物流服务', en: 'logistics' }, nice: [39] },
  'home-building-materials': { product: { zh: '建筑材料', en: 'building materials' }, nice: [19] },
};

/** Words for the kind of company, after the brand: 机械 / Machinery. */
export const COMPANY_KINDS: readonly Word[] = [
  { zh: '集团有限公司', en: 'Group Co., Ltd.' },
  { zh: '股份有限公司', en: 'Co., Ltd.' },
  { zh: '有限公司', en: 'Co., Ltd.' },
  { zh: '实业有限公司', en: 'Industrial Co., Ltd.' },
];

/** Industrial parks that guidance stations serve, after the county's short name. */
export const PARKS: readonly Word[] = [
  { zh: '经济开发区', en: 'Economic Development Zone' },
  { zh: '高新技术产业园', en: 'High-tech Industrial Park' },
  { zh: '化工产业园', en: 'Chemical Industry Park' },
  { zh: '食品产业园', en: 'Food Industry Park' },
  { zh: '农业科技园', en: 'Agricultural Science Park' },
  { zh: '物流园', en: 'Logistics Park' },
  { zh: '电子商务产业园', en: 'E-commerce Park' },
  { zh: '文化创意产业园', en: 'Creative Industries Park' },
];

export const STATION_SERVICES: readonly Word[] = [
  { zh: '商标注册咨询', en: 'Trademark registration advice' },
  { zh: '商标品牌培育指导', en: 'Brand-building guidance' },
  { zh: '地理标志申请指导', en: 'Help with GI applications' },
  { zh: '商标侵权维权援助', en: 'Help against trademark infringement' },
  { zh: '马德里国际注册指导', en: 'Guidance on Madrid international registration' },
  { zh: '商标质押融资对接', en: 'Trademark-backed loans' },
  { zh: '品牌价值评估咨询', en: 'Brand valuation advice' },
];

export const REGIONAL_BRAND_WORDS: readonly Word[] = [
  { zh: '好品', en: 'Good Products' },
  { zh: '优选', en: 'Select' },
  { zh: '礼物', en: 'Gifts' },
  { zh: '农品', en: 'Farm Produce' },
  { zh: '臻品', en: 'Finest' },
  { zh: '味道', en: 'Flavours' },
  { zh: '田园', en: 'Fields' },
  { zh: '湖鲜', en: 'Lake Harvest' },
];

/** Fact labels for enterprises, with how to write a random value for each. */
export const ENTERPRISE_FACT_LABELS: readonly Word[] = [
  { zh: '成立时间', en: 'Founded' },
  { zh: '员工人数', en: 'Employees' },
  { zh: '主要产品', en: 'Main products' },
  { zh: '年销售额', en: 'Annual sales' },
  { zh: '出口市场', en: 'Export markets' },
];

export const EXPORT_MARKETS: readonly Word[] = [
  { zh: '日本', en: 'Japan' },
  { zh: '韩国', en: 'South Korea' },
  { zh: '东南亚', en: 'Southeast Asia' },
  { zh: '欧盟', en: 'the European Union' },
  { zh: '中东', en: 'the Middle East' },
  { zh: '北美', en: 'North America' },
];

/** Chinese prose: sentences with {name}, {county}, {product}, {year} slots. */
export const ZH_SENTENCES: readonly string[] = [
  '{name}产自{county}，是当地群众熟悉的品牌。',
  '据地方志记载，{county}种植和加工{product}的历史可以追溯到明清时期，当地至今保留着许多传统工艺。',
  '{year}年，{name}在济宁市商标品牌推进工作中被列为重点培育对象，相关部门在注册、宣传和保护方面给予了支持。',
  '近年来，{name}坚持“品牌引领、质量为本”的发展思路，不断完善生产标准，产品质量稳定。',
  '每年“4·26”世界知识产权日和“5·10”中国品牌日前后，{county}都会组织宣传活动，{name}是其中的重点展示品牌之一。',
  '{name}的产品主要销往省内外大中城市，部分产品通过电商平台进入全国市场。',
  '当地把{name}与乡村振兴结合起来，带动了周边农户和中小企业共同发展。',
  '{county}地处鲁西南，气候温和，四季分明，为{product}的生产提供了良好的自然条件。',
  '为了保护{name}的品牌声誉，当地市场监管部门加强了对假冒商标的查处，并建立了使用许可管理制度。',
  '{name}在包装、标识和宣传方面统一了视觉形象，提高了消费者的辨识度。',
  '据介绍，{name}的年产值逐年增长，已经成为{county}的一张名片。',
  '本条目为示例内容，用于测试展厅在大量条目下的构建与检索性能，文中的数字和日期不代表真实情况。',
];

/** English prose: the same kinds of sentence. */
export const EN_SENTENCES: readonly string[] = [
  '{name} comes from {county} and is a brand that people there know well.',
  'Local records say that {county} has grown and processed {product} since the Ming and Qing dynasties, and many traditional methods are still in use.',
  'In {year} {name} was named one of the brands to be supported under the city’s trademark-brand programme, with help for registration, publicity and protection.',
  'In recent years {name} has worked to a rule of “brand first, quality as the base”, tightening its production standards so that quality stays steady.',
  'Around World Intellectual Property Day on 26 April and China Brand Day on 10 May, {county} holds publicity events, and {name} is among the brands on show.',
  'Its products are sold mainly in large and medium cities in and beyond Shandong, and some reach the whole country through online shops.',
  'The county links {name} to rural revitalisation, and it has brought work to nearby farms and small firms.',
  '{county} lies in south-western Shandong, with a mild climate and four clear seasons that suit the production of {product}.',
  'To protect the reputation of {name}, the local market regulator has stepped up action against counterfeit marks and set up a licensing scheme for its use.',
  '{name} uses one visual identity on its packaging, labels and publicity, which makes it easier for buyers to recognise.',
  'The value of its yearly output is said to grow year by year, and it has become one of the things {county} is known for.',
  'This entry is sample content for testing how the hall builds and searches with many entries; its figures and dates describe nothing real.',
];

export const NEWS_TOPICS: readonly { zh: string; en: string }[] = [
  {
    zh: '{county}开展“4·26”知识产权宣传周活动',
    en: '{county} holds its World IP Day publicity week',
  },
  { zh: '{county}举办“5·10”中国品牌日主题活动', en: '{county} marks China Brand Day' },
  { zh: '{name}获认定为中国驰名商标', en: '{name} recognised as a China Well-known Trademark' },
  { zh: '{name}获批地理标志证明商标', en: '{name} registered as a GI certification mark' },
  {
    zh: '{county}商标品牌指导站揭牌成立',
    en: 'A trademark-brand guidance station opens in {county}',
  },
  {
    zh: '{name}亮相济宁商标品牌展示活动',
    en: '{name} shown at a Jining trademark-brand exhibition',
  },
  {
    zh: '{county}召开商标品牌工作推进会',
    en: '{county} holds a meeting on its trademark-brand work',
  },
];
