package dev.berth.task;

/** The CPU architecture of the task's platform ({@code runtimePlatform.cpuArchitecture}). */
public enum CpuArchitecture {
    X86_64,
    ARM64
}
