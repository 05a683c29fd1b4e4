package org.chatroom.room.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chatroom.api.log.RoomLogException;
import org.chatroom.api.log.RoomStream;

/**
 * A room's bans as the room log keeps them: one setting per ban ({@value #PREFIX} and the ban's key, valued with when
 * it was set and the ban as given), so that a ban or an unban is one write of its own. Two servers sharing the room
 * that edit its bans at the same moment then both keep their edit; a single list read, changed and written back
 * would keep only the last writer's. Bans kept by earlier versions as one list ({@value #LEGACY}) are read too and
 * moved to settings of their own at the first edit, as are bans kept under a key the names' folding no longer gives
 * (a later version folds more: {@code ban.name dr.who} is {@code ban.name dr_who} now), so that lifting one removes
 * what is stored. Used under the lobby's lock.
 */
final class RoomBans {

    static final String PREFIX = "ban.";
    static final String LEGACY = "bans";

    private final Bans bans = new Bans();
    private List<String> legacy = List.of();
    private Map<String, String> rekeyed = Map.of(); // setting under an old key -> its value

    Bans bans() {
        return bans;
    }

    /** Takes the bans the log's settings hold, in the order they were set. */
    void load(Map<String, String> settings) {
        List<String[]> stored = new ArrayList<>();
        rekeyed = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : settings.entrySet()) {
            if (setting.getKey().startsWith(PREFIX)) {
                String[] whenAndEntry = setting.getValue().split("\t", 2);
                stored.add(whenAndEntry.length == 2 ? whenAndEntry : new String[] { "0", whenAndEntry[0] });
                if (!setting.getKey().equals(PREFIX + Bans.keyOf(stored.get(stored.size() - 1)[1]))) {
                    rekeyed.put(setting.getKey(), setting.getValue());
                }
            }
        }
        stored.sort(Comparator.comparingLong(RoomBans::millis));
        List<String> entries = new ArrayList<>();
        legacy = new ArrayList<>();
        for (String ban : settings.getOrDefault(LEGACY, "").split("\n")) {
            if (!ban.isBlank()) {
                legacy.add(ban);
                entries.add(ban);
            }
        }
        stored.forEach(whenAndEntry -> entries.add(whenAndEntry[1]));
        bans.replace(entries);
    }

    /**
     * Bans {@code nameOrAddress} from the room, in the log first. @return whether it was not banned here yet
     *
     * @throws IllegalArgumentException when it is empty or an invalid address (nothing is written)
     */
    boolean add(RoomStream stream, String nameOrAddress) throws RoomLogException {
        boolean added = bans.add(nameOrAddress); // checks it before anything is written
        try {
            moveLegacy(stream);
            stream.setting(PREFIX + Bans.keyOf(nameOrAddress),
                    System.currentTimeMillis() + "\t" + nameOrAddress.strip());
        } catch (RoomLogException e) {
            if (added) {
                bans.remove(nameOrAddress);
            }
            throw e;
        }
        return added;
    }

    /** Lifts the ban on {@code nameOrAddress} in the log, also one another server set; @return whether it was here */
    boolean remove(RoomStream stream, String nameOrAddress) throws RoomLogException {
        moveLegacy(stream);
        stream.setting(PREFIX + Bans.keyOf(nameOrAddress), null);
        return bans.remove(nameOrAddress);
    }

    /**
     * Writes the bans of the old single list as settings of their own, then removes the list; moves the bans kept
     * under an old key to their key.
     */
    private void moveLegacy(RoomStream stream) throws RoomLogException {
        for (Map.Entry<String, String> setting : rekeyed.entrySet()) {
            String value = setting.getValue();
            stream.setting(PREFIX + Bans.keyOf(value.substring(value.indexOf('\t') + 1)), value);
            stream.setting(setting.getKey(), null);
        }
        rekeyed = Map.of();
        if (legacy.isEmpty()) {
            return;
        }
        for (String ban : legacy) {
            stream.setting(PREFIX + Bans.keyOf(ban), "0\t" + ban.strip());
        }
        stream.setting(LEGACY, null);
        legacy = List.of();
    }

    private static long millis(String[] whenAndEntry) {
        try {
            return Long.parseLong(whenAndEntry[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
