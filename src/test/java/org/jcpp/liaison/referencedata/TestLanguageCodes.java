package org.jcpp.liaison.referencedata;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Codes for languages a test adds: from qaa–qtz, the range ISO 639 reserves for local use, one new code per call. */
public final class TestLanguageCodes {

    private static final int RANGE = 20 * 26;
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(RANGE));

    private TestLanguageCodes() {}

    /** A code from qab on: "qaa" stays off the list, for the tests that need a code it does not have. */
    public static String unused() {
        int n = 1 + NEXT.getAndIncrement() % (RANGE - 1);
        return "q" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
    }
}
