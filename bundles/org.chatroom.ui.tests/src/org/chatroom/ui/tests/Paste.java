package org.chatroom.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;

/**
 * Reads the clipboard as a paste would. {@link #fromOtherProgram()} asks another X client ({@code xclip}, Debian
 * package xclip) while this UI thread keeps the event loop running: GTK serves the copied text from the event loop,
 * so a reader that blocks the loop gets nothing. {@link #fromThisProgram()} asks through SWT, as a paste into the
 * desktop's own input field would.
 */
final class Paste {

    private Paste() {
    }

    static String fromOtherProgram() {
        try {
            File out = File.createTempFile("paste", ".txt");
            try {
                Process xclip = new ProcessBuilder("xclip", "-o", "-selection", "clipboard")
                        .redirectOutput(out).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                Ui.until("xclip to read the clipboard", () -> !xclip.isAlive(), () -> "xclip still running");
                xclip.waitFor(1, TimeUnit.SECONDS);
                return Files.readString(out.toPath(), StandardCharsets.UTF_8);
            } finally {
                out.delete();
            }
        } catch (IOException e) {
            return fail("xclip (Debian package xclip, releng/scripts/setup-debian.sh) could not run: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    static String fromThisProgram() {
        Clipboard clipboard = new Clipboard(Ui.display());
        try {
            Object text = clipboard.getContents(TextTransfer.getInstance());
            return text == null ? "" : (String) text;
        } finally {
            clipboard.dispose();
        }
    }
}
