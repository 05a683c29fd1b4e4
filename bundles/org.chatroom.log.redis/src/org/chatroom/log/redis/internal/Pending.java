package org.chatroom.log.redis.internal;

import org.chatroom.api.log.EventDraft;

/** An append waiting for the {@link AppendWriter}: the event and the open room it goes to. */
record Pending(RedisRoomStream stream, EventDraft draft) {
}
