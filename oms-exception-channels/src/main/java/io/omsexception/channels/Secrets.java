package io.omsexception.channels;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The secrets of one channel, blanked out of every problem it reports or logs. Immutable. */
final class Secrets {
    static final String MASK = "***";
    private final List<String> values;

    Secrets(String... secrets) {
        List<String> v = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && !s.isEmpty()) {
                v.add(s);
                String encoded = URLEncoder.encode(s, StandardCharsets.UTF_8);
                if (!encoded.equals(s)) {
                    v.add(encoded);
                }
            }
        }
        v.sort((a, b) -> b.length() - a.length());
        this.values = List.copyOf(v);
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String t = text;
        for (String s : values) {
            t = t.replace(s, MASK);
        }
        return t;
    }
}
