package io.omsexception.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.conf.LanguageLevelOption;

/** The six standard DRL files as the provider loads them, and their parse trees. */
final class DrlSources {
    private DrlSources() {
    }

    /** One standard pack file: its folder name (= category, lower case), class path resource and text. */
    record Source(String pack, String resource, String text) {
    }

    static List<Source> standard() {
        List<Source> sources = new ArrayList<>();
        for (String pack : StandardRules.PACKS) {
            String resource = "io/omsexception/rules/" + pack + "/" + pack + ".drl";
            try (InputStream in = DrlSources.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the class path");
                }
                sources.add(new Source(pack, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** A parse at one language level: the tree and the parser's errors. */
    record Parsed(PackageDescr descr, List<String> errors) {
    }

    static Parsed parse(String drl, LanguageLevelOption level) {
        DrlParser parser = new DrlParser(level);
        try {
            PackageDescr descr = parser.parse(false, drl);
            return new Parsed(descr, parser.getErrors().stream().map(Object::toString).toList());
        } catch (DroolsParserException e) {
            return new Parsed(null, List.of(e.toString()));
        }
    }
}
