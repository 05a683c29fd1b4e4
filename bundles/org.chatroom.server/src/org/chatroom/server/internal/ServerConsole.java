package org.chatroom.server.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the host's commands from an input (the server's stdin, a terminal or a pipe) on a daemon thread and prints
 * the answers. The end of the input only ends the reading: the server goes on until it is stopped.
 */
public final class ServerConsole implements Runnable {

    private final InputStream in;
    private final PrintStream out;
    private final ConsoleCommands commands;

    public ServerConsole(InputStream in, PrintStream out, ConsoleCommands commands) {
        this.in = in;
        this.out = out;
        this.commands = commands;
    }

    public Thread start() {
        Thread thread = new Thread(this, "chatroom-server-console");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String answer;
                try {
                    answer = commands.run(line);
                } catch (IllegalArgumentException e) {
                    answer = e.getMessage();
                }
                if (!answer.isEmpty()) {
                    out.println(answer);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // stdin is gone: the room goes on, only the console ends
        }
    }
}
