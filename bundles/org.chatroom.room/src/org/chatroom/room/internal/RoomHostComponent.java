package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** Foundation placeholder of the room host: knows its configuration, does not listen yet. */
@Component(configurationPid = RoomHost.PID)
@Designate(ocd = RoomConfig.class)
public final class RoomHostComponent implements RoomHost {

    private volatile RoomConfig config;

    @Activate
    public RoomHostComponent(RoomConfig config) {
        this.config = config;
    }

    @Modified
    void modified(RoomConfig newConfig) {
        this.config = newConfig;
    }

    @Deactivate
    void deactivate() {
        stop("");
    }

    @Override
    public RoomStatus start() throws IOException {
        throw new IOException("not implemented yet: port " + config.port());
    }

    @Override
    public void stop(String reason) {
        // nothing is running yet
    }

    @Override
    public RoomStatus status() {
        return RoomStatus.STOPPED;
    }

    InetSocketAddress configuredAddress() {
        String bind = config.bind_address();
        return bind.isBlank() ? new InetSocketAddress(config.port()) : new InetSocketAddress(bind, config.port());
    }
}
