package org.chatroom.console.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chatroom.api.client.ChatClient;
import org.chatroom.api.client.ProtocolMode;
import org.chatroom.api.client.ChatListener;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code chatroom --console}: the same {@link ChatClient} service the desktop uses, with stdin as the input field and
 * stdout as the message list. Ends on {@code /quit}, at the end of input, when the room is gone for good, or on a
 * signal (leaving the room first); {@code /help} lists the commands; {@code /ignore} and {@code /unignore} are
 * answered here.
 */
public final class ConsoleApplication implements IApplication {

    private static final Integer EXIT_USAGE = 2;
    private static final Integer EXIT_DISCONNECTED = 1;
    private static final long SERVICE_TIMEOUT_MILLIS = 20_000;
    /** How long the leave may take to be written when a signal ends the console. */
    private static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(2);

    private final CountDownLatch done = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        context.applicationRunning();
        ConsoleArguments args;
        try {
            args = ConsoleArguments.parse((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Messages.get("usage"));
            return EXIT_USAGE;
        }
        if (args.help()) {
            System.out.println(Messages.get("usage"));
            return EXIT_OK;
        }
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        // IRC: wait for a client that says it speaks it (the IRC bundle's may register after the chatroom one)
        ServiceTracker<ChatClient, ChatClient> tracker = args.settings().protocol() == ProtocolMode.IRC
                ? new ServiceTracker<>(bundleContext, bundleContext.createFilter("(&(objectClass="
                        + ChatClient.class.getName() + ")(chat.protocols=irc))"), null)
                : new ServiceTracker<>(bundleContext, ChatClient.class, null);
        tracker.open();
        try {
            ChatClient client = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
            if (client == null) {
                System.err.println(Messages.get("error.noClient"));
                return EXIT_DISCONNECTED;
            }
            return chat(bundleContext, client, args);
        } finally {
            tracker.close();
        }
    }

    private Object chat(BundleContext bundleContext, ChatClient client, ConsoleArguments args)
            throws InterruptedException {
        boolean colours = NameColours.wanted(args.colours(), System.console() != null, System.getenv());
        ConsolePrinter printer = new ConsolePrinter(System.out, new EventFormatter(ZoneId.systemDefault(), colours),
                LocalDate.now());
        printer.me(client::nickname);
        printer.rooms(client::room, client::rooms);
        ServiceRegistration<ChatListener> registration = bundleContext.registerService(ChatListener.class, printer,
                null);
        Thread input = new Thread(() -> pumpInput(client, printer), "chatroom-console-input");
        input.setDaemon(true);
        // Ctrl+C or SIGTERM end the JVM at once: the room would tell the others the connection was lost
        Thread onSignal = new Thread(() -> leave(client), "chatroom-console-signal");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            client.connect(args.settings());
            input.start();
            while (done.getCount() > 0 && printer.ended().getCount() > 0) {
                done.await(100, TimeUnit.MILLISECONDS);
            }
            boolean userQuit = done.getCount() == 0;
            client.disconnectAndWait(LEAVE_TIMEOUT); // the leave written before the program ends
            return userQuit ? EXIT_OK : EXIT_DISCONNECTED;
        } finally {
            removeHook(onSignal);
            registration.unregister();
        }
    }

    /** On a signal: leaves the room, the leave written before the JVM ends (bounded). */
    private static void leave(ChatClient client) {
        try {
            client.disconnectAndWait(LEAVE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is ending already: the hook runs
        }
    }

    /** Hands each line typed to the {@link ConsoleInput}, until it says to quit or the input ends. */
    private void pumpInput(ChatClient client, ConsolePrinter printer) {
        ConsoleInput input = new ConsoleInput(client, printer, System.err, System.console() != null);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!input.typed(line)) {
                    break;
                }
            }
            input.beforeLeaving();
        } catch (IOException e) {
            System.err.println(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }

    @Override
    public void stop() {
        done.countDown();
    }
}
