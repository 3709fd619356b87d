package dev.berth.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What events start or report in a program: tasks run on a schedule, tasks run for matching events, and e-mails
 * about failing tasks.
 *
 * @param scheduledTasks tasks an EventBridge Scheduler schedule starts. Default: none.
 * @param eventTasks     tasks an EventBridge rule starts. Default: none.
 * @param notifications  e-mails about failing tasks and services. Default: {@link TaskNotifications#NONE}.
 */
public record Events(List<ScheduledTask> scheduledTasks, List<EventTask> eventTasks,
                     TaskNotifications notifications) {

    /** Nothing event-driven. */
    public static final Events NONE = new Events(List.of(), List.of(), TaskNotifications.NONE);

    /**
     * Creates the Events; programs use the Application builder's {@code scheduledTask}, {@code eventTask} and
     * {@code notifications}.
     *
     * @param scheduledTasks tasks a schedule starts
     * @param eventTasks     tasks a rule starts
     * @param notifications  e-mails about failing tasks
     * @throws NullPointerException when a component is null
     */
    public Events {
        scheduledTasks = List.copyOf(scheduledTasks);
        eventTasks = List.copyOf(eventTasks);
        Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * The scheduled tasks, then the event tasks.
     *
     * @return every triggered task
     */
    public List<TriggeredTask> tasks() {
        List<TriggeredTask> all = new ArrayList<>(scheduledTasks);
        all.addAll(eventTasks);
        return List.copyOf(all);
    }
}
