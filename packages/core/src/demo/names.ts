// Name pools for the fictional demo data. Surname weights follow the usual frequency order with a Sichuan
// flavour (何, 罗, 曾, 邓 ranked higher; 苟, 母, 敬, 冉 regional). Every person is fictional.
import type { Gender } from '../org/types';
import type { Random } from '../shared/random';
import { weightedPick, type Weighted } from './sampling';

// Surname + weight (relative frequency), space-separated to keep the list compact.
const SURNAMES: Weighted<string> = parseWeighted(
  '李7.5 王7 张6 刘5.5 陈5 杨4 黄2.5 赵2.2 吴2 周2 何2 罗2 胡1.5 邓1.5 徐1.4 唐1.3 曾1.3 孙1.2 马1.2 ' +
    '朱1.2 谢1.2 彭1.1 郭1 高1 蒋1 冯0.9 肖0.9 林0.8 郑0.8 梁0.8 袁0.8 余0.8 杜0.7 谭0.7 廖0.7 宋0.6 ' +
    '田0.6 任0.6 付0.6 许0.5 韩0.5 曹0.5 董0.5 程0.5 钟0.5 雷0.5 文0.5 潘0.4 蔡0.4 叶0.4 苏0.4 魏0.4 ' +
    '丁0.4 卢0.4 龚0.4 熊0.4 吕0.3 姚0.3 苟0.3 向0.3 蒲0.3 严0.3 侯0.3 邹0.3 汪0.3 陶0.3 贺0.3 毛0.3 ' +
    '范0.3 石0.3 母0.2 敬0.2 冉0.2 游0.2 黎0.2',
);

const MIDDLE = '晓小建志文春海俊思雨佳德永玉国子明家天红秋春宏立金兴';
const FEMALE = '静丽敏燕娟艳霞琴芳玲婷雪梅萍莉红佳欣怡慧颖倩雯琳洁蓉英秀玉丹兰淑婉月';
const MALE = '伟强军勇杰涛明刚平辉建国华林斌波鹏宇浩俊峰超磊洪志学成德海兵东永祥川云帅毅亮飞';

function words(text: string): string[] {
  return text.split(' ').filter((w) => w.length > 0);
}

function parseWeighted(text: string): Weighted<string> {
  return words(text).map((w) => [w.charAt(0), Number(w.slice(1))] as const);
}

function charAt(rng: Random, chars: string): string {
  return chars.charAt(Math.floor(rng.next() * chars.length));
}

/** Surname + one or two given-name characters. */
export function personName(rng: Random, gender: Gender): string {
  const surname = weightedPick(rng, SURNAMES);
  const last = charAt(rng, gender === 'female' ? FEMALE : MALE);
  return rng.chance(0.3) ? surname + last : surname + charAt(rng, MIDDLE) + last;
}

/** Township names (乡镇) of the kind found across Sichuan's hill counties. */
export const TOWNSHIP_NAMES: readonly string[] = words(
  '青莲镇 太白镇 龙凤镇 双河镇 石马镇 白鹤镇 新安镇 永兴镇 观音镇 金峰镇 桂花乡 柏林镇 清溪镇 高峰乡 ' +
    '三合镇 福田镇 长乐镇 马鞍乡 凤凰镇 天宝镇 安乐镇 黄土镇 石桥镇 兴隆镇 太平镇 永安镇 和平乡 东山镇 ' +
    '龙泉镇 玉河镇 青山乡 红岩乡 古城镇 宝峰乡 大坪乡 罗汉镇 回龙镇 复兴镇 乐安镇 金鸡乡 白马乡 五里镇 ' +
    '义和乡 双龙镇',
);

/** The county seat's town (城区), where the urban schools are. */
export const SEAT_NAMES: readonly string[] = words('城关镇 城厢镇 凤城镇 锦屏镇 龙城镇 文昌镇');

export const VILLAGE_NAMES: readonly string[] = words(
  '红岩村 石板村 白果村 柳树村 黄桷村 青杠村 大林村 新华村 五星村 光明村 桥沟村 李家沟村 张家坝村 ' +
    '水井村 龙洞村 团结村 胜利村 先锋村 金星村 高桥村 松林村 竹园村 田坝村 白岩村 马家湾村 茶园村 杨柳村 ' +
    '梨园村 观山村 河坝村',
);

/** Former townships merged away (撤并乡镇) whose old school lives on as a nine-year school. */
export const FORMER_TOWNSHIP_NAMES: readonly string[] = words(
  '六合 金光 永胜 柏杨 双凤 小溪 太和 石龙 福寿 百顺 仁和 长滩 铁炉 平安',
);

/** Private-school names (民办), one per county. */
export const PRIVATE_SCHOOL_NAMES: readonly string[] = words('博雅外国语学校 英才实验学校 育才学校 明德学校');

const PLACE_FIRST =
  '安宝苍长崇大丹德峨富广汉合华会剑金锦井乐雷隆泸马茂蒙米名南宁蓬平屏普青渠仁荣三射什石松天通万旺威武西喜仙兴叙宣盐营永雨岳越昭中资';
const PLACE_SECOND = '安昌城川道定都丰福阜江井康陵流梅宁平屏坪泉山水台潭溪阳源州竹';

/** A two-character place name not in `used` (the caller keeps `used` so names stay unique). */
export function placeName(rng: Random, used: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const first = charAt(rng, PLACE_FIRST);
    const second = charAt(rng, PLACE_SECOND);
    const name = first + second;
    if (first !== second && !used.has(name)) {
      used.add(name);
      return name;
    }
  }
  throw new Error('ran out of place names');
}
