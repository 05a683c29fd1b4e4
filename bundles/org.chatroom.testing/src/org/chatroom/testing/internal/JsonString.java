package org.chatroom.testing.internal;

/** Decodes one JSON string literal, as written by Python's {@code json.dumps(str)}. */
public final class JsonString {

    private JsonString() {
    }

    /**
     * @param literal a complete JSON string literal, quotes included
     * @return the string it denotes
     * @throws IllegalArgumentException if {@code literal} is not exactly one JSON string
     */
    public static String decode(String literal) {
        int last = literal.length() - 1;
        if (last < 1 || literal.charAt(0) != '"' || literal.charAt(last) != '"') {
            throw new IllegalArgumentException("not a JSON string: " + literal);
        }
        StringBuilder out = new StringBuilder(last);
        int i = 1;
        while (i < last) {
            char c = literal.charAt(i++);
            if (c == '"') {
                throw new IllegalArgumentException("unescaped quote in: " + literal);
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= last) {
                throw new IllegalArgumentException("dangling escape in: " + literal);
            }
            char e = literal.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > last) {
                        throw new IllegalArgumentException("short \\u escape in: " + literal);
                    }
                    int code = 0;
                    for (int end = i + 4; i < end; i++) {
                        int digit = Character.digit(literal.charAt(i), 16);
                        if (digit < 0) {
                            throw new IllegalArgumentException("bad \\u escape in: " + literal);
                        }
                        code = code * 16 + digit;
                    }
                    out.append((char) code);
                }
                default -> throw new IllegalArgumentException("bad escape \\" + e + " in: " + literal);
            }
        }
        return out.toString();
    }
}
