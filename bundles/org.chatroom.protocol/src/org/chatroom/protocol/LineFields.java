package org.chatroom.protocol;

/** Splits a protocol line: {@code COMMAND}, then fields separated by one space, then free text to the end. */
final class LineFields {

    final String command;
    private final String arguments;

    private LineFields(String command, String arguments) {
        this.command = command;
        this.arguments = arguments;
    }

    static LineFields of(String line) throws ProtocolException {
        if (line.isEmpty()) {
            throw new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.empty"));
        }
        int space = line.indexOf(' ');
        return space < 0 ? new LineFields(line, "") : new LineFields(line.substring(0, space), line.substring(space + 1));
    }

    /** The whole argument text (empty when there is none). */
    String rest() {
        return arguments;
    }

    /**
     * @return {@code fixed} fields followed by the free text (empty when absent)
     * @throws ProtocolException when fewer than {@code fixed} fields are present
     */
    String[] split(int fixed) throws ProtocolException {
        String[] result = new String[fixed + 1];
        String remaining = arguments;
        for (int i = 0; i < fixed; i++) {
            int space = remaining.indexOf(' ');
            String field = space < 0 ? remaining : remaining.substring(0, space);
            if (field.isEmpty()) {
                throw missing();
            }
            result[i] = field;
            remaining = space < 0 ? "" : remaining.substring(space + 1);
        }
        result[fixed] = remaining;
        return result;
    }

    ProtocolException missing() {
        return new ProtocolException(ErrorCode.BAD_COMMAND, Messages.get("line.missingArgument", command));
    }

    /** Joins fields and a trailing free text; an empty text adds nothing, not even the space. */
    static String join(String command, String text, String... fields) {
        StringBuilder line = new StringBuilder(command);
        for (String field : fields) {
            line.append(' ').append(field);
        }
        if (!text.isEmpty()) {
            line.append(' ').append(text);
        }
        return line.toString();
    }
}
