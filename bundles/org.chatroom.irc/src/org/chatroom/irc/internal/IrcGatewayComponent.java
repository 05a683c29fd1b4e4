package org.chatroom.irc.internal;

import java.io.IOException;
import java.util.Optional;

import org.chatroom.api.room.GatewayAddresses;
import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.RoomGateway;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.irc.internal.session.Network;
import org.chatroom.room.member.MemberService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The IRC listener as a {@link RoomGateway}: registered while the rooms run, it listens only once a host opens it
 * (the desktop's Host Room and the headless server's {@code --irc} do, for that run) and stops with the rooms. The
 * network's names, MOTD, accounts and limits come from the listener's configuration (PID
 * {@value IrcListenerComponent#PID}) when there is one, else from its defaults, each option a host gives for the run
 * ({@link GatewaySettings#options()}) over it; the ports and the address are the host's. Where that configuration
 * exists, the configured listener ({@link IrcListenerComponent}) already listens, so a host need not open this one.
 * Immediate, so that it stays open when its last user lets the service go.
 */
@Component(configurationPid = IrcListenerComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = RoomGateway.class, immediate = true,
        property = RoomGateway.PROTOCOL + "=" + IrcGatewayComponent.PROTOCOL)
public final class IrcGatewayComponent implements RoomGateway {

    static final String PROTOCOL = "irc";

    private final IrcConfig config;
    private final MemberService members;
    private final RoomHost host;
    private final ServerTransport transport;
    private final ServerTransport tlsTransport; // may be null
    private final Logger logger;
    private IrcServer server; // while open; guarded by this

    @Activate
    public IrcGatewayComponent(IrcConfig config, @Reference MemberService members, @Reference RoomHost host,
            @Reference(name = "transport", target = "(" + ServerTransport.TYPE + "=tcp)") ServerTransport transport,
            @Reference(name = "tls.transport", target = "(" + ServerTransport.TYPE + "=tls)",
                    cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) ServerTransport tlsTransport,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.config = config;
        this.members = members;
        this.host = host;
        this.transport = transport;
        this.tlsTransport = tlsTransport;
        this.logger = logger;
    }

    @Override
    public synchronized GatewayAddresses open(GatewaySettings settings) throws IOException {
        if (server == null) {
            IrcOptions options = new IrcOptions(settings.options());
            Network.Settings network = IrcSettings.of(config, options);
            int maxQueuedBytes = IrcSettings.maxQueuedBytes(config, options);
            options.refuseUnknown();
            String bind = settings.bindAddress();
            ServerTransport tls = settings.tlsPort() >= 0 ? tlsTransport : null;
            if (settings.tlsPort() >= 0 && tls == null) {
                logger.warn("IRC TLS port {} asked for, but no TLS transport is installed: listening without TLS",
                        settings.tlsPort());
            }
            server = IrcServer.open(network, members, host, transport, IrcSettings.address(bind, settings.port()), tls,
                    IrcSettings.address(bind, settings.tlsPort()), maxQueuedBytes, logger);
            logger.info("IRC gateway on {}{}", server.address(),
                    server.tlsAddress() == null ? "" : ", with TLS on " + server.tlsAddress());
        }
        return addresses(server);
    }

    /** Its users are told the host's reason when the rooms stop, else that the listener stops. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close(IrcSettings.stopping(members));
            server = null;
            logger.info("IRC gateway closed");
        }
    }

    @Override
    public synchronized Optional<GatewayAddresses> addresses() {
        return Optional.ofNullable(server).map(IrcGatewayComponent::addresses);
    }

    @Deactivate
    void deactivate() {
        close();
    }

    private static GatewayAddresses addresses(IrcServer server) {
        return new GatewayAddresses(PROTOCOL, server.address(), Optional.ofNullable(server.tlsAddress()));
    }
}
