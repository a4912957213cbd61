package io.omsexception.testkit;

import io.omsexception.model.RiskLevel;
import io.omsexception.model.ShippingAddress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The products, places and names the sample generator draws from. */
final class Catalog {
    private Catalog() {
    }

    record Product(String sku, String name, BigDecimal price, BigDecimal weightKg, int available, boolean listed,
            RiskLevel risk) {
    }

    static final String[] CHANNELS = {"TMALL", "TMALL", "JD", "JD", "DOUYIN", "PDD", "WECHAT", "OWN_SITE"};
    static final String[] METHODS = {"ALIPAY", "ALIPAY", "WECHAT_PAY", "WECHAT_PAY", "UNIONPAY", "CREDIT_CARD"};
    static final String[] CARRIERS = {"SF", "ZTO", "YTO", "JD", "EMS", "STO"};
    static final String[] HUBS = {"上海转运中心", "广州白云分拨中心", "杭州萧山转运中心", "西安转运中心", "成都双流分拨中心",
        "北京顺义转运中心", "武汉转运中心", "乌鲁木齐转运中心"};

    static final List<Product> REGULAR = List.of(
            p("TEA-001", "西湖龙井 250g", "99.50", "0.25"), p("TEA-002", "安溪铁观音 500g", "128.00", "0.50"),
            p("TEA-003", "云南普洱饼 357g", "168.00", "0.40"), p("TEA-004", "武夷岩茶大红袍 200g", "239.00", "0.30"),
            p("SNK-001", "每日坚果 30 袋", "89.90", "0.75"), p("SNK-002", "手撕牛肉干 500g", "69.90", "0.52"),
            p("SNK-003", "蛋黄酥 12 枚", "39.90", "0.66"), p("SNK-004", "螺蛳粉 5 袋", "45.80", "1.60"),
            p("PHN-001", "手机壳 iPhone 16", "29.90", "0.05"), p("PHN-002", "65W 氮化镓充电器", "119.00", "0.15"),
            p("PHN-003", "蓝牙耳机 Pro", "399.00", "0.12"), p("PHN-004", "移动电源 20000mAh", "149.00", "0.40"),
            p("HOM-001", "纯棉四件套 1.8m", "359.00", "2.40"), p("HOM-002", "乳胶枕 2 只装", "259.00", "1.90"),
            p("HOM-003", "不锈钢保温杯 500ml", "79.00", "0.35"), p("HOM-004", "电热水壶 1.7L", "129.00", "1.30"),
            p("HOM-005", "空气炸锅 5L", "399.00", "4.80"), p("HOM-006", "扫地机器人", "1699.00", "4.20"),
            p("BTY-001", "保湿面霜 50ml", "268.00", "0.20"), p("BTY-002", "防晒霜 SPF50 60ml", "159.00", "0.10"),
            p("BTY-003", "洗发水 750ml", "59.90", "0.85"), p("BTY-004", "电动牙刷", "199.00", "0.30"),
            p("CLO-001", "羽绒服 男款 L", "899.00", "1.10"), p("CLO-002", "羊毛围巾", "199.00", "0.20"),
            p("CLO-003", "运动鞋 42 码", "459.00", "1.00"), p("CLO-004", "加绒卫衣 M", "169.00", "0.60"),
            p("BOK-001", "三体 全集", "93.00", "1.20"), p("BOK-002", "儿童绘本 10 册", "128.00", "1.80"),
            p("TOY-001", "乐高 城市系列", "499.00", "1.20"), p("TOY-002", "遥控车", "189.00", "0.90"),
            p("PET-001", "猫粮 10kg", "329.00", "10.00"), p("PET-002", "猫砂 6L×4", "99.00", "8.00"),
            p("FRT-001", "赣南脐橙 5kg", "59.90", "5.20"), p("FRT-002", "烟台苹果 5kg", "69.90", "5.20"),
            p("MLK-001", "纯牛奶 250ml×24", "65.00", "6.20"), p("WIN-001", "红酒 750ml×2", "298.00", "3.00"));

    static final Product LOW_STOCK = new Product("PHN-009", "限量版手机壳", new BigDecimal("59.00"),
            new BigDecimal("0.05"), 2, true, RiskLevel.NONE);
    static final Product DELISTED = new Product("TEA-099", "停产茶具套装", new BigDecimal("299.00"),
            new BigDecimal("2.00"), 40, false, RiskLevel.NONE);
    static final Product HIGH_RISK = new Product("GFT-001", "电子礼品卡 1000 元", new BigDecimal("1000.00"),
            new BigDecimal("0.00"), 10_000, true, RiskLevel.HIGH);
    static final List<Product> PRODUCTS;

    static {
        List<Product> all = new ArrayList<>(REGULAR);
        all.add(LOW_STOCK);
        all.add(DELISTED);
        all.add(HIGH_RISK);
        all.add(new Product("FRT-009", "车厘子 2kg 预售", new BigDecimal("239.00"), new BigDecimal("2.20"), 0, true,
                RiskLevel.LOW));
        PRODUCTS = List.copyOf(all);
    }

    private static Product p(String sku, String name, String price, String weight) {
        return new Product(sku, name, new BigDecimal(price), new BigDecimal(weight), 100_000, true, RiskLevel.NONE);
    }

    private record Place(String province, String city, String district, String postalCode, String[] streets) {
    }

    private static final Place[] PLACES = {
        new Place("浙江省", "杭州市", "西湖区", "310012", new String[] {"文三路", "教工路", "古墩路"}),
        new Place("广东省", "深圳市", "南山区", "518057", new String[] {"科技园南路", "深南大道", "后海大道"}),
        new Place("广东省", "广州市", "天河区", "510620", new String[] {"天河路", "体育西路", "黄埔大道"}),
        new Place("上海市", "上海市", "浦东新区", "200120", new String[] {"世纪大道", "张杨路", "陆家嘴环路"}),
        new Place("北京市", "北京市", "朝阳区", "100020", new String[] {"建国路", "朝阳门外大街", "望京街"}),
        new Place("江苏省", "南京市", "鼓楼区", "210008", new String[] {"中山路", "湖南路", "汉中路"}),
        new Place("四川省", "成都市", "武侯区", "610041", new String[] {"人民南路", "天府大道", "科华北路"}),
        new Place("湖北省", "武汉市", "洪山区", "430070", new String[] {"珞喻路", "雄楚大道", "光谷大道"}),
        new Place("陕西省", "西安市", "雁塔区", "710061", new String[] {"小寨东路", "长安南路", "科技路"}),
        new Place("山东省", "青岛市", "市南区", "266071", new String[] {"香港中路", "东海西路", "山东路"}),
        new Place("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "830000", new String[] {"解放北路", "新华南路"}),
        new Place("西藏自治区", "拉萨市", "城关区", "850000", new String[] {"北京中路", "金珠西路"}),
        new Place("内蒙古自治区", "呼和浩特市", "新城区", "010050", new String[] {"新华大街", "中山东路"}),
        new Place("青海省", "西宁市", "城中区", "810000", new String[] {"长江路", "南大街"}),
        new Place("河南省", "郑州市", "金水区", "450000", new String[] {"花园路", "金水路"}),
        new Place("福建省", "厦门市", "思明区", "361001", new String[] {"中山路", "湖滨南路"}),
        new Place("广东省", "东莞市", null, "523000", new String[] {"东城大道", "鸿福路"})};

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "晓明", "子涵", "浩然"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "186", "135", "150", "177", "188", "133", "199", "158"};

    private static final String[] NUMERALS = {"一", "二", "三", "五", "八", "十二", "二十六", "八十八", "一百零五"};

    /**
     * @param r the random source
     * @param marketplace whether the order comes from a marketplace, which hands merchants
     *     desensitised values: masked phones ({@code 138****5678}), virtual numbers with an
     *     extension ({@code 13800138000-1234}, {@code 13800138000转1234}), masked recipients
     *     ({@code 张**}) and masked detail lines ({@code 文三路**号})
     * @return a complete Chinese address with a valid or masked contact
     */
    static ShippingAddress chineseAddress(SplittableRandom r, boolean marketplace) {
        Place place = PLACES[r.nextInt(PLACES.length)];
        String surname = SURNAMES[r.nextInt(SURNAMES.length)];
        String name = surname + GIVEN[r.nextInt(GIVEN.length)];
        String mobile = MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + CleanOrders.zeroPadded(r.nextInt(100_000_000), 8);
        int form = r.nextInt(marketplace ? 10 : 4);
        String phone = switch (form) {
            case 0 -> mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
            case 1 -> "+86 " + mobile;
            case 4, 5 -> mobile.substring(0, 3) + "****" + mobile.substring(7);
            case 6 -> mobile + "-" + CleanOrders.zeroPadded(r.nextInt(10_000), 4);
            case 7 -> mobile + "转" + CleanOrders.zeroPadded(r.nextInt(10_000), 4);
            default -> mobile;
        };
        boolean masked = form >= 4 && form <= 7 && r.nextBoolean();
        String street = place.streets()[r.nextInt(place.streets().length)];
        String detail;
        if (masked) {
            detail = street + "**号";
        } else if (r.nextInt(20) == 0) {
            detail = street + NUMERALS[r.nextInt(NUMERALS.length)] + "号";
        } else {
            detail = street + (1 + r.nextInt(300)) + "号" + (r.nextBoolean() ? (1 + r.nextInt(20)) + "栋" + (101 + r.nextInt(2000)) + "室" : "");
        }
        return new ShippingAddress(masked ? surname + "**" : name, phone, "CN", place.province(), place.city(),
                place.district(), detail, place.postalCode());
    }

    private static final String[][] ABROAD = {
        {"US", "CA", "San Francisco", "94105", "Market Street", "+1 415 555 %04d", "Emily Chen"},
        {"US", "NY", "New York", "10001", "W 34th St", "+1 212 555 %04d", "Michael Wang"},
        {"JP", "東京都", "渋谷区", "150-0002", "渋谷2丁目", "+81 3 5555 %04d", "Sato Yuki"},
        {"DE", "Berlin", "Berlin", "10115", "Invalidenstraße", "+49 30 5555%04d", "Lena Schmidt"},
        {"SG", "Singapore", "Singapore", "018956", "Marina Boulevard", "+65 6555 %04d", "Tan Wei Ming"},
        {"GB", "England", "London", "SW1A 1AA", "Baker Street", "+44 20 7555 %04d", "Oliver Brown"}};

    static ShippingAddress internationalAddress(SplittableRandom r) {
        String[] a = ABROAD[r.nextInt(ABROAD.length)];
        return new ShippingAddress(a[6], String.format(a[5], r.nextInt(10_000)), a[0], a[1], a[2], null,
                (1 + r.nextInt(900)) + " " + a[4], a[3]);
    }
}
