package io.omsexception.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The folder of a rule pack, on disk or on the class path, from which the files beside its DRL
 * ({@code codes.properties}, {@code texts_xx.properties}, {@code parameters.properties}) are read
 * as UTF-8. Only the folder itself is read, not the folders below it. Immutable; reads on demand.
 *
 * <p>A folder on the class path that holds an {@value #INDEX} resource is listed by it: one file
 * name of the folder a line (blank lines and lines starting with {@code #} ignored), so that no jar
 * is walked to find the {@code texts_xx.properties} files (a shaded jar holds tens of thousands of
 * entries). The standard packs ship one, checked against the folder by the rules module's tests. A
 * folder without it is listed as before; a folder on disk is always listed from the disk.
 */
public abstract class PackFolder {

    /** The name of a class path pack folder's optional listing of its files. */
    public static final String INDEX = "pack.index";

    private PackFolder() {
    }

    /**
     * @param folder a folder on disk (or in any file system, such as a zip file system)
     * @return the pack folder
     */
    public static PackFolder of(Path folder) {
        return new OnDisk(folder);
    }

    /**
     * @param loader the class loader that holds the resources
     * @param drlResource the resource path of one of the pack's DRL files; the pack's folder is its folder
     * @return the pack folder
     */
    public static PackFolder onClasspath(ClassLoader loader, String drlResource) {
        int slash = drlResource.lastIndexOf('/');
        return new OnClasspath(loader, slash < 0 ? "" : drlResource.substring(0, slash + 1), drlResource);
    }

    /**
     * @param file a file name, for example {@code codes.properties}
     * @return its text, or empty when the folder has no such file
     * @throws UncheckedIOException when it exists but cannot be read
     */
    public abstract Optional<String> read(String file);

    /**
     * @param prefix the start of the names, for example {@code texts_}
     * @param suffix the end of the names, for example {@code .properties}
     * @return the names of the folder's files that start and end so, sorted
     */
    public abstract List<String> list(String prefix, String suffix);

    /**
     * @param file a file name
     * @return how messages name that file of this folder, for example
     *     {@code io/omsexception/rules/payment/codes.properties}
     */
    public abstract String path(String file);

    private static final class OnDisk extends PackFolder {
        private final Path folder;

        OnDisk(Path folder) {
            this.folder = folder;
        }

        @Override
        public Optional<String> read(String file) {
            Path p = folder.resolve(file);
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + p + ": cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public List<String> list(String prefix, String suffix) {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(prefix) && name.endsWith(suffix) && Files.isRegularFile(p)) {
                        names.add(name);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + folder + ": cannot be read: " + e.getMessage(), e);
            }
            names.sort(null);
            return names;
        }

        @Override
        public String path(String file) {
            return folder.resolve(file).toString();
        }
    }

    private static final class OnClasspath extends PackFolder {
        private final ClassLoader loader;
        private final String folder;
        private final String drlResource;

        OnClasspath(ClassLoader loader, String folder, String drlResource) {
            this.loader = loader;
            this.folder = folder;
            this.drlResource = drlResource;
        }

        @Override
        public Optional<String> read(String file) {
            try (InputStream in = loader.getResourceAsStream(folder + file)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("rules " + folder + file + ": cannot be read: " + e.getMessage(), e);
            }
        }

        /**
         * Lists the folder through the URL of the pack's DRL: a directory ({@code file:}) or a jar
         * ({@code jar:}, also nested in a fat jar). Any other kind of URL cannot be listed; then
         * every ISO 639 language code is tried instead, which finds {@code texts_xx.properties}
         * files but not those of a language with a region.
         */
        @Override
        public List<String> list(String prefix, String suffix) {
            Optional<String> index = read(INDEX);
            if (index.isPresent()) {
                return indexed(index.get(), prefix, suffix);
            }
            URL url = loader.getResource(drlResource);
            List<String> names = new ArrayList<>();
            try {
                if (url != null && url.getProtocol().equals("file")) {
                    Path dir = Paths.get(url.toURI()).getParent();
                    return PackFolder.of(dir).list(prefix, suffix);
                }
                if (url != null && url.getProtocol().equals("jar")) {
                    URLConnection connection = url.openConnection();
                    if (connection instanceof JarURLConnection jar) {
                        String entry = jar.getEntryName();
                        String inJar = entry.substring(0, entry.lastIndexOf('/') + 1);
                        for (String name : entries(jar.getJarFile(), prefix, suffix)) {
                            if (name.startsWith(inJar) && name.indexOf('/', inJar.length()) < 0) {
                                names.add(name.substring(inJar.length()));
                            }
                        }
                        names.sort(null);
                        return names;
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // fall back to probing below
                names.clear();
            }
            for (String language : Locale.getISOLanguages()) {
                String name = prefix + language + suffix;
                if (loader.getResource(folder + name) != null) {
                    names.add(name);
                }
            }
            names.sort(null);
            return names;
        }

        @Override
        public String path(String file) {
            return folder + file;
        }

        /** The names of the index that start and end so, sorted; a name with a slash is refused. */
        private List<String> indexed(String index, String prefix, String suffix) {
            List<String> names = new ArrayList<>();
            String[] lines = index.split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String name = lines[i].strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
                    throw new IllegalArgumentException("rules " + path(INDEX) + ": line " + (i + 1) + ": '" + name
                            + "' is not the name of a file of the folder");
                }
                if (name.startsWith(prefix) && name.endsWith(suffix)) {
                    names.add(name);
                }
            }
            names.sort(null);
            return names;
        }

        /**
         * The entries of a jar whose simple name starts and ends so, read once per jar, prefix and
         * suffix: a large jar (a shaded one holds tens of thousands of entries) is walked once,
         * not once per pack. Jars do not change while they are on the class path.
         */
        private static List<String> entries(JarFile file, String prefix, String suffix) {
            return ENTRIES.computeIfAbsent(file.getName() + "!" + prefix + "*" + suffix, k -> {
                List<String> found = new ArrayList<>();
                for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                    String name = e.nextElement().getName();
                    String simple = name.substring(name.lastIndexOf('/') + 1);
                    if (simple.startsWith(prefix) && simple.endsWith(suffix)) {
                        found.add(name);
                    }
                }
                return List.copyOf(found);
            });
        }
    }

    /** By jar, prefix and suffix: the matching entries (see {@code OnClasspath.entries}). */
    private static final ConcurrentMap<String, List<String>> ENTRIES = new ConcurrentHashMap<>();
}
