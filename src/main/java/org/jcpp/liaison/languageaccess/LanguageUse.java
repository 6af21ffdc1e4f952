package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;

/** A department's use of the interpreter line in one language over a period. */
public record LanguageUse(long languageId, int calls, BigDecimal minutes, BigDecimal cost) {}
