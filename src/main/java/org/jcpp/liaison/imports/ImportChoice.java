package org.jcpp.liaison.imports;

/** An entry a value can be matched to: its key (an id or an enum's name) and its label in the user's language. */
public record ImportChoice(String key, String label) {}
