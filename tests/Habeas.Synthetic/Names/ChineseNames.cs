namespace Habeas.Synthetic.Names;

/// <summary>Chinese names in Hanyu Pinyin, surnames most frequent first; the variants table holds other romanisations.</summary>
internal static class ChineseNames
{
    public const string Surnames = """
        Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou,
        Xu, Sun, Ma, Zhu, Hu, Guo, He, Lin, Gao, Luo,
        Zheng, Liang, Xie, Song, Tang, Han, Feng, Deng, Cao, Peng,
        Zeng, Xiao, Tian, Dong, Pan, Yuan, Cai, Jiang, Yu, Du,
        Ye, Cheng, Wei, Su, Lu, Ding, Ren, Shen, Yao, Lü
        """;

    public const string MaleGiven = """
        Wei, Jie, Lei, Tao, Bo, Hao, Ming, Qiang, Jun, Yong,
        Jian, Gang, Peng, Hui, Chao, Xin, Yang, Bin, Jianguo, Xiaoming,
        Zhiwei, Haitao, Jianhua, Wenjie, Zhiqiang, Junjie, Yuxuan, Haoran, Zihao, Yifan,
        Jiahao, Tianyu, Mingyu, Jianjun, Guoqiang
        """;

    public const string FemaleGiven = """
        Fang, Jing, Li, Min, Ying, Yan, Hong, Xia, Lan, Mei,
        Na, Ting, Xiaoyan, Lihua, Yuqing, Xinyi, Yutong, Jiayi, Meiling, Xiaohong,
        Shuang, Qian, Yue, Hui, Lijuan, Xiuying, Guiying, Yumei, Jing'an, Ling
        """;
}
