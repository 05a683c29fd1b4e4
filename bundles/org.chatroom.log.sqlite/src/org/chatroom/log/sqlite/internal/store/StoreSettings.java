package org.chatroom.log.sqlite.internal.store;

import java.nio.file.Path;
import java.util.Objects;

import org.chatroom.api.log.Retention;

/**
 * How a {@link LogStore} runs.
 *
 * @param folder          the folder of the database file ({@value LogStore#FILE}) and its lock file
 * @param batchMaxItems   most appends and tasks written in one transaction (one disk sync)
 * @param queueLimit      most appends waiting for the writer; more are refused as overload
 * @param trimPerBatch    most events retention deletes per room in one transaction
 * @param retention       the retention of rooms that have none of their own
 * @param readConnections database connections for reads (catch-up, scroll-back, search), used concurrently
 * @param fullCheck       read every page at start ({@code PRAGMA quick_check}: seconds for a million events) instead
 *                        of the schema and the newest pages only
 * @param walLimitBytes   size of the write-ahead log above which the writer copies it into the database and empties it
 *                        between two transactions (under constant writing the background checkpoints never catch up
 *                        with it, and the WAL would grow without bound)
 * @param wordsPerRound   messages whose words the full-text index takes in one round ({@link WordIndex})
 * @param wordsDelayMillis longest a committed message waits for its words to be indexed (a search never waits: it
 *                        indexes what waits first)
 * @param syncEachCommit  whether each commit waits until it is on the disk ({@code synchronous=FULL}: it survives a
 *                        power cut); otherwise ({@code synchronous=NORMAL}) the write-ahead log is synced at
 *                        checkpoints: a commit survives the server's crash or {@code kill -9} but not the machine's
 *                        crash or a power cut, which may lose the last commits (the file stays consistent)
 */
public record StoreSettings(Path folder, int batchMaxItems, int queueLimit, int trimPerBatch, Retention retention,
        int readConnections, boolean fullCheck, long walLimitBytes, int wordsPerRound, long wordsDelayMillis,
        boolean syncEachCommit) {

    public StoreSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(retention, "retention");
        if (batchMaxItems < 1 || queueLimit < 1 || trimPerBatch < 1 || readConnections < 1 || walLimitBytes < 1
                || wordsPerRound < 1 || wordsDelayMillis < 0) {
            throw new IllegalArgumentException("store limits must be positive");
        }
    }

    /** The defaults of the component's configuration, in {@code folder}. */
    public static StoreSettings defaults(Path folder) {
        return new StoreSettings(folder, 4096, 100_000, 2048, Retention.UNLIMITED, 4, false, 16L << 20, 256, 1000,
                true);
    }

    /** These settings with {@code fullCheck}. */
    public StoreSettings withFullCheck(boolean check) {
        return new StoreSettings(folder, batchMaxItems, queueLimit, trimPerBatch, retention, readConnections, check,
                walLimitBytes, wordsPerRound, wordsDelayMillis, syncEachCommit);
    }

    /** These settings with {@code walLimitBytes}. */
    public StoreSettings withWalLimit(long bytes) {
        return new StoreSettings(folder, batchMaxItems, queueLimit, trimPerBatch, retention, readConnections,
                fullCheck, bytes, wordsPerRound, wordsDelayMillis, syncEachCommit);
    }

    /** These settings with {@code wordsPerRound} and {@code wordsDelayMillis}. */
    public StoreSettings withWordRounds(int words, long delayMillis) {
        return new StoreSettings(folder, batchMaxItems, queueLimit, trimPerBatch, retention, readConnections,
                fullCheck, walLimitBytes, words, delayMillis, syncEachCommit);
    }

    /** These settings with {@code syncEachCommit}. */
    public StoreSettings withSyncEachCommit(boolean sync) {
        return new StoreSettings(folder, batchMaxItems, queueLimit, trimPerBatch, retention, readConnections,
                fullCheck, walLimitBytes, wordsPerRound, wordsDelayMillis, sync);
    }
}
