package org.chatroom.room.internal;

import java.time.Duration;

import org.chatroom.api.log.Retention;

/**
 * The rules of the rooms of a server: how many, who creates them, how much history members get and may ask for.
 *
 * @param defaultRoom        name of the room original and {@code chatroom/1} clients land in
 * @param maxRoomNameLength  longest room name, in code points
 * @param maxRooms           most rooms, the default room included
 * @param maxRoomsPerMember  most rooms one connection is in at once
 * @param maxMembersPerRoom  most members of one room
 * @param membersCreateRooms whether members may create rooms (else only the host)
 * @param historyOnJoin      events sent as history on a join without resume
 * @param maxHistoryPage     most events one {@code HISTORY} request gets
 * @param maxResume          most missed events one resume gets; older ones are reported lost
 * @param maxSearchResults   most results one {@code SEARCH} request gets
 * @param joinsPerMinute     sustained {@code JOIN}/{@code CREATE} rate per connection; 0 or less for no limit
 * @param joinsBurst         joins one connection may send at once
 * @param retention          what the log keeps of a room that has no retention of its own
 * @param originalHistory    last events original-protocol clients get after the welcome, in a room without its own
 *                           setting; 0 for none
 */
public record RoomPolicy(String defaultRoom, int maxRoomNameLength, int maxRooms, int maxRoomsPerMember, int maxMembersPerRoom,
        boolean membersCreateRooms, int historyOnJoin, int maxHistoryPage, int maxResume, int maxSearchResults,
        double joinsPerMinute, int joinsBurst, Retention retention, int originalHistory) {

    public static final RoomPolicy DEFAULT = new RoomPolicy("general", 32, 100, 20, 10_000, true, 50, 200, 10_000, 50, 30,
            10, Retention.UNLIMITED, 0);

    public static RoomPolicy of(RoomConfig config) {
        return new RoomPolicy(config.default_room(), config.max_room_name_length(), config.max_rooms(), config.max_rooms_per_member(),
                config.max_members_per_room(), config.members_create_rooms(), config.history_on_join(),
                config.history_max_page(), config.history_max_resume(), config.search_max_results(),
                config.joins_per_minute(), config.joins_burst(),
                new Retention(config.retention_events(), Duration.ofDays(config.retention_days())),
                config.original_history());
    }

    /** This policy with {@code lines} of history for original-protocol clients. */
    public RoomPolicy withOriginalHistory(int lines) {
        return new RoomPolicy(defaultRoom, maxRoomNameLength, maxRooms, maxRoomsPerMember, maxMembersPerRoom,
                membersCreateRooms, historyOnJoin, maxHistoryPage, maxResume, maxSearchResults, joinsPerMinute, joinsBurst,
                retention, lines);
    }

    RateLimiter newJoinLimiter(long nowNanos) {
        return new RateLimiter(joinsPerMinute / 60, joinsBurst, nowNanos);
    }
}
