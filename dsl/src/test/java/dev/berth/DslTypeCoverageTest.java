package dev.berth;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds the public types of the {@code dsl} module by reading its class files, so that a new DSL type cannot be
 * forgotten: each type with a {@code toBuilder()} needs a case in {@link RoundTripCases#builderCases()}, each
 * public record without builder sample values in {@link RoundTripCases#values()}, and each builder a
 * {@code toBuilder()}; and the module exports every package with public types.
 */
class DslTypeCoverageTest {

    private static List<Class<?>> publicTypes;
    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readClassFiles() throws IOException, URISyntaxException {
        URI location = Application.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            read(path);
        } else {
            try (FileSystem jar = FileSystems.newFileSystem(path)) {
                read(jar.getPath("/"));
            }
        }
        assertThat(publicTypes).as("public types found under " + path).contains(Application.class);
    }

    private static void read(Path root) throws IOException {
        publicTypes = publicTypesUnder(root);
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
    }

    private static List<Class<?>> publicTypesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class")
                            && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(DslTypeCoverageTest::load)
                    .filter(DslTypeCoverageTest::isPublic)
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DslTypeCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Public, and so are all the types it is nested in. */
    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasToBuilder(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("toBuilder")
                && m.getParameterCount() == 0 && Modifier.isPublic(m.getModifiers())
                && !Modifier.isStatic(m.getModifiers()));
    }

    private static boolean hasBuilder(Class<?> type) {
        return Arrays.stream(type.getDeclaredClasses()).anyMatch(c -> c.getSimpleName().equals("Builder"))
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals("builder")
                && Modifier.isStatic(m.getModifiers()));
    }

    @Test
    void everyTypeWithToBuilderHasARoundTripCase() {
        Set<Class<?>> covered = RoundTripCases.builderCases().stream().map(RoundTripCases.Case::type)
                .collect(Collectors.toSet());
        List<String> missing = publicTypes.stream().filter(DslTypeCoverageTest::hasToBuilder)
                .filter(t -> !covered.contains(t)).map(Class::getName).toList();
        assertThat(missing).as("types with toBuilder() but no case in RoundTripCases.builderCases()").isEmpty();
    }

    @Test
    void everyTypeWithABuilderHasToBuilder() {
        List<String> missing = publicTypes.stream().filter(DslTypeCoverageTest::hasBuilder)
                .filter(t -> !hasToBuilder(t)).map(Class::getName).toList();
        assertThat(missing).as("types with a builder but no toBuilder()").isEmpty();
    }

    @Test
    void everyPublicRecordHasARoundTripCaseOrSampleValues() {
        Set<Class<?>> covered = RoundTripCases.builderCases().stream().map(RoundTripCases.Case::type)
                .collect(Collectors.toSet());
        Map<Class<?>, List<Object>> values = RoundTripCases.values();
        List<String> missing = publicTypes.stream().filter(Class::isRecord)
                .filter(t -> !covered.contains(t) && !values.containsKey(t)).map(Class::getName).toList();
        assertThat(missing).as("public records with neither a builder case nor sample values in RoundTripCases")
                .isEmpty();
        values.forEach((type, samples) -> assertThat(samples).as(type.getName()).isNotEmpty()
                .allSatisfy(v -> assertThat(v).isExactlyInstanceOf(type)));
    }

    @Test
    void buildersAreMadeOnlyThroughBuilderAndToBuilder() {
        List<String> open = publicTypes.stream().filter(t -> t.getSimpleName().equals("Builder"))
                .filter(t -> Arrays.stream(t.getDeclaredConstructors()).map(Constructor::getModifiers)
                        .anyMatch(Modifier::isPublic))
                .map(Class::getName).toList();
        assertThat(open).as("builders with a public constructor (it would skip the documented defaults)").isEmpty();
    }

    @Test
    void toBuilderReturnsTheTypesOwnBuilder() {
        for (Class<?> type : publicTypes.stream().filter(DslTypeCoverageTest::hasToBuilder).toList()) {
            Method toBuilder = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals("toBuilder") && m.getParameterCount() == 0).findFirst()
                    .orElseThrow();
            Method build = Arrays.stream(toBuilder.getReturnType().getDeclaredMethods())
                    .filter(m -> m.getName().equals("build") && m.getParameterCount() == 0).findFirst()
                    .orElseThrow(() -> new AssertionError(toBuilder.getReturnType() + " has no build()"));
            assertThat(build.getReturnType()).as(type.getName()).isEqualTo(type);
        }
    }

    @Test
    void theModuleExportsEveryPackageWithPublicTypes() {
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        Set<String> withPublicTypes = publicTypes.stream().map(Class::getPackageName).collect(Collectors.toSet());

        assertThat(descriptor.name()).isEqualTo("dev.berth.dsl");
        assertThat(exported).as("exported packages of module dev.berth.dsl").isEqualTo(withPublicTypes);
        assertThat(descriptor.requires()).as("dsl depends on nothing outside java.base")
                .allSatisfy(r -> assertThat(r.name()).isEqualTo("java.base"));
    }

    /** Surefire puts the module on the module path and patches the tests into it, as users' modules see it. */
    @Test
    void theTestsRunInTheNamedModule() {
        assertThat(Application.class.getModule().getName()).isEqualTo("dev.berth.dsl");
        assertThat(DslTypeCoverageTest.class.getModule()).isSameAs(Application.class.getModule());
    }
}
