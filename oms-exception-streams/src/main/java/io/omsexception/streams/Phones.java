package io.omsexception.streams;

/**
 * Phones in the form the engine compares blacklists in: digits only, without a +86/0086 prefix
 * (separators such as spaces, dashes, dots and brackets removed first).
 *
 * <p>Stateless and thread-safe.
 */
final class Phones {
    private Phones() {
    }

    /** @return the normalised phone; null when blank, masked or without digits */
    static String normalise(String phone) {
        if (phone == null || phone.isBlank() || phone.indexOf('*') >= 0) {
            return null;
        }
        StringBuilder compact = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            boolean separator = Character.isWhitespace(c) || c == '-' || c == '.' || c == '(' || c == ')'
                    || c == '（' || c == '）';
            if (!separator) {
                compact.append(c);
            }
        }
        String s = compact.toString();
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.length() == 0 ? null : digits.toString();
    }
}
