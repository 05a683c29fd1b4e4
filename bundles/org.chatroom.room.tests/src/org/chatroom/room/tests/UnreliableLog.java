package org.chatroom.room.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.log.EventDraft;
import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomEvent;
import org.chatroom.api.log.RoomEventListener;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;
import org.chatroom.log.memory.internal.MemoryRoomLog;

/**
 * The real memory log, with a switch that makes it unavailable as a database on a full or vanished disk would be:
 * while {@link #down} is set every call that would touch storage throws {@link RoomLogException}. Reads of history can
 * also be held, as a slow disk would hold them, until the test releases them ({@link #holdReads()}), and so can
 * appends: their events are committed when the test releases them, as a log's group commit does later
 * ({@link #holdAppends()}).
 */
final class UnreliableLog implements RoomLog {

    volatile boolean down;
    /** A permit for each history read that started while reads are held. */
    final Semaphore heldReads = new Semaphore(0);
    private volatile CountDownLatch readGate;
    private final MemoryRoomLog log = new MemoryRoomLog(1000);
    /** The appends held, in their order, while {@link #appendsHeld}. */
    private final List<Runnable> heldAppends = new ArrayList<>();
    private boolean appendsHeld;

    private void check() throws RoomLogException {
        if (down) {
            throw new RoomLogException("disk unavailable (test)");
        }
    }

    void holdReads() {
        readGate = new CountDownLatch(1);
    }

    /** Holds the appends from now on: each is taken, and committed at {@link #releaseAppends()}. */
    void holdAppends() {
        synchronized (heldAppends) {
            appendsHeld = true;
        }
    }

    /** Commits the appends held, in their order, and no longer holds any. */
    void releaseAppends() {
        List<Runnable> held;
        synchronized (heldAppends) {
            appendsHeld = false;
            held = new ArrayList<>(heldAppends);
            heldAppends.clear();
        }
        held.forEach(Runnable::run);
    }

    void releaseReads() {
        CountDownLatch gate = readGate;
        readGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    private void read() throws RoomLogException {
        check();
        CountDownLatch gate = readGate;
        if (gate != null) {
            heldReads.release();
            try {
                if (!gate.await(20, TimeUnit.SECONDS)) {
                    throw new RoomLogException("read held too long (test)");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RoomLogException("interrupted (test)", e);
            }
        }
    }

    @Override
    public RoomStream open(String room, RoomEventListener listener) throws RoomLogException {
        check();
        return new Stream(log.open(room, listener));
    }

    @Override
    public Set<String> rooms() throws RoomLogException {
        check();
        return log.rooms();
    }

    @Override
    public LogUsage usage() throws RoomLogException {
        check();
        return log.usage();
    }

    private final class Stream implements RoomStream {

        private final RoomStream stream;

        Stream(RoomStream stream) {
            this.stream = stream;
        }

        @Override
        public String room() {
            return stream.room();
        }

        @Override
        public void append(EventDraft draft) throws RoomLogException {
            check();
            synchronized (heldAppends) {
                if (appendsHeld) {
                    heldAppends.add(() -> {
                        try {
                            stream.append(draft);
                        } catch (RoomLogException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return;
                }
            }
            stream.append(draft);
        }

        @Override
        public long lastSequence() {
            return stream.lastSequence();
        }

        @Override
        public long firstSequence() {
            return stream.firstSequence();
        }

        @Override
        public List<RoomEvent> after(long seq, int max) throws RoomLogException {
            read();
            return stream.after(seq, max);
        }

        @Override
        public List<RoomEvent> before(long seq, int max) throws RoomLogException {
            read();
            return stream.before(seq, max);
        }

        @Override
        public List<RoomEvent> search(String query, int max) throws RoomLogException {
            check();
            return stream.search(query, max);
        }

        @Override
        public void retention(Retention retention) throws RoomLogException {
            check();
            stream.retention(retention);
        }

        @Override
        public Map<String, String> settings() throws RoomLogException {
            check();
            return stream.settings();
        }

        @Override
        public void setting(String key, String value) throws RoomLogException {
            check();
            stream.setting(key, value);
        }

        @Override
        public void delete() throws RoomLogException {
            check();
            stream.delete();
        }

        @Override
        public void close() {
            stream.close();
        }
    }
}
