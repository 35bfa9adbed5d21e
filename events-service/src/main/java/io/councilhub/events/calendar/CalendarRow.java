package io.councilhub.events.calendar;

/** A row's heading as the packet prints it: 事業名称 and 概要等. */
public record CalendarRow(Activity activity, String name, String summary) {
}
