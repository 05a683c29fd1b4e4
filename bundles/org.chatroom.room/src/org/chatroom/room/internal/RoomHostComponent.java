package org.chatroom.room.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chatroom.api.log.LogUsage;
import org.chatroom.api.log.Retention;
import org.chatroom.api.log.RoomLog;
import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomInfo;
import org.chatroom.api.room.RoomStatus;
import org.chatroom.api.room.TlsListener;
import org.chatroom.api.transport.ServerTransport;
import org.chatroom.room.member.MemberService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The room host service. The transport is the {@link ServerTransport} matching the {@code transport.target}
 * filter of the configuration ({@code (chat.transport=tcp)} by default); a configuration change applies at the next
 * {@link #start()}. With {@code tls.port} set and a TLS transport present (optional reference {@code tls.transport},
 * filter {@code tls.transport.target}), the room also listens with TLS on that port. The host's bans are kept in
 * {@value #BAN_FILE} in the run's own data folder ({@link BanLocation}), so they outlive the component and the process;
 * on a node of a cluster the file mirrors the cluster's server-wide bans, and seeds only a cluster that never had
 * any ({@link ClusterWatch}). The rooms' events and
 * settings are kept by the {@link RoomLog} matching {@code roomlog.target} at each {@link #start()} (so a run's
 * {@link HostSettings} may choose it too); the rooms it remembers are restored then. A log shared by several servers
 * comes with a {@link org.chatroom.api.log.ClusterPresence}, which makes this server a node of that cluster.
 */
@Component(configurationPid = RoomHost.PID, service = RoomHost.class)
@Designate(ocd = RoomConfig.class)
public final class RoomHostComponent implements RoomHost {

    /** The file of the bans in the bundle's data area. */
    public static final String BAN_FILE = "bans.txt";

    /** How long a start waits for the room log its configuration names (and its cluster presence) to appear. */
    private static final Duration LOG_WAIT = Duration.ofSeconds(20);

    private final ServerTransport transport;
    private final BundleContext context;
    private final Logger logger;
    @Reference(name = "tls.transport", target = "(" + ServerTransport.TYPE + "=tls)",
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServerTransport tlsTransport;
    private volatile RoomConfig config;
    private final Bans bans = new Bans();
    private final BanFile banFile; // null without a data area
    /**
     * Written under this object's lock; read without it by {@link #status()} and {@link #tlsListener()}, which the
     * desktop asks on its UI thread while a start (in a job) may hold the lock for as long as it waits for its log.
     */
    private volatile RoomServer running;
    private LogChoice runningLog; // guarded by this
    private ServiceRegistration<MemberService> members; // while running; guarded by this
    /** Set as the component is deactivated: a start still waiting for its room log gives up. */
    private volatile boolean deactivating;

    @Activate
    public RoomHostComponent(RoomConfig config,
            @Reference(name = "transport", target = "(" + ServerTransport.TYPE + "=tcp)") ServerTransport transport,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this.config = config;
        this.transport = transport;
        this.context = context;
        this.logger = logger;
        Path data = BanLocation.of(context);
        this.banFile = data == null ? null : new BanFile(data);
        loadBans();
        bans.mirrorTo(list -> saveBans()); // a cluster's server-wide bans, as this node learns them
    }

    private void loadBans() {
        if (banFile == null) {
            logger.warn("no data area for this bundle: bans will last only as long as the room service");
            return;
        }
        try {
            List<String> saved = banFile.read();
            bans.load(saved).forEach(refused -> logger.warn("ignored in {}: {}", banFile.path(), refused));
            if (!saved.isEmpty()) {
                logger.info("{} bans from {}", saved.size(), banFile.path());
            }
        } catch (IOException | RuntimeException e) {
            logger.error("could not read the bans from {}: starting without them", banFile.path(), e);
        }
    }

    /**
     * Writes the bans out after a change (the host's, or the cluster's list learnt from another node); when that fails
     * they still hold until the room service stops.
     */
    private void saveBans() {
        if (banFile == null) {
            return;
        }
        synchronized (banFile) { // the host's thread and the cluster's heartbeat write the one file
            try {
                banFile.write(bans.list());
            } catch (IOException | RuntimeException e) {
                logger.error("could not save the bans to {}: they hold until the room service stops", banFile.path(),
                        e);
            }
        }
    }

    @Modified
    void modified(RoomConfig newConfig) {
        this.config = newConfig;
    }

    @Deactivate
    void deactivate() {
        deactivating = true; // before the lock, which a start waiting for its log holds
        stop(Messages.get("notice.shutdown"));
    }

    @Override
    public RoomStatus start() throws IOException {
        return start(config);
    }

    @Override
    public RoomStatus start(HostSettings settings) throws IOException {
        return start(ConfigOverlay.of(config, settings));
    }

    private synchronized RoomStatus start(RoomConfig current) throws IOException {
        if (running == null) {
            ServerTransport tls = current.tls_port() > 0 ? tlsTransport : null;
            if (current.tls_port() > 0 && tls == null) {
                logger.warn("tls.port {} is configured but no TLS transport matches {}: listening without TLS",
                        current.tls_port(), current.tls_transport_target());
            }
            LogChoice chosen = LogChoice.of(context, current.roomlog_target(), LOG_WAIT, () -> deactivating);
            try {
                running = RoomServer.open(transport, configuredAddress(current, current.port()), tls,
                        configuredAddress(current, current.tls_port()), chosen.log(), chosen.presence(),
                        RoomLimits.of(current), RoomPolicy.of(current), RoomAccess.of(current, bans), logger);
            } catch (IOException | RuntimeException e) {
                chosen.close();
                throw e;
            }
            runningLog = chosen;
            logger.info("room started on {} with the room log ({}={}){}", running.status().address(), RoomLog.TYPE,
                    chosen.type(), chosen.presence() == null ? "" : ", shared with other servers");
            running.tlsListener().ifPresent(listener -> logger.info("room listens with TLS on {}, certificate "
                    + "SHA-256 fingerprint {}", listener.address(), listener.fingerprint()));
            members = context.registerService(MemberService.class, running.members(), null);
        }
        return running.status();
    }

    @Override
    public synchronized void stop(String reason) {
        RoomServer server = running;
        if (server != null) {
            server.stopping(reason);
            unregisterMembers();
            running = null; // stopped, as far as status() tells, while it closes
            server.stop(reason);
            logger.info("room stopped: {}", reason);
            runningLog.close();
            runningLog = null;
        }
    }

    /** Front ends (IRC) see the member service go before the rooms close, and let their users go first. */
    private void unregisterMembers() {
        try {
            members.unregister();
        } catch (IllegalStateException e) {
            // the bundle is stopping: the framework unregistered it already
        }
        members = null;
    }

    @Override
    public RoomStatus status() {
        RoomServer server = running;
        return server == null ? RoomStatus.STOPPED : server.status();
    }

    @Override
    public List<String> connected() {
        RoomServer server = running;
        return server == null ? List.of() : server.connected();
    }

    @Override
    public synchronized boolean kick(String name, String reason) {
        boolean kicked = running != null
                && running.kick(name, reasoned("leave.kicked", reason), reasoned("bye.removed", reason));
        if (kicked) {
            logger.info("the host removed {}{}", name, because(reason));
        }
        return kicked;
    }

    @Override
    public synchronized void ban(String nameOrAddress, String reason) {
        if (bans.add(nameOrAddress)) {
            saveBans();
        }
        logger.info("the host banned {}{}", nameOrAddress, because(reason));
        if (running != null) {
            List<String> removed = running.ban(nameOrAddress, reasoned("leave.banned", reason),
                    reasoned("bye.banned", reason));
            if (!removed.isEmpty()) {
                logger.info("removed by the ban on {}: {}", nameOrAddress, removed);
            }
        }
    }

    @Override
    public synchronized boolean unban(String nameOrAddress) {
        Optional<String> entry = bans.find(nameOrAddress);
        boolean lifted = bans.remove(nameOrAddress);
        if (lifted) {
            saveBans();
            if (running != null) {
                running.unbanned(entry.get());
            }
            logger.info("the host lifted the ban on {}", nameOrAddress);
        }
        return lifted;
    }

    @Override
    public List<String> bans() {
        return bans.list();
    }

    /** @return a retention as the log says it: "at most 2 events, at most 24h" (it read "Retention[maxEvents=2, ...") */
    private static String described(Retention retention) {
        if (retention == null) {
            return "the default";
        }
        String events = retention.maxEvents() == 0 ? "any number of events" : "at most " + retention.maxEvents()
                + " events";
        String age = retention.maxAge().isZero() ? "of any age"
                : "at most " + retention.maxAge().toString().substring(2).toLowerCase(Locale.ROOT);
        return events + ", " + age;
    }

    /** @return ": REASON" for the log, nothing for no reason (it logged "the host banned u2: ") */
    private static String because(String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    }

    /** The text of {@code key} with the host's reason, or its variant without reason. */
    private static String reasoned(String key, String reason) {
        return reason == null || reason.isBlank() ? Messages.get(key + "NoReason") : Messages.get(key, reason.strip());
    }

    @Override
    public Optional<TlsListener> tlsListener() {
        RoomServer server = running;
        return server == null ? Optional.empty() : server.tlsListener();
    }

    private static InetSocketAddress configuredAddress(RoomConfig config, int port) {
        String bind = config.bind_address();
        return bind.isBlank() ? new InetSocketAddress(port) : new InetSocketAddress(bind, port);
    }

    @Override
    public synchronized List<RoomInfo> rooms() {
        return running == null ? List.of() : running.admin().rooms();
    }

    @Override
    public synchronized RoomInfo createRoom(String name) {
        RoomInfo created = hosting().create(name);
        logger.info("the host created room {}", created.name());
        return created;
    }

    @Override
    public synchronized boolean closeRoom(String name, String reason) {
        boolean closed = running != null && running.admin().close(name, reason == null ? "" : reason.strip());
        if (closed) {
            logger.info("the host closed room {}{}", name, because(reason));
        }
        return closed;
    }

    @Override
    public synchronized boolean topic(String room, String text) {
        return running != null && running.admin().topic(room, Messages.get("host.name"), text);
    }

    @Override
    public synchronized boolean roomPassword(String room, String password) {
        boolean set = running != null && running.admin().password(room, password);
        if (set) { // never the password
            logger.info(password.isEmpty() ? "the host removed the password of room {}"
                    : "the host set a new password for room {}", room);
        }
        return set;
    }

    @Override
    public synchronized boolean ban(String room, String nameOrAddress, String reason) {
        boolean banned = running != null
                && running.admin().ban(room, nameOrAddress, reasoned("leave.banned", reason));
        if (banned) {
            logger.info("the host banned {} from room {}{}", nameOrAddress, room, because(reason));
        }
        return banned;
    }

    @Override
    public synchronized boolean kick(String room, String name, String reason) {
        boolean kicked = running != null && running.admin().kick(room, name, reasoned("leave.kicked", reason),
                reasoned("bye.removed", reason));
        if (kicked) {
            logger.info("the host removed {} from room {}{}", name, room, because(reason));
        }
        return kicked;
    }

    @Override
    public synchronized boolean unban(String room, String nameOrAddress) {
        boolean lifted = running != null && running.admin().unban(room, nameOrAddress);
        if (lifted) { // as a ban is logged, and the server-wide unban
            logger.info("the host lifted the ban on {} in room {}", nameOrAddress, room);
        }
        return lifted;
    }

    @Override
    public synchronized List<String> bans(String room) {
        return running == null ? List.of() : running.admin().bans(room);
    }

    @Override
    public synchronized boolean retention(String room, Retention retention) {
        boolean set = running != null && running.admin().retention(room, retention);
        if (set) {
            logger.info("the host set the retention of room {}: {}", room, described(retention));
        }
        return set;
    }

    @Override
    public synchronized Optional<Retention> retention(String room) {
        return running == null ? Optional.empty() : running.admin().retention(room);
    }

    @Override
    public synchronized boolean originalHistory(String room, int lines) {
        return running != null && running.admin().originalHistory(room, lines);
    }

    @Override
    public synchronized Optional<LogUsage> history() {
        return running == null ? Optional.empty() : Optional.of(running.admin().usage());
    }

    private RoomAdmin hosting() {
        if (running == null) {
            throw new IllegalStateException(Messages.get("host.notHosting"));
        }
        return running.admin();
    }
}
