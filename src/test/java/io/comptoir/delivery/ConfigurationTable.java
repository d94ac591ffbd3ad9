package io.comptoir.delivery;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables Comptoir reads: as {@code docs/configuration.md} documents them, and as its config mappings
 * define them.
 */
final class ConfigurationTable {

    private static final Pattern ROW = Pattern.compile("^\\| `[^`]+` \\| `([A-Z0-9_]+)` \\|");

    private ConfigurationTable() {}

    /** The second column of the configuration table, the one table of {@code docs/configuration.md}. */
    static Set<String> environmentVariables(Path configurationDoc) throws IOException {
        Set<String> variables = new TreeSet<>();
        for (String line : Files.readAllLines(configurationDoc)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                variables.add(row.group(1));
            }
        }
        return variables;
    }

    /** Every property of every {@code @ConfigMapping} interface of Comptoir, as environment variable. */
    static Set<String> mappedEnvironmentVariables() {
        Set<String> variables = new TreeSet<>();
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.comptoir").stream()
                        .filter(c -> c.isAnnotatedWith(ConfigMapping.class))
                        .map(JavaClass::reflect)
                        .forEach(type -> collect(
                                type, type.getAnnotation(ConfigMapping.class).prefix(), variables));
        return variables;
    }

    private static void collect(Class<?> mapping, String prefix, Set<String> variables) {
        for (Method method : mapping.getMethods()) {
            if (method.getParameterCount() != 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            WithName name = method.getAnnotation(WithName.class);
            String property = prefix + "." + (name != null ? name.value() : kebab(method.getName()));
            Class<?> type = method.getReturnType();
            if (type.isInterface()
                    && type.getDeclaringClass() != null
                    && !type.getName().startsWith("java.")) {
                collect(type, property, variables);
            } else {
                variables.add(property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            }
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
