package dev.berth.synth.planning.network;

/**
 * Subnet ranges computed from the VPC range: the private subnet of AZ i is the i-th quarter of the VPC, the public
 * subnet of AZ i the i-th sixteenth of the last quarter. Private subnets get most addresses because tasks in awsvpc
 * mode take one address each; public subnets hold only load balancer and NAT interfaces.
 */
final class SubnetMath {

    private SubnetMath() {
    }

    static String privateSubnet(String vpcCidr, int az) {
        return subdivide(vpcCidr, 2, az);
    }

    static String publicSubnet(String vpcCidr, int az) {
        return subdivide(vpcCidr, 4, 12 + az);
    }

    /** The {@code index}-th block of prefix {@code prefix + extraBits} inside {@code cidr}. */
    private static String subdivide(String cidr, int extraBits, int index) {
        String[] parts = cidr.split("/");
        long base = toLong(parts[0]);
        int prefix = Integer.parseInt(parts[1]);
        int newPrefix = prefix + extraBits;
        long size = 1L << (32 - newPrefix);
        return toIp(base + index * size) + "/" + newPrefix;
    }

    private static long toLong(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }

    private static String toIp(long value) {
        return ((value >> 24) & 255) + "." + ((value >> 16) & 255) + "." + ((value >> 8) & 255) + "." + (value & 255);
    }
}
