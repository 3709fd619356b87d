package dev.berth;

import dev.berth.RoundTripCases.Case;
import dev.berth.RoundTripCases.Step;
import dev.berth.task.Image;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * {@code x.toBuilder().build()} equals {@code x}, and building through {@code toBuilder()} gives what building
 * directly gives: the model keeps what the program said, and no builder decides a default from other fields.
 */
class BuilderRoundTripTest {

    @TestFactory
    Stream<DynamicNode> everyBuilderRoundTrips() {
        return RoundTripCases.builderCases().stream().map(BuilderRoundTripTest::tests);
    }

    @TestFactory
    Stream<DynamicNode> everyValueRoundTripsThroughItsCanonicalConstructor() {
        return RoundTripCases.values().entrySet().stream().map(e -> DynamicContainer.dynamicContainer(
                e.getKey().getSimpleName(), e.getValue().stream().map(v -> dynamicTest(String.valueOf(v),
                        () -> assertThat(reconstructed(v)).isEqualTo(v)))));
    }

    @TestFactory
    Stream<DynamicTest> anImageRoundTripsThroughItsReference() {
        return RoundTripCases.values().get(Image.class).stream().map(Image.class::cast).map(i -> dynamicTest(
                i.reference(), () -> {
                    Image parsed = Image.of(i.reference());
                    assertThat(i.isDeployTime() ? parsed.deployTimeVersion(i.parameterName()) : parsed).isEqualTo(i);
                }));
    }

    private static <T, B> DynamicNode tests(Case<T, B> c) {
        T full = c.build(c.full());
        T minimal = c.build(c.minimal());
        T empty = c.build(List.of());
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("toBuilder().build() of a fully populated one", () -> assertThat(c.rebuild(full))
                .isEqualTo(full)));
        tests.add(dynamicTest("toBuilder().build() of a minimal one", () -> assertThat(c.rebuild(minimal))
                .isEqualTo(minimal)));
        tests.add(dynamicTest("toBuilder().build() of an empty one", () -> assertThat(c.rebuild(empty))
                .isEqualTo(empty)));
        tests.add(dynamicTest("the record constructor keeps the components as they are", () -> {
            assertThat(reconstructed(full)).isEqualTo(full);
            assertThat(reconstructed(minimal)).isEqualTo(minimal);
        }));
        tests.add(dynamicTest("the fully populated one differs from the default in every component", () -> {
            for (RecordComponent rc : c.type().getRecordComponents()) {
                assertThat(rc.getAccessor().invoke(full)).as("%s.%s: set it to a non-default value in the case",
                        c.type().getSimpleName(), rc.getName()).isNotEqualTo(rc.getAccessor().invoke(empty));
            }
        }));
        tests.add(dynamicTest("the fully populated one calls every setter", () -> {
            Set<String> used = c.full().stream().map(Step::setter).collect(Collectors.toSet());
            assertThat(new TreeSet<>(setters(c.builderType())))
                    .as("setters of %s.Builder missing from the full case", c.type().getSimpleName())
                    .isSubsetOf(used);
            assertThat(used).as("step names that are no setter of %s.Builder", c.type().getSimpleName())
                    .isSubsetOf(setters(c.builderType()));
        }));
        tests.add(dynamicTest("changing a toBuilder() leaves the original alone", () -> {
            B b = c.toBuilder().apply(minimal);
            c.full().forEach(s -> s.call().accept(b));
            c.finish().apply(b);
            assertThat(minimal).isEqualTo(c.build(c.minimal()));
        }));
        tests.add(dynamicTest("the same calls through toBuilder() give the same object", () -> {
            for (List<Step<B>> steps : c.sequences()) {
                T direct = c.build(steps);
                for (int split = 0; split <= steps.size(); split++) {
                    assertThat(c.buildThroughToBuilder(steps, split))
                            .as("%s built with %s, then toBuilder() and %s", c.type().getSimpleName(),
                                    steps.subList(0, split), steps.subList(split, steps.size()))
                            .isEqualTo(direct);
                }
            }
        }));
        return DynamicContainer.dynamicContainer(c.type().getSimpleName(), tests);
    }

    /** The public setters of a builder: its public methods returning the builder, as {@code name(Type,Type)}. */
    static Set<String> setters(Class<?> builderType) {
        return Arrays.stream(builderType.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == builderType)
                .map(m -> m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                        .collect(Collectors.joining(",", "(", ")")))
                .collect(Collectors.toSet());
    }

    /** A record rebuilt from its own components through the canonical constructor. */
    static Object reconstructed(Object value) throws ReflectiveOperationException {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Objects.requireNonNull(components, () -> value.getClass() + " is not a record");
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Method accessor = components[i].getAccessor();
            args[i] = accessor.invoke(value);
        }
        Constructor<?> canonical = value.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(args);
    }
}
