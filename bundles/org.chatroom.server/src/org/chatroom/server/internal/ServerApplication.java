package org.chatroom.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.room.GatewaySettings;
import org.chatroom.api.room.HostSettings;
import org.chatroom.api.room.RoomHost;
import org.chatroom.api.room.RoomStatus;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.log.admin.LoggerAdmin;
import org.osgi.service.metatype.MetaTypeService;

/**
 * {@code chatroom-server}: hosts the room until SIGTERM (or Ctrl+C, or the application is stopped), then tells the
 * members and closes. Prints where it listens on stdout, its own output as a command line tool; logs to the OSGi log.
 */
public final class ServerApplication implements IApplication {

    /** Exit code for a wrong command line. */
    static final Integer EXIT_USAGE = 2;
    /** Exit code when the room cannot start, e.g. the port is taken. */
    static final Integer EXIT_FAILED = 1;

    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(20);
    private static final long SHUTDOWN_GRACE_SECONDS = 10;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    /** What the members are told when the host stops the server from its console; empty: the server's own words. */
    private volatile String stopReason = "";
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        ServerArguments args;
        try {
            args = ServerArguments.parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Messages.format("usage"));
            return EXIT_USAGE;
        }
        if (args.help()) {
            System.out.println(Messages.format("usage"));
            return EXIT_OK;
        }
        if (args.listSettings()) {
            MetaTypeService metatype = new ServiceWaiter(bundleContext(), SERVICE_TIMEOUT).get(MetaTypeService.class);
            return RoomSettingsList.print(RoomSettingsList.of(bundleContext(), metatype), System.out, System.err);
        }
        Optional<String> password;
        try {
            password = PasswordSource.read(args, System.getenv()).map(PasswordSource::forConfiguration);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return EXIT_USAGE;
        }
        if (args.hashPassword()) {
            return HashCommand.print(password, System.out, System.err);
        }
        try {
            return lockedAndServed(args, password);
        } finally {
            stopped.countDown();
        }
    }

    /** Serves while this run holds its data folder ({@link DataFolderLock}). */
    private Object lockedAndServed(ServerArguments args, Optional<String> password) throws InterruptedException {
        DataFolderLock folder = DataFolderLock.of(bundleContext());
        try {
            if (!folder.lock()) {
                System.err.println(Messages.format("error.dataFolderInUse", folder.path()));
                return EXIT_FAILED;
            }
        } catch (IOException e) {
            System.err.println(Messages.format("error.dataFolderLock", folder.path(), e.getMessage()));
            return EXIT_FAILED;
        }
        try {
            return serve(args, password);
        } finally {
            folder.release();
        }
    }

    private Object serve(ServerArguments args, Optional<String> password) throws InterruptedException {
        BundleContext bundleContext = bundleContext();
        ServiceWaiter services = new ServiceWaiter(bundleContext, SERVICE_TIMEOUT);
        LogLevels.atLeastInfo(services.get(LoggerAdmin.class));
        LogReaderService logReader = services.get(LogReaderService.class);
        LogPrinter printer = new LogPrinter(System.out);
        logReader.addLogListener(printer);
        try {
            return serve(services, args, password);
        } finally {
            logReader.removeLogListener(printer);
        }
    }

    private Object serve(ServiceWaiter services, ServerArguments args, Optional<String> password)
            throws InterruptedException {
        Logger log = services.get(LoggerFactory.class).getLogger(getClass());
        RoomHost room;
        try {
            room = services.get(RoomHost.class);
        } catch (IllegalStateException e) { // e.g. the room history cannot be opened: its ERROR above says why
            log.error(e.getMessage());
            return EXIT_FAILED;
        }
        RoomStatus status;
        GatewaySettings irc;
        try {
            Map<String, String> redis = args.redisFile() == null ? null : SharedLog.read(Path.of(args.redisFile()));
            SharedLog.configure(services.get(ConfigurationAdmin.class), redis);
            if (redis != null) {
                log.info(Messages.format("sharedLog", redis.getOrDefault("address", "127.0.0.1:6379"),
                        args.redisFile()));
            }
            Map<String, String> ircFile = args.ircFile() == null ? null
                    : IrcOption.read(Path.of(args.ircFile()), args.settings().get(RoomHost.BIND_ADDRESS));
            irc = ircFile == null ? null : IrcOption.settings(ircFile, args.ircFile(), log);
            if (ircFile != null && irc == null) {
                return EXIT_FAILED;
            }
            IrcOption.forgetEarlierRuns(services.get(ConfigurationAdmin.class));
            String logTarget = null;
            if (args.redisFile() == null) {
                Map<String, String> history = args.historyFile() == null ? Map.of()
                        : HistoryOption.read(Path.of(args.historyFile()));
                HistoryOption option = new HistoryOption();
                option.configure(services.get(ConfigurationAdmin.class), history);
                logTarget = option.target();
                if (args.historyFile() != null) {
                    log.info(Messages.format("historySettings", args.historyFile()));
                }
            }
            HostSettings settings = args.hostSettings(password.orElse(""), logTarget);
            OwnerOnlyAccess.guard(bundleContext(), log);
            args.settings().forEach((key, value) -> log.info(Messages.format("setting", key, value)));
            status = room.start(settings);
        } catch (IOException e) {
            log.error(Messages.format("error.cannotListen", describe(args), e.getMessage()));
            return EXIT_FAILED;
        } catch (IllegalArgumentException e) { // a setting the room does not have, or a value it does not take
            log.error(Messages.format("error.notStarted", e.getMessage()));
            return EXIT_FAILED;
        }
        if (irc != null && !IrcOption.open(bundleContext(), irc, args.ircFile(), SERVICE_TIMEOUT, log)) {
            room.stop(Messages.format("shutdown.reason"));
            return EXIT_FAILED;
        }
        InetSocketAddress address = status.address();
        String host = address.getAddress() != null && address.getAddress().isAnyLocalAddress() ? "*"
                : address.getHostString();
        String listening = Messages.format("listening", host, address.getPort());
        log.info(listening);
        if (password.isPresent()) {
            log.info(Messages.format("passwordRequired"));
        }
        new ServerConsole(System.in, System.out, new ConsoleCommands(room, why -> {
            stopReason = why;
            stopRequested.countDown();
        })).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::requestStopAndWait, "chatroom-server-shutdown"));
        stopRequested.await();
        // the host's words with what happens: alone, "Maintenance window" was a line without context
        String reason = stopReason.isEmpty() ? Messages.format("shutdown.reason")
                : Messages.format("shutdown.reasonWhy", stopReason);
        log.info(Messages.format("stopping", reason));
        room.stop(reason);
        log.info(Messages.format("stopped"));
        return EXIT_OK;
    }

    private BundleContext bundleContext() {
        return FrameworkUtil.getBundle(getClass()).getBundleContext();
    }

    private static String describe(ServerArguments args) {
        return args.settings().getOrDefault(RoomHost.BIND_ADDRESS, "*") + ":"
                + args.settings().getOrDefault(RoomHost.PORT, "");
    }

    /** On SIGTERM: let {@link #start} stop the room, and keep the JVM alive until it has. */
    private void requestStopAndWait() {
        stopRequested.countDown();
        try {
            stopped.await(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        stopRequested.countDown();
    }
}
