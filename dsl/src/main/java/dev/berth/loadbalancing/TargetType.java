package dev.berth.loadbalancing;

/** How a target group addresses its targets. Tasks in awsvpc mode must be registered by IP. */
public enum TargetType {
    IP,
    INSTANCE
}
