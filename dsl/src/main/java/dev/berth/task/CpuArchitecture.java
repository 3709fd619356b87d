package dev.berth.task;

/** The CPU architecture of the task's platform ({@code runtimePlatform.cpuArchitecture}). */
public enum CpuArchitecture {
    /** 64-bit x86. */
    X86_64,
    /** 64-bit ARM (AWS Graviton). */
    ARM64
}
