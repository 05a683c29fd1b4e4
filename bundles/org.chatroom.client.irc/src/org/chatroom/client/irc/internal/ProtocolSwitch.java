package org.chatroom.client.irc.internal;

import java.time.Duration;
import java.util.List;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ClientSettings;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.api.client.ProtocolMode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The {@link ChatClient} the UIs get once this bundle is installed (ranked above the chatroom client): settings
 * with {@link ProtocolMode#IRC} connect the {@link IrcClient}, any other protocol goes to the chatroom client
 * (reference {@code chatroom}, filter {@code chatroom.target}). Only the one connected last is ever connected, and
 * every call goes to the one in use, so a UI needs nothing IRC-specific. Service property {@code chat.protocols} lists what it
 * speaks, for a UI that must wait for an IRC-capable client.
 */
@Component(service = ChatClient.class, configurationPid = IrcConfig.PID,
        property = { "service.ranking:Integer=100", "chat.client=protocol-switch", "chat.protocols=chatroom",
                "chat.protocols=irc" })
@Designate(ocd = IrcConfig.class)
public final class ProtocolSwitch implements ChatClient {

    private final ChatClient chatroom;
    private final Listeners listeners;
    private final IrcClient irc;

    @Activate
    public ProtocolSwitch(
            @Reference(name = "chatroom", target = "(!(chat.client=protocol-switch))") ChatClient chatroom,
            @Reference(service = LoggerFactory.class) Logger log, IrcConfig config) {
        this.chatroom = chatroom;
        this.listeners = new Listeners(log);
        this.irc = new IrcClient(config, log, listeners);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(ChatListener listener) {
        listeners.add(listener);
    }

    void removeListener(ChatListener listener) {
        listeners.remove(listener);
    }

    @Deactivate
    void deactivate() {
        irc.close();
        listeners.close();
    }

    @Override
    public void connect(ClientSettings settings) {
        ChatClient chosen = settings.protocol() == ProtocolMode.IRC ? irc : chatroom;
        ChatClient other = chosen == irc ? chatroom : irc;
        if (other.state() != ConnectionState.DISCONNECTED) {
            other.disconnect();
        }
        chosen.connect(settings);
    }

    @Override
    public void disconnect() {
        irc.disconnect();
        chatroom.disconnect();
    }

    @Override
    public boolean disconnectAndWait(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean ircClosed = irc.disconnectAndWait(timeout);
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        return chatroom.disconnectAndWait(left) && ircClosed;
    }

    /**
     * The client in use: IRC while it is not disconnected (its {@code connect} leaves that state at once), else the
     * chatroom client, also when a caller holding the chatroom client itself connected it.
     */
    private ChatClient active() {
        return irc.state() != ConnectionState.DISCONNECTED ? irc : chatroom;
    }

    @Override
    public boolean send(String text) {
        ChatClient current = active();
        if (current == irc && "/quit".equals(text.strip())) {
            irc.disconnect();
            return true;
        }
        return current.send(text);
    }

    @Override
    public ConnectionState state() {
        return active().state();
    }

    @Override
    public boolean holdsLinesForRoom() {
        return active().holdsLinesForRoom();
    }

    @Override
    public boolean awaitsAnswers() {
        return active().awaitsAnswers();
    }

    @Override
    public String nickname() {
        return active().nickname();
    }

    @Override
    public List<String> rooms() {
        return active().rooms();
    }

    @Override
    public String room() {
        return active().room();
    }

    @Override
    public boolean room(String name) {
        return active().room(name);
    }

    @Override
    public boolean listRooms() {
        return active().listRooms();
    }

    @Override
    public List<String> members() {
        return active().members();
    }

    @Override
    public List<String> members(String room) {
        return active().members(room);
    }

    @Override
    public boolean keepsRoomHistory() {
        return active().keepsRoomHistory();
    }

    @Override
    public boolean searchesRoomHistory() {
        return active().searchesRoomHistory();
    }
}
