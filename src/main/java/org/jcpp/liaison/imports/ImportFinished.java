package org.jcpp.liaison.imports;

/**
 * A batch's background run ended (checked, imported or failed), published in the transaction that records it: the
 * person who started the run hears of it, even after leaving its page. Ids, the batch's version the run found (each run
 * its own) and the status only.
 */
public record ImportFinished(long batchId, long batchVersion, long accountId, ImportStatus status) {}
