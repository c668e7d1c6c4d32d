package dev.licx.index;

import java.time.Duration;

/**
 * What one run of the indexer did.
 *
 * @param added documents new to the index
 * @param replaced documents whose checksum or clause model changed, re-extracted
 * @param unchanged documents skipped because the index already holds them as they are
 * @param failed documents that could not be read (each reported to the listener)
 * @param pruned documents removed because their file is gone
 * @param clausesWritten clauses extracted and written in this run
 * @param bytesRead bytes of the documents extracted in this run
 * @param documents license documents in the index afterwards
 * @param clauses clauses in the index afterwards
 * @param elapsed wall time of the run
 */
public record IndexReport(
    int added,
    int replaced,
    int unchanged,
    int failed,
    int pruned,
    long clausesWritten,
    long bytesRead,
    int documents,
    int clauses,
    Duration elapsed) {}
