package io.omsexception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a pack folder on the class path: by its pack.index when it has one, else by walking the jar. */
class PackFolderTest {
    private static final String DRL = "shop/rules/shop.drl";

    @TempDir
    Path dir;

    @Test
    void a_folder_listed_by_its_index_names_the_same_files_as_the_walk_of_its_jar() throws IOException {
        Map<String, String> files = packFiles();
        Map<String, String> indexed = new LinkedHashMap<>(files);
        indexed.put("shop/rules/" + PackFolder.INDEX,
                "# the folder's files\nshop.drl\ncodes.properties\n\ntexts_zh.properties\ntexts_en.properties\n"
                        + "texts_zh_TW.properties\n");

        try (URLClassLoader walked = loader("walked.jar", files); URLClassLoader byIndex = loader("indexed.jar", indexed)) {
            assertThat(PackFolder.onClasspath(walked, DRL).list("texts_", ".properties"))
                    .containsExactly("texts_en.properties", "texts_zh.properties", "texts_zh_TW.properties");
            assertThat(PackFolder.onClasspath(byIndex, DRL).list("texts_", ".properties"))
                    .isEqualTo(PackFolder.onClasspath(walked, DRL).list("texts_", ".properties"));
        }
    }

    @Test
    void the_index_alone_decides_what_a_listing_finds_and_a_folder_without_one_is_walked() throws IOException {
        Map<String, String> files = packFiles();
        files.put("shop/rules/" + PackFolder.INDEX, "shop.drl\ncodes.properties\ntexts_zh.properties\n");

        try (URLClassLoader loader = loader("stale.jar", files)) {
            assertThat(PackFolder.onClasspath(loader, DRL).list("texts_", ".properties"))
                    .containsExactly("texts_zh.properties");
            assertThat(PackFolder.onClasspath(loader, "shop/other/other.drl").list("texts_", ".properties"))
                    .containsExactly("texts_fr.properties");
        }
    }

    @Test
    void should_refuse_an_index_line_that_names_a_file_of_another_folder() throws IOException {
        Map<String, String> files = packFiles();
        files.put("shop/rules/" + PackFolder.INDEX, "shop.drl\n../other/texts_fr.properties\n");

        try (URLClassLoader loader = loader("bad.jar", files)) {
            assertThatThrownBy(() -> PackFolder.onClasspath(loader, DRL).list("texts_", ".properties"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("rules shop/rules/pack.index: line 2: '../other/texts_fr.properties' is not the name"
                            + " of a file of the folder");
        }
    }

    private static Map<String, String> packFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(DRL, "package shop.rules;\n");
        files.put("shop/rules/codes.properties", "");
        files.put("shop/rules/texts_zh.properties", "");
        files.put("shop/rules/texts_en.properties", "");
        files.put("shop/rules/texts_zh_TW.properties", "");
        files.put("shop/rules/below/texts_de.properties", "");
        files.put("shop/other/other.drl", "package shop.other;\n");
        files.put("shop/other/texts_fr.properties", "");
        return files;
    }

    private URLClassLoader loader(String jarName, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new JarEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    }
}
