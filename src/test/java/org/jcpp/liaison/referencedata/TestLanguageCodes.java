package org.jcpp.liaison.referencedata;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Codes for languages a test adds: from qaa–qtz, the range ISO 639 reserves for local use, one new code per call. */
public final class TestLanguageCodes {

    private static final int RANGE = 20 * 26;
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(RANGE));

    private TestLanguageCodes() {}

    public static String unused() {
        int n = NEXT.getAndIncrement() % RANGE;
        return "q" + (char) ('a' + n / 26) + (char) ('a' + n % 26);
    }
}
