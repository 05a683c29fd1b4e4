package org.chatroom.room.internal;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.chatroom.api.room.RoomInfo;
import org.chatroom.protocol.ErrorCode;
import org.chatroom.room.member.MemberException;
import org.chatroom.room.member.MemberInfo;
import org.chatroom.room.member.MemberLimits;
import org.chatroom.room.member.MemberListener;
import org.chatroom.room.member.MemberService;
import org.chatroom.room.member.MemberSession;

/** The {@link MemberService} of one running server: front ends' members enter its rooms through here. */
final class MemberGateway implements MemberService {

    private final MemberAdapter.Core core;
    private volatile String stopping;

    MemberGateway(MemberAdapter.Core core) {
        this.core = core;
    }

    /** The rooms are stopping for {@code reason}: told to front ends before the service goes. */
    void stopping(String reason) {
        stopping = reason;
    }

    @Override
    public Optional<String> stopping() {
        return Optional.ofNullable(stopping).filter(reason -> !reason.isBlank());
    }

    @Override
    public MemberSession open(InetSocketAddress address, String via, MemberListener listener) throws MemberException {
        return open(address, via, listener, null);
    }

    @Override
    public MemberSession open(InetSocketAddress address, String via, MemberListener listener, Executor loop)
            throws MemberException {
        if (core.access().bans().bansAddress(address == null ? null : address.getAddress())) {
            core.logger().info("{} member from {} refused: banned address", via, address);
            throw new MemberException(ErrorCode.ROOM_BANNED, Messages.get("refused.banned"));
        }
        return new MemberAdapter(core, address, via, listener, loop);
    }

    @Override
    public MemberLimits limits() {
        RoomPolicy policy = core.lobby().rooms().policy();
        RoomLimits limits = core.limits();
        return new MemberLimits(limits.maxNameLength(), policy.maxRoomNameLength(), limits.maxMessageBytes(),
                policy.maxRoomsPerMember(), policy.maxMembersPerRoom(), policy.maxHistoryPage(),
                policy.membersCreateRooms(), policy.defaultRoom());
    }

    @Override
    public List<RoomInfo> rooms() {
        return new RoomAdmin(core.lobby()).rooms();
    }

    @Override
    public Optional<MemberInfo> member(String name) {
        synchronized (core.lobby().lock) {
            return MemberRooms.member(core.lobby(), name);
        }
    }

    @Override
    public int memberCount() {
        synchronized (core.lobby().lock) {
            return core.lobby().count();
        }
    }
}
