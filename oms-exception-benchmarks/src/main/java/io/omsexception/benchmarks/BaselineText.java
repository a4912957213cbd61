package io.omsexception.benchmarks;

import io.omsexception.model.ReferenceData;
import io.omsexception.model.ShippingAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text and phone checks of the hand-coded baseline, written by hand like the rest of it and
 * independent of the engine's derivations in {@code io.omsexception.facts}. Stateless.
 */
final class BaselineText {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()（）]");
    private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern CN_LANDLINE = Pattern.compile("0\\d{2,3}\\d{7,8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+?\\d{7,15}");
    private static final List<String> FAKE_PHRASES = List.of("测试地址", "测试订单", "假地址", "勿发货", "不要发货", "test order",
            "fake address");
    private static final List<String> FAKE_WORDS = List.of("测试", "无效", "不详", "test", "xxx", "asdf");
    private static final List<String> RURAL_MARKERS = List.of("村", "屯", "寨", "嘎查");
    private static final List<String> CITIES_WITHOUT_DISTRICTS = List.of("东莞", "中山", "儋州", "嘉峪关", "仙桃", "潜江", "天门",
            "神农架", "济源", "五指山", "文昌", "琼海", "万宁", "东方", "石河子", "五家渠");
    private static final Pattern EXTENSION = Pattern.compile("(.*\\d)\\s*(-|_|,|，|#|转|(?i:ext)\\.?)\\s*(\\d{1,6})\\s*");
    private static final int REPEATED_CHARACTER_MIN = 4;
    private static final List<String> REMOTE_PROVINCES = List.of("新疆", "西藏", "青海", "内蒙古", "甘肃", "宁夏");

    private BaselineText() {
    }

    static long seconds(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).getSeconds();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static boolean hasDigit(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean remoteRegion(ShippingAddress address) {
        if (address == null || isBlank(address.province())) {
            return false;
        }
        String province = address.province().trim();
        for (String region : REMOTE_PROVINCES) {
            if (province.startsWith(region)) {
                return true;
            }
        }
        return false;
    }

    static boolean findKeyword(String text) {
        if (isBlank(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : FAKE_WORDS) {
            if (text.strip().equalsIgnoreCase(word)) {
                return true;
            }
        }
        for (String keyword : FAKE_PHRASES) {
            boolean latin = keyword.chars().allMatch(c -> c <= 0x7F);
            if (latin ? containsWord(lower, keyword) : lower.contains(keyword)) {
                return true;
            }
        }
        return false;
    }

    static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if ((at == 0 || !isAsciiAlnum(text.charAt(at - 1))) && (end == text.length() || !isAsciiAlnum(text.charAt(end)))) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean isOneCharacterRepeated(String text) {
        if (isBlank(text)) {
            return false;
        }
        int[] cps = text.trim().codePoints().toArray();
        if (cps.length < REPEATED_CHARACTER_MIN) {
            return false;
        }
        for (int cp : cps) {
            if (cp != cps[0]) {
                return false;
            }
        }
        return true;
    }

    static boolean isBlocklisted(String detail, ReferenceData reference) {
        if (isBlank(detail)) {
            return false;
        }
        String trimmed = detail.trim();
        for (String entry : reference.blacklist().addresses()) {
            if (entry.trim().equals(trimmed)) {
                return true;
            }
        }
        return false;
    }

    static String withoutChinaPrefix(String compact) {
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        if (compact.startsWith("0086")) {
            return compact.substring(4);
        }
        return compact;
    }

    static boolean isMasked(String s) {
        return s != null && (s.contains("**") || s.contains("＊＊") || s.contains("*＊") || s.contains("＊*"));
    }

    /** The main number of a CN mobile with an extension, or null when the phone has no extension. */
    static String mainOfExtension(String phone) {
        java.util.regex.Matcher m = EXTENSION.matcher(phone.strip());
        if (!m.matches()) {
            return null;
        }
        boolean mobile = CN_MOBILE.matcher(withoutChinaPrefix(SEPARATORS.matcher(m.group(1)).replaceAll(""))).matches();
        return mobile || !m.group(2).equals("-") ? m.group(1) : null;
    }

    static boolean hasChineseHouseNumber(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
            if ("零〇一二三四五六七八九十百千两".indexOf(c) >= 0 && i + 1 < s.length()
                    && ("号栋幢座楼室弄巷层组".indexOf(s.charAt(i + 1)) >= 0 || s.startsWith("单元", i + 1))) {
                return true;
            }
        }
        return false;
    }

    static boolean isRural(String detail) {
        if (detail == null) {
            return false;
        }
        for (String m : RURAL_MARKERS) {
            if (detail.contains(m)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNoDistricts(String city) {
        if (isBlank(city)) {
            return false;
        }
        for (String c : CITIES_WITHOUT_DISTRICTS) {
            if (city.trim().startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isValidPhone(String phone, boolean china) {
        if (china && mainOfExtension(phone) != null) {
            return CN_MOBILE.matcher(withoutChinaPrefix(SEPARATORS.matcher(mainOfExtension(phone)).replaceAll(""))).matches();
        }
        String compact = SEPARATORS.matcher(phone.trim()).replaceAll("");
        if (china) {
            String national = withoutChinaPrefix(compact);
            return CN_MOBILE.matcher(national).matches() || CN_LANDLINE.matcher(national).matches();
        }
        return INTERNATIONAL.matcher(compact).matches();
    }

    static String normalisePhone(String phone) {
        String compact = withoutChinaPrefix(SEPARATORS.matcher(phone.trim()).replaceAll(""));
        StringBuilder digits = new StringBuilder(compact.length());
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    static boolean isBlacklistedPhone(String phone, ReferenceData reference, boolean china) {
        if (isBlank(phone) || reference.blacklist().phones().isEmpty() || isMasked(phone)
                || (china && mainOfExtension(phone) != null)) {
            return false;
        }
        String normalised = normalisePhone(phone);
        if (normalised.isEmpty()) {
            return false;
        }
        for (String listed : reference.blacklist().phones()) {
            if (!isBlank(listed) && normalised.equals(normalisePhone(listed))) {
                return true;
            }
        }
        return false;
    }
}
