package io.omsexception.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The recipients a host's function names for a notification: blanks and masked values dropped. */
final class Recipients {
    private Recipients() {
    }

    /**
     * @return the distinct recipients, in the host's order, without blanks and masked values
     *     ({@code 138****5678}: unknown, so nobody to send to); empty when the function is null or
     *     returns null
     */
    static <N> List<String> of(Function<N, List<String>> function, N notification) {
        if (function == null) {
            return List.of();
        }
        List<String> given = function.apply(notification);
        if (given == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(given.size());
        for (String r : given) {
            if (r != null && !r.isBlank() && r.indexOf('*') < 0 && !out.contains(r.strip())) {
                out.add(r.strip());
            }
        }
        return out;
    }
}
