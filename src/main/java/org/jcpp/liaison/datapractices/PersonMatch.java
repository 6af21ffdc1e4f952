package org.jcpp.liaison.datapractices;

import java.time.LocalDateTime;

/** A named person found by name: enough to tell two people of the same name apart, no details. */
public record PersonMatch(long personId, String name, LocalDateTime contactAt, String city) {}
