package org.chatroom.irc.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.RoomGateway;
import org.chatroom.irc.internal.IrcGatewayComponent;
import org.chatroom.testing.HostedRoom;
import org.chatroom.testing.RawExtendedClient;
import org.chatroom.testing.RawIrcClient;
import org.chatroom.testing.RawOriginalClient;
import org.chatroom.testing.RawRoomClient;
import org.chatroom.testing.Services;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Our room from DS on a free loopback port with the IRC listener from DS beside it (configuration PID
 * {@code org.chatroom.irc}, free port, no TLS unless the settings give {@code tls.port}), and the clients a test
 * opened.
 */
final class IrcRoom implements AutoCloseable {

    final HostedRoom room;
    final InetSocketAddress irc;
    final InetSocketAddress chat;
    /** Where IRC clients connect with TLS; null unless the settings gave {@code tls.port}. */
    final InetSocketAddress ircTls;
    private final List<AutoCloseable> clients = new ArrayList<>();

    IrcRoom() throws Exception {
        this(Map.of(), Map.of());
    }

    IrcRoom(Map<String, Object> roomSettings, Map<String, Object> ircSettings) throws Exception {
        String fixture = configureIrc(ircSettings);
        ServiceTracker<RoomGateway, RoomGateway> listeners = Services.track(RoomGateway.class,
                "(fixture=" + fixture + ")");
        try {
            room = new HostedRoom(roomSettings);
            RoomGateway listener = listeners.waitForService(20_000);
            assertNotNull(listener, "the IRC listener did not start with the room");
            GatewayAddresses addresses = listener.addresses().orElseThrow(
                    () -> new AssertionError("the configured IRC listener does not listen (see the log)"));
            irc = new InetSocketAddress("127.0.0.1", addresses.address().getPort());
            chat = new InetSocketAddress("127.0.0.1", room.port);
            ircTls = addresses.tls().map(tls -> new InetSocketAddress("127.0.0.1", tls.getPort())).orElse(null);
        } finally {
            listeners.close();
        }
    }

    /**
     * Configures the listener; an unchanged configuration is left alone (no restart).
     *
     * @return the value of the property {@code fixture} naming these settings, which the listener's service carries
     */
    private static String configureIrc(Map<String, Object> settings) throws Exception {
        Map<String, Object> wanted = new HashMap<>();
        wanted.put("port", 0);
        wanted.put("tls.port", -1);
        wanted.put("bind.address", "127.0.0.1");
        wanted.put("server.name", "irc.test");
        wanted.putAll(settings);
        StringBuilder description = new StringBuilder();
        new TreeMap<>(wanted).forEach((key, value) -> description.append(key).append('=')
                .append(value instanceof String[] array ? String.join(",", array) : value).append(';'));
        String fixture = Integer.toHexString(description.toString().hashCode());
        wanted.put("fixture", fixture);
        Configuration configuration = Services.get(ConfigurationAdmin.class, "")
                .getConfiguration(IrcGatewayComponent.PID, "?");
        Dictionary<String, Object> current = configuration.getProperties();
        if (current == null || !fixture.equals(current.get("fixture"))) {
            configuration.update(new Hashtable<>(wanted));
        }
        return fixture;
    }

    RawIrcClient irc(String nick) throws IOException {
        return keep(RawIrcClient.register(irc, nick));
    }

    /** Registered and in {@code #general}, its join burst read. */
    RawIrcClient inGeneral(String nick) throws IOException {
        RawIrcClient client = irc(nick);
        client.send("JOIN #general");
        client.await(" 366 " + nick + " #general ");
        return client;
    }

    /** Registered after asking for the capabilities {@code caps} (space separated), the MOTD read. */
    RawIrcClient ircWith(String nick, String caps) throws IOException {
        RawIrcClient client = ircUnregistered();
        client.send("CAP REQ :" + caps);
        client.send("NICK " + nick);
        client.send("USER " + nick + " 0 * :" + nick + " the tester");
        client.send("CAP END");
        client.await(" (376|422) ");
        return client;
    }

    /** Joins {@code channel} and reads the join burst, up to the end of the names. */
    static void join(RawIrcClient client, String nick, String channel) throws IOException {
        client.send("JOIN " + channel);
        client.await(" 366 " + nick + " " + channel + " ");
    }

    RawIrcClient ircUnregistered() throws IOException {
        return keep(RawIrcClient.connect(irc));
    }

    RawOriginalClient original(String name) throws IOException {
        return keep(RawOriginalClient.join(chat, name));
    }

    RawExtendedClient extended(String name) throws Exception {
        return keep(RawExtendedClient.join(chat, name));
    }

    /** A client of the rooms protocol ({@code chatroom/2}, as the desktop speaks it), named but in no room yet. */
    RawRoomClient rooms(String name) throws Exception {
        return keep(RawRoomClient.join(chat, name));
    }

    <T extends AutoCloseable> T keep(T client) {
        clients.add(client);
        return client;
    }

    @Override
    public void close() throws Exception {
        room.close();
        for (AutoCloseable client : clients) {
            client.close();
        }
    }

    /** Reads an original client's bytes until {@code text} came (the socket's read timeout bounds each read). */
    static void awaitText(RawOriginalClient client, String text) throws IOException {
        InputStream in = client.input();
        StringBuilder seen = new StringBuilder();
        while (seen.indexOf(text) < 0) {
            int b = in.read();
            if (b < 0 || seen.length() > 100_000) {
                throw new AssertionError("no '" + text + "' in: " + seen);
            }
            seen.append((char) b);
        }
    }
}
