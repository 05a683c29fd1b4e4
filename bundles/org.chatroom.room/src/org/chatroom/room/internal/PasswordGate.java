package org.chatroom.room.internal;

/** The password step of one extended connection: counts wrong or missing passwords. Connection thread only. */
final class PasswordGate {

    /** What a password (or its absence) leads to. */
    enum Outcome {
        PASSED, WRONG, EXHAUSTED
    }

    private final Password password;
    private int failures;
    private boolean passed;

    PasswordGate(Password password) {
        this.password = password;
    }

    /** @return whether this connection may choose a name */
    boolean passed() {
        return passed || !password.required();
    }

    Outcome attempt(String guess) {
        if (password.matches(guess)) {
            passed = true;
            return Outcome.PASSED;
        }
        return fail();
    }

    /** A name was chosen before the right password. */
    Outcome missing() {
        return passed() ? Outcome.PASSED : fail();
    }

    int triesLeft() {
        return password.maxAttempts() - failures;
    }

    private Outcome fail() {
        failures++;
        return failures >= password.maxAttempts() ? Outcome.EXHAUSTED : Outcome.WRONG;
    }
}
