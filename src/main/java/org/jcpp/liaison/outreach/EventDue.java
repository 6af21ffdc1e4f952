package org.jcpp.liaison.outreach;

/** A planned event that is over and not yet recorded: its organiser, city and last day, for the morning's reminder. */
public record EventDue(long eventId, long organiserId, long cityId, java.time.LocalDate endsOn) {}
