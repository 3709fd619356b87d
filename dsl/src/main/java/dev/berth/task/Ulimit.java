package dev.berth.task;

import java.util.Objects;

/**
 * A resource limit of a container ({@code docker run --ulimit}).
 *
 * @param name      which limit
 * @param softLimit the soft limit. Valid: 0 or more, at most {@code hardLimit}; for {@link UlimitName#NOFILE} on
 *                  Fargate at most 1048576.
 * @param hardLimit the hard limit. Valid: 0 or more; for {@link UlimitName#NOFILE} on Fargate at most 1048576.
 */
public record Ulimit(UlimitName name, int softLimit, int hardLimit) {

    /**
     * Creates the Ulimit.
     *
     * @param name      which limit
     * @param softLimit the soft limit. Valid: 0 to {@code hardLimit}.
     * @param hardLimit the hard limit. Valid: 0 or more.
     * @throws NullPointerException when {@code name} is null
     */
    public Ulimit {
        Objects.requireNonNull(name, "name");
    }
}
