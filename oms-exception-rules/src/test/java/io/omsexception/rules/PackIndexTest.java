package io.omsexception.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Each standard pack's pack.index, which the engine reads instead of walking the jar, names exactly
 * the files of its folder: a file added without the index fails the build here.
 */
class PackIndexTest {
    /** The listing the core reads instead of walking the jar (its {@code PackFolder.INDEX}). */
    private static final String INDEX = "pack.index";
    private static final Path SOURCES = Path.of("src/main/resources/io/omsexception/rules");

    @Test
    void every_standard_pack_index_names_exactly_the_files_of_its_folder() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (String pack : StandardRules.PACKS) {
            soft.assertThat(indexed(pack))
                    .as("io/omsexception/rules/%s/%s (one file name a line: update it to the folder's files)",
                            pack, INDEX)
                    .isEqualTo(filesOf(SOURCES.resolve(pack)));
        }
        soft.assertAll();
    }

    private static List<String> indexed(String pack) throws IOException {
        String resource = "io/omsexception/rules/" + pack + "/" + INDEX;
        try (InputStream in = PackIndexTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> filesOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(INDEX))
                    .sorted()
                    .toList();
        }
    }
}
