package io.omsexception.channels;

import io.omsexception.model.InvalidFieldException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The checks of an endpoint a host gives, and the encoding of query values. */
final class Endpoints {
    private Endpoints() {
    }

    /** An absolute http or https address with a host and without a query or fragment. */
    static URI base(URI value, String name) {
        Settings.required(value, name);
        String scheme = value.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))
                || value.getHost() == null) {
            throw new InvalidFieldException(name, "must be an http or https address with a host but was " + value);
        }
        if (value.getRawQuery() != null || value.getRawFragment() != null || value.getRawUserInfo() != null) {
            throw new InvalidFieldException(name, "must have no query, fragment or user info: give the key on its own");
        }
        return value;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The address without its query, for toString. */
    static String shown(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
