package org.chatroom.room.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Optional;

/**
 * The password step of one extended connection: counts wrong or missing passwords, and asks the room's
 * {@link GuessThrottle} whether this address may guess at all. Connection thread only.
 */
final class PasswordGate {

    /** What a password (or its absence) leads to. */
    enum Outcome {
        PASSED, WRONG, EXHAUSTED, THROTTLED
    }

    private final Password password;
    private final GuessThrottle throttle;
    private final InetAddress address;
    private int failures;
    private boolean passed;
    private Duration wait = Duration.ZERO;
    private Optional<String> report = Optional.empty();

    PasswordGate(Password password, GuessThrottle throttle, InetAddress address) {
        this.password = password;
        this.throttle = throttle;
        this.address = address;
    }

    /** @return whether this connection may choose a name */
    boolean passed() {
        return passed || !password.required();
    }

    Outcome attempt(String guess) {
        if (!password.required()) {
            passed = true;
            return Outcome.PASSED;
        }
        long now = System.nanoTime();
        wait = throttle.waitFor(address, now);
        if (!wait.isZero()) {
            report = throttle.refused(address, now);
            return Outcome.THROTTLED;
        }
        if (password.matches(guess)) {
            passed = true;
            throttle.succeeded(address);
            return Outcome.PASSED;
        }
        report = throttle.failed(address, System.nanoTime());
        return fail();
    }

    /** A name was chosen before the right password. */
    Outcome missing() {
        return passed() ? Outcome.PASSED : fail();
    }

    /**
     * @return how long the address must wait before its next guess is heard, in whole seconds (0: at once): after a
     *         wrong password, what the sender is told instead of the tries its connection has left, which a client
     *         connecting again for each try (the desktop) read as the same number every time
     */
    long nextWaitSeconds() {
        return GuessThrottle.seconds(throttle.waitFor(address, System.nanoTime()));
    }

    /**
     * @return the guesses left before the connection closes or the address has to wait, whichever comes first (a
     *         client connecting again for each try was told "2 tries left" every time)
     */
    int triesLeft() {
        return Math.min(password.maxAttempts() - failures, throttle.freeLeft(address, System.nanoTime()));
    }

    /** After {@link Outcome#THROTTLED}: how long the address must wait, in whole seconds (rounded up). */
    long waitSeconds() {
        return GuessThrottle.seconds(wait);
    }

    /** @return the summary line for the log the last attempt produced, once */
    Optional<String> takeReport() {
        Optional<String> line = report;
        report = Optional.empty();
        return line;
    }

    private Outcome fail() {
        failures++;
        return failures >= password.maxAttempts() ? Outcome.EXHAUSTED : Outcome.WRONG;
    }
}
