package org.chatroom.room.internal;

import java.net.InetAddress;
import java.time.Duration;

import org.chatroom.protocol.ErrorCode;
import org.osgi.service.log.Logger;

/**
 * The password of a room a {@code chatroom/2} member joins, guarded like the server's: wrong guesses are counted per
 * source address across connections by the room's {@link GuessThrottle} (each room's password on its own), and a
 * guess sent while the address must wait is refused unchecked, with the wait.
 */
final class RoomPasswordCheck {

    private final GuessThrottle throttle;
    private final Logger logger;

    RoomPasswordCheck(GuessThrottle throttle, Logger logger) {
        this.throttle = throttle;
        this.logger = logger;
    }

    /** @throws RoomRefusal {@link ErrorCode#ROOM_PASSWORD} when {@code key} is missing, wrong, or not heard yet */
    void check(ChatRoom room, InetAddress address, String key) throws RoomRefusal {
        if (!room.passwordRequired()) {
            return;
        }
        if (key.isEmpty()) {
            throw new RoomRefusal(ErrorCode.ROOM_PASSWORD, Messages.get("error.roomPasswordNeeded", room.name()));
        }
        String scope = GuessThrottle.room(room.name());
        long now = System.nanoTime();
        Duration wait = throttle.waitFor(scope, address, now);
        if (!wait.isZero()) {
            throttle.refused(scope, address, now).ifPresent(logger::warn);
            throw new RoomRefusal(ErrorCode.ROOM_PASSWORD, Messages.get("error.roomPasswordThrottled", room.name(),
                    Long.toString(Math.max(1, GuessThrottle.seconds(wait)))));
        }
        if (room.passwordMatches(key)) {
            throttle.succeeded(scope, address);
            return;
        }
        throttle.failed(scope, address, System.nanoTime()).ifPresent(logger::warn);
        throw new RoomRefusal(ErrorCode.ROOM_PASSWORD, Messages.get("error.roomPasswordWrong", room.name()));
    }
}
