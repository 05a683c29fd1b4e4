package org.chatroom.irc.internal;

import java.io.IOException;
import java.util.Map;
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
import org.osgi.service.metatype.annotations.Designate;

/**
 * The IRC listener: registered as a {@link RoomGateway} while the rooms run (their {@link MemberService} is
 * registered only then), and stopped with them. It listens in either of two ways. Configured (PID {@value #PID}
 * exists), it listens as the configuration says as soon as it starts: its ports, its address, its network's names,
 * MOTD, accounts and limits (a port taken is logged, and a host may still open it elsewhere). Otherwise it listens
 * only once a host opens it for that run (the desktop's Host Room and the headless server's {@code --irc} do), with
 * the network's settings of the configuration or the defaults, each option the host gives
 * ({@link GatewaySettings#options()}) over them, and the host's ports and address; opened already, it answers where
 * it listens. The transports are chosen like the room's: {@code transport.target} and {@code tls.transport.target}.
 * Immediate, so that it stays open when its last user lets the service go.
 */
@Component(configurationPid = IrcGatewayComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        service = RoomGateway.class, immediate = true,
        property = RoomGateway.PROTOCOL + "=" + IrcGatewayComponent.PROTOCOL)
@Designate(ocd = IrcConfig.class)
public final class IrcGatewayComponent implements RoomGateway {

    /** The listener's configuration PID: with it, the listener listens as soon as the rooms run. */
    public static final String PID = "org.chatroom.irc";
    static final String PROTOCOL = "irc";
    /** A property only a configuration gives the component (its {@code service.pid}). */
    private static final String CONFIGURED = "service.pid";

    private final IrcConfig config;
    private final MemberService members;
    private final RoomHost host;
    private final ServerTransport transport;
    private final ServerTransport tlsTransport; // may be null
    private final Logger logger;
    private IrcServer server; // while open; guarded by this

    @Activate
    public IrcGatewayComponent(IrcConfig config, Map<String, Object> properties, @Reference MemberService members,
            @Reference RoomHost host,
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
        if (properties.containsKey(CONFIGURED)) {
            listenAsConfigured();
        }
    }

    /** Configured: listens on the configuration's ports and address; a port taken is logged, the gateway stays. */
    private void listenAsConfigured() {
        try {
            open(new GatewaySettings(config.port(), config.tls_port(), config.bind_address(), Map.of()));
        } catch (IOException | IllegalArgumentException e) {
            logger.error("The IRC listener of configuration {} does not listen on port {}: {}", PID, config.port(),
                    e.toString());
        }
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
            logger.info("IRC listener on {}{}", server.address(),
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
            logger.info("IRC listener stopped");
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
