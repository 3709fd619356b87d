package dev.berth.synth.rendering;

import dev.berth.synth.plan.PlannedResource;

/**
 * Finds the one rendering of each kind by name: the plan record {@code dev.berth.synth.plan.<feature>.<Holder>.<Kind>}
 * is rendered by {@code dev.berth.synth.rendering.<feature>.<Kind>Rendering}. A name rather than a registry, so that
 * adding a kind is one new file; {@code RenderingsTest} checks that every kind has exactly one, and names the kind
 * whose rendering is missing.
 */
public final class Renderings {

    private static final String PLAN_PACKAGE = "dev.berth.synth.plan.";
    private static final String RENDERING_PACKAGE = "dev.berth.synth.rendering.";

    private static final ClassValue<Rendering<?>> BY_KIND = new ClassValue<>() {
        @Override
        protected Rendering<?> computeValue(Class<?> kind) {
            String name = renderingClassName(kind);
            try {
                Class<?> type = Class.forName(name, true, Renderings.class.getClassLoader());
                Rendering<?> rendering = (Rendering<?>) type.getDeclaredConstructor().newInstance();
                if (rendering.kind() != kind) {
                    throw new IllegalStateException(name + " renders " + rendering.kind().getName() + ", not "
                            + kind.getName());
                }
                return rendering;
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("the kind " + kind.getName() + " has no rendering " + name
                        + " (each plan record needs one, with a public no-argument constructor)", e);
            }
        }
    };

    private Renderings() {
    }

    /** The rendering of a kind. @throws IllegalStateException naming the kind when it has none */
    @SuppressWarnings("unchecked")
    public static <R extends PlannedResource> Rendering<R> of(Class<R> kind) {
        return (Rendering<R>) BY_KIND.get(kind);
    }

    /** The rendering of a resource's kind. */
    public static Rendering<?> of(PlannedResource resource) {
        return BY_KIND.get(resource.id().kind());
    }

    /** Where the rendering of {@code kind} must be: {@code ...rendering.<feature>.<Kind>Rendering}. */
    public static String renderingClassName(Class<?> kind) {
        String packageName = kind.getPackageName();
        if (!packageName.startsWith(PLAN_PACKAGE)) {
            throw new IllegalStateException(kind.getName() + " is not a plan record (not under " + PLAN_PACKAGE + ")");
        }
        String feature = packageName.substring(PLAN_PACKAGE.length());
        return RENDERING_PACKAGE + feature + "." + kind.getSimpleName() + "Rendering";
    }
}
