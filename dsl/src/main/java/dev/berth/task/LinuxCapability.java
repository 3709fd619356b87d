package dev.berth.task;

/**
 * A Linux kernel capability a container adds to or drops from Docker's default set (the ECS API's
 * {@code KernelCapabilities} values). Tasks on Fargate may add only {@link #SYS_PTRACE}; they may drop any (Amazon ECS
 * API Reference, "KernelCapabilities").
 */
public enum LinuxCapability {
    /** Every capability. */
    ALL,
    /** CAP_AUDIT_CONTROL. */
    AUDIT_CONTROL,
    /** CAP_AUDIT_WRITE. */
    AUDIT_WRITE,
    /** CAP_BLOCK_SUSPEND. */
    BLOCK_SUSPEND,
    /** CAP_CHOWN. */
    CHOWN,
    /** CAP_DAC_OVERRIDE. */
    DAC_OVERRIDE,
    /** CAP_DAC_READ_SEARCH. */
    DAC_READ_SEARCH,
    /** CAP_FOWNER. */
    FOWNER,
    /** CAP_FSETID. */
    FSETID,
    /** CAP_IPC_LOCK. */
    IPC_LOCK,
    /** CAP_IPC_OWNER. */
    IPC_OWNER,
    /** CAP_KILL. */
    KILL,
    /** CAP_LEASE. */
    LEASE,
    /** CAP_LINUX_IMMUTABLE. */
    LINUX_IMMUTABLE,
    /** CAP_MAC_ADMIN. */
    MAC_ADMIN,
    /** CAP_MAC_OVERRIDE. */
    MAC_OVERRIDE,
    /** CAP_MKNOD. */
    MKNOD,
    /** CAP_NET_ADMIN. */
    NET_ADMIN,
    /** CAP_NET_BIND_SERVICE. */
    NET_BIND_SERVICE,
    /** CAP_NET_BROADCAST. */
    NET_BROADCAST,
    /** CAP_NET_RAW. */
    NET_RAW,
    /** CAP_SETFCAP. */
    SETFCAP,
    /** CAP_SETGID. */
    SETGID,
    /** CAP_SETPCAP. */
    SETPCAP,
    /** CAP_SETUID. */
    SETUID,
    /** CAP_SYS_ADMIN. */
    SYS_ADMIN,
    /** CAP_SYS_BOOT. */
    SYS_BOOT,
    /** CAP_SYS_CHROOT. */
    SYS_CHROOT,
    /** CAP_SYS_MODULE. */
    SYS_MODULE,
    /** CAP_SYS_NICE. */
    SYS_NICE,
    /** CAP_SYS_PACCT. */
    SYS_PACCT,
    /** CAP_SYS_PTRACE: the only capability a Fargate task may add. */
    SYS_PTRACE,
    /** CAP_SYS_RAWIO. */
    SYS_RAWIO,
    /** CAP_SYS_RESOURCE. */
    SYS_RESOURCE,
    /** CAP_SYS_TIME. */
    SYS_TIME,
    /** CAP_SYS_TTY_CONFIG. */
    SYS_TTY_CONFIG,
    /** CAP_SYSLOG. */
    SYSLOG,
    /** CAP_WAKE_ALARM. */
    WAKE_ALARM
}
