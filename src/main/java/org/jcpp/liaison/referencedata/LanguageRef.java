package org.jcpp.liaison.referencedata;

import org.jspecify.annotations.Nullable;

/** A language of the reference list: its id, ISO 639-3 code (none on an entry added before codes) and stored name. */
public record LanguageRef(long id, @Nullable String code, String name, boolean active) {}
