package dev.berth.network;

/** Where the tasks run: a VPC Berth creates ({@link NewVpc}) or one that exists ({@link ExistingVpc}). */
public sealed interface Network permits NewVpc, ExistingVpc {
}
