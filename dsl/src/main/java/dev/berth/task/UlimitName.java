package dev.berth.task;

import java.util.Locale;

/**
 * The resource limits a container's {@code ulimits} may set (the ECS API's {@code Ulimit.name} values). On Fargate
 * only {@link #NOFILE} differs from the operating system's default (65535 soft and hard); it may be raised to
 * 1048576 (Amazon ECS API Reference, "Ulimit"; Amazon ECS Developer Guide, task definition parameters for Fargate).
 */
public enum UlimitName {
    /** Maximum core file size. */
    CORE,
    /** CPU time, in seconds. */
    CPU,
    /** Maximum data segment size. */
    DATA,
    /** Maximum file size. */
    FSIZE,
    /** Maximum file locks. */
    LOCKS,
    /** Maximum locked-in-memory address space. */
    MEMLOCK,
    /** Maximum bytes in POSIX message queues. */
    MSGQUEUE,
    /** Maximum nice priority. */
    NICE,
    /** Maximum open files. */
    NOFILE,
    /** Maximum processes. */
    NPROC,
    /** Maximum resident set size. */
    RSS,
    /** Maximum real-time priority. */
    RTPRIO,
    /** Real-time CPU time, in microseconds. */
    RTTIME,
    /** Maximum pending signals. */
    SIGPENDING,
    /** Maximum stack size. */
    STACK;

    /**
     * The name as ECS spells it.
     *
     * @return e.g. {@code nofile}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
