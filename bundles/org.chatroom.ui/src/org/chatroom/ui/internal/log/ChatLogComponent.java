package org.chatroom.ui.internal.log;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.chatroom.api.client.ChatEvent;
import org.chatroom.api.client.ChatListener;
import org.chatroom.api.client.ConnectionState;
import org.chatroom.ui.internal.bridge.Topics;
import org.chatroom.ui.internal.prefs.ChatPreferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Writes the chat log when the preference asks for it: hears the client (whiteboard) and the room the UI joins
 * (event {@link Topics#ROOM}), and writes on its own thread.
 */
@Component(service = { ChatListener.class, EventHandler.class }, configurationPid = "org.chatroom.ui.log",
        property = EventConstants.EVENT_TOPIC + "=" + Topics.ROOM)
@Designate(ocd = ChatLogComponent.Config.class)
public final class ChatLogComponent implements ChatListener, EventHandler {

    @ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%log.config.name")
    public @interface Config {
        @AttributeDefinition(name = "%log.config.directory.name", description = "%log.config.directory.description")
        String directory() default "";
    }

    private final ChatLogWriter writer;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, "chatroom-log"));
    private final Logger logger;
    private volatile String room = "";

    @Activate
    public ChatLogComponent(Config config, @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        Path dir = config.directory().isBlank() ? Path.of(System.getProperty("user.home"), ".chatroom", "logs")
                : Path.of(config.directory());
        writer = new ChatLogWriter(dir, ZoneId.systemDefault());
    }

    @Deactivate
    void deactivate() {
        thread.execute(this::close);
        thread.shutdown();
    }

    @Override
    public void handleEvent(Event event) {
        room = String.valueOf(event.getProperty(Topics.DATA));
    }

    @Override
    public void events(List<ChatEvent> events) {
        String target = room;
        if (target.isEmpty() || !ChatPreferences.bool(ChatPreferences.LOG_ENABLED)) {
            return;
        }
        List<ChatEvent> copy = List.copyOf(events);
        run(() -> {
            try {
                writer.write(target, copy);
            } catch (IOException e) {
                logger.error("Cannot write the chat log of {}: {}", target, e.toString());
            }
        });
    }

    @Override
    public void stateChanged(ConnectionState state, String detail) {
        if (state == ConnectionState.DISCONNECTED) {
            run(this::close);
        }
    }

    private void run(Runnable work) {
        try {
            thread.execute(work);
        } catch (RejectedExecutionException e) {
            // deactivated: the log is closed
        }
    }

    private void close() {
        try {
            writer.close();
        } catch (IOException e) {
            logger.warn("Cannot close the chat log: {}", e.toString());
        }
    }
}
