package org.regionalhealth.demo.district;

import java.util.SplittableRandom;

/**
 * Common Chinese names, weighted the way a Zhejiang district's population looks: the national top surnames plus those
 * frequent in Xiaoshan (俞, 楼, 倪, 来, 韩, 孔), given names that differ by generation and sex.
 */
final class ChineseNameGenerator {

    /** Surname and relative weight (national ranks from the 2020 census, Xiaoshan's local surnames raised). */
    private static final String[] SURNAMES =
            ("王18 李17 张16 陈22 刘10 杨8 黄7 吴8 周7 徐9 孙5 胡6 朱6 高4 林5 何4 郭3 马3 罗3 梁3 宋3 郑4 谢3 韩4 "
                            + "唐3 冯2 于2 董3 程2 曹2 袁2 邓2 许3 傅3 沈6 曾2 彭2 吕2 苏2 卢2 蒋3 蔡3 贾1 丁2 魏2 薛1 叶3 余2 "
                            + "潘2 杜2 戴2 夏2 钟2 汪3 田1 任2 姜1 范1 方3 石1 姚2 谭1 廖1 邹1 金3 陆3 孔3 白1 崔1 毛2 邱1 秦1 江2 "
                            + "史1 顾2 侯1 邵2 孟1 章2 钱2 汤2 俞5 楼4 倪3 来2 单1 屠1 赵6 施2 葛1 瞿1 华1")
                    .split(" ");

    private static final String[] MALE_OLD = "建国 国庆 建华 建平 志强 国华 德明 水根 金土 阿毛 炳炎 海根 伟民 永祥 福根 荣华 长林 兴法".split(" ");
    private static final String[] FEMALE_OLD = "秀英 桂英 美珍 月娥 秀珍 玉兰 凤英 菊芬 杏娟 阿娟 金花 雪琴 素芬 彩英 莲娣 小妹".split(" ");
    private static final String[] MALE_MID = "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 晓东 建军 海峰 国平 立新 志刚".split(" ");
    private static final String[] FEMALE_MID = "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 红 萍 琳 颖 慧 丹 晓燕 丽萍 春燕 海燕 雅琴 玉芳".split(" ");
    private static final String[] MALE_YOUNG = "浩然 宇轩 子轩 俊杰 浩宇 梓豪 一鸣 天佑 睿 诚 皓轩 博文 子墨 宇航 嘉豪 铭泽 承泽 奕辰".split(" ");
    private static final String[] FEMALE_YOUNG = "子涵 欣怡 梓涵 诗涵 一诺 雨桐 可馨 思彤 语嫣 若曦 佳怡 梦瑶 紫萱 欣妍 雨萱 依诺 芷若 安琪".split(" ");

    private static final String[] SURNAME_VALUES;
    private static final int[] CUMULATIVE;

    static {
        SURNAME_VALUES = new String[SURNAMES.length];
        CUMULATIVE = new int[SURNAMES.length];
        int total = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            SURNAME_VALUES[i] = SURNAMES[i].substring(0, 1);
            total += Integer.parseInt(SURNAMES[i].substring(1));
            CUMULATIVE[i] = total;
        }
    }

    private ChineseNameGenerator() {}

    static String name(SplittableRandom random, boolean male, int birthYear) {
        String surname = surname(random);
        String[] pool;
        if (birthYear < 1965) {
            pool = male ? MALE_OLD : FEMALE_OLD;
        } else if (birthYear < 2000) {
            pool = male ? MALE_MID : FEMALE_MID;
        } else {
            pool = male ? MALE_YOUNG : FEMALE_YOUNG;
        }
        return surname + pool[random.nextInt(pool.length)];
    }

    private static String surname(SplittableRandom random) {
        return SURNAME_VALUES[Weighted.index(random, CUMULATIVE)];
    }
}
