package org.chatroom.irc.internal;

import java.io.IOException;
import java.net.InetSocketAddress;

import org.chatroom.api.transport.ServerTransport;
import org.chatroom.api.room.RoomHost;
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
 * The IRC listener: starts once configuration PID {@value #PID} exists and while the rooms run (their
 * {@link MemberService} is registered only then), and stops with either. The transports are chosen like the room's:
 * {@code transport.target} and {@code tls.transport.target}; TLS listens only when {@code tls.port} is not -1 and a
 * TLS transport is present.
 */
@Component(configurationPid = IrcListenerComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = IrcListenerComponent.class, immediate = true)
@Designate(ocd = IrcConfig.class)
public final class IrcListenerComponent {

    public static final String PID = "org.chatroom.irc";

    private final IrcServer server;
    private final MemberService members;
    private final Logger logger;

    @Activate
    public IrcListenerComponent(IrcConfig config, @Reference MemberService members, @Reference RoomHost host,
            @Reference(name = "transport", target = "(" + ServerTransport.TYPE + "=tcp)") ServerTransport transport,
            @Reference(name = "tls.transport", target = "(" + ServerTransport.TYPE + "=tls)",
                    cardinality = ReferenceCardinality.OPTIONAL,
                    policyOption = ReferencePolicyOption.GREEDY) ServerTransport tlsTransport,
            @Reference(service = LoggerFactory.class) Logger logger) throws IOException {
        this.logger = logger;
        this.members = members;
        ServerTransport tls = config.tls_port() < 0 ? null : tlsTransport;
        if (config.tls_port() >= 0 && tls == null) {
            logger.warn("IRC tls.port {} is configured but no TLS transport matches {}: listening without TLS",
                    config.tls_port(), config.tls_transport_target());
        }
        String bind = config.bind_address();
        server = IrcServer.open(IrcSettings.of(config, IrcOptions.none()), members, host, transport,
                IrcSettings.address(bind, config.port()), tls, IrcSettings.address(bind, config.tls_port()),
                config.max_queued_bytes(), logger);
        logger.info("IRC listener on {}{}", server.address(),
                server.tlsAddress() == null ? "" : ", with TLS on " + server.tlsAddress());
    }

    /** Where plain IRC clients connect. */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Where IRC clients connect with TLS, or null. */
    public InetSocketAddress tlsAddress() {
        return server.tlsAddress();
    }

    /** Stopped with the rooms, its users are told the host's reason; else that the listener stops. */
    @Deactivate
    void deactivate() {
        server.close(IrcSettings.stopping(members));
        logger.info("IRC listener stopped");
    }
}
