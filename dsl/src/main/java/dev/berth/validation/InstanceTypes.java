package dev.berth.validation;

import dev.berth.task.CpuArchitecture;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instance types Berth knows the size and architecture of, to check a task against its capacity provider's
 * instances before anything is deployed. General purpose (m: 4 GiB per vCPU), compute optimized (c: 2 GiB) and
 * memory optimized (r: 8 GiB) families of the current generations, burstable t3/t4g, and the GPU (g4dn, g5, g6)
 * and Inferentia (inf2) families, from the Amazon EC2 instance type specifications
 * (https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html, co.html, mo.html, ac.html). Other types are
 * accepted with a warning ({@code EC2_INSTANCE_TYPE_UNKNOWN}), unchecked.
 */
final class InstanceTypes {

    /** An instance type's vCPUs, memory and architecture. */
    record Size(int vcpus, int memoryMiB, CpuArchitecture architecture) {
        int cpuUnits() {
            return vcpus * 1024;
        }
    }

    private static final Pattern TYPE = Pattern.compile("([a-z]+[0-9]+[a-z]*)\\.([0-9]*)(medium|large|xlarge)");

    /** Family to (GiB per vCPU, architecture). */
    private static final Map<String, Object[]> FAMILIES = Map.ofEntries(
            Map.entry("m5", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("m6i", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("m6a", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("m7i", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("m7a", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("c5", new Object[] {2, CpuArchitecture.X86_64}),
            Map.entry("c6i", new Object[] {2, CpuArchitecture.X86_64}),
            Map.entry("c6a", new Object[] {2, CpuArchitecture.X86_64}),
            Map.entry("c7i", new Object[] {2, CpuArchitecture.X86_64}),
            Map.entry("c7a", new Object[] {2, CpuArchitecture.X86_64}),
            Map.entry("r5", new Object[] {8, CpuArchitecture.X86_64}),
            Map.entry("r6i", new Object[] {8, CpuArchitecture.X86_64}),
            Map.entry("r6a", new Object[] {8, CpuArchitecture.X86_64}),
            Map.entry("r7i", new Object[] {8, CpuArchitecture.X86_64}),
            Map.entry("r7a", new Object[] {8, CpuArchitecture.X86_64}),
            Map.entry("m6g", new Object[] {4, CpuArchitecture.ARM64}),
            Map.entry("m7g", new Object[] {4, CpuArchitecture.ARM64}),
            Map.entry("m8g", new Object[] {4, CpuArchitecture.ARM64}),
            Map.entry("c6g", new Object[] {2, CpuArchitecture.ARM64}),
            Map.entry("c7g", new Object[] {2, CpuArchitecture.ARM64}),
            Map.entry("c8g", new Object[] {2, CpuArchitecture.ARM64}),
            Map.entry("r6g", new Object[] {8, CpuArchitecture.ARM64}),
            Map.entry("r7g", new Object[] {8, CpuArchitecture.ARM64}),
            Map.entry("r8g", new Object[] {8, CpuArchitecture.ARM64}),
            // GPU and Inferentia: 4 GiB per vCPU at the sizes listed (xlarge to 4xlarge, g4dn/g5/g6; inf2.xlarge).
            Map.entry("g4dn", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("g5", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("g6", new Object[] {4, CpuArchitecture.X86_64}),
            Map.entry("inf2", new Object[] {4, CpuArchitecture.X86_64}));

    /** Burstable types: 2 vCPUs up to large. */
    private static final Map<String, Integer> BURSTABLE_GIB = Map.of("micro", 1, "small", 2, "medium", 4,
            "large", 8, "xlarge", 16, "2xlarge", 32);

    private InstanceTypes() {
    }

    /**
     * The size of a known type.
     *
     * @param type e.g. {@code m7g.large}
     * @return its size, or empty when Berth does not know it
     */
    static Optional<Size> of(String type) {
        if (type.startsWith("t3.") || type.startsWith("t3a.") || type.startsWith("t4g.")) {
            String size = type.substring(type.indexOf('.') + 1);
            Integer gib = BURSTABLE_GIB.get(size);
            if (gib == null) {
                return Optional.empty();
            }
            int vcpus = switch (size) {
                case "xlarge" -> 4;
                case "2xlarge" -> 8;
                default -> 2;
            };
            return Optional.of(new Size(vcpus, gib * 1024, type.startsWith("t4g.") ? CpuArchitecture.ARM64
                    : CpuArchitecture.X86_64));
        }
        Matcher m = TYPE.matcher(type);
        if (!m.matches() || !FAMILIES.containsKey(m.group(1))) {
            return Optional.empty();
        }
        Object[] family = FAMILIES.get(m.group(1));
        int vcpus;
        if (m.group(3).equals("medium")) {
            if (!m.group(2).isEmpty() || family[1] != CpuArchitecture.ARM64) {
                return Optional.empty();
            }
            vcpus = 1;
        } else if (m.group(3).equals("large")) {
            if (!m.group(2).isEmpty()) {
                return Optional.empty();
            }
            vcpus = 2;
        } else {
            int factor = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            if (factor > 24) {
                return Optional.empty();
            }
            vcpus = 4 * factor;
        }
        return Optional.of(new Size(vcpus, vcpus * (Integer) family[0] * 1024, (CpuArchitecture) family[1]));
    }
}
