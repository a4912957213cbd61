package io.omsexception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps Drools out of the public API: hosts must never need an {@code org.kie} or {@code org.drools} type. */
class PublicApiTest {

    @Test
    void should_expose_no_drools_type_outside_the_internal_package() throws IOException, URISyntaxException {
        Path classes = Path.of(OrderExceptionEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".internal.")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, getClass().getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError(name, e);
                }
                if (!Modifier.isPublic(type.getModifiers())) {
                    continue;
                }
                checked++;
                check(leaks, type.getName() + " extends", type.getGenericSuperclass());
                for (var i : type.getGenericInterfaces()) {
                    check(leaks, type.getName() + " implements", i);
                }
                for (Method m : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                        check(leaks, m.toGenericString(), m.getGenericReturnType());
                        for (var p : m.getGenericParameterTypes()) {
                            check(leaks, m.toGenericString(), p);
                        }
                    }
                }
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (Modifier.isPublic(c.getModifiers())) {
                        for (var p : c.getGenericParameterTypes()) {
                            check(leaks, c.toGenericString(), p);
                        }
                    }
                }
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isPublic(f.getModifiers())) {
                        check(leaks, f.toGenericString(), f.getGenericType());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(leaks).isEmpty();
    }

    private static void check(List<String> leaks, String where, java.lang.reflect.Type type) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        if (name.contains("org.kie.") || name.contains("org.drools.")) {
            leaks.add(where);
        }
    }
}
