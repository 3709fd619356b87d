package dev.berth.task;

import java.util.List;

/**
 * A container health check, run by the container agent inside the container.
 *
 * @param command     e.g. {@code ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}; empty means no check.
 * @param interval    seconds between checks. Default: 30. Valid: 5 to 300.
 * @param timeout     seconds a check may take. Default: 5. Valid: 2 to 60.
 * @param retries     failures before unhealthy. Default: 3. Valid: 1 to 10.
 * @param startPeriod grace seconds after start. Default: 0. Valid: 0 to 300.
 */
public record HealthCheck(List<String> command, int interval, int timeout, int retries, int startPeriod) {

    /** No health check: the container counts as healthy once it runs. The default. */
    public static final HealthCheck NONE = new HealthCheck(List.of(), 30, 5, 3, 0);

    /**
     * Creates the HealthCheck.
     *
     * @param command     e.g. {@code ["CMD-SHELL", "curl -f http://localhost/ || exit 1"]}; empty means no check.
     * @param interval    seconds between checks. Default: 30. Valid: 5 to 300.
     * @param timeout     seconds a check may take. Default: 5. Valid: 2 to 60.
     * @param retries     failures before unhealthy. Default: 3. Valid: 1 to 10.
     * @param startPeriod grace seconds after start. Default: 0. Valid: 0 to 300.
     * @throws NullPointerException when a reference component is null
     */
    public HealthCheck {
        command = List.copyOf(command);
    }

    /**
     * A shell health check ({@code CMD-SHELL}) with the default timings.
     *
     * @param commandLine run by the container's shell; exit code 0 means healthy, e.g.
     *                    {@code curl -f http://localhost:8080/health || exit 1}
     * @return the health check
     */
    public static HealthCheck shell(String commandLine) {
        return new HealthCheck(List.of("CMD-SHELL", commandLine), 30, 5, 3, 0);
    }

    /**
     * The same check with a grace period after start, during which failures do not count.
     *
     * @param seconds the start period. Valid: 0 to 300
     * @return a new health check
     */
    public HealthCheck withStartPeriod(int seconds) {
        return new HealthCheck(command, interval, timeout, retries, seconds);
    }

    /**
     * Whether there is a check.
     *
     * @return true when the command is not empty
     */
    public boolean isPresent() {
        return !command.isEmpty();
    }
}
