package org.chatroom.testing.tests;

/**
 * A configuration annotation for checking {@link org.chatroom.testing.ConfigurationMetatype} itself: member names
 * that exercise every Declarative Services name rule, an array, a password and a member without default. Its
 * metatype is hand-written in OSGI-INF/metatype/: once exact (PID {@value #EXACT}), once drifted ({@value #DRIFTED}).
 */
public @interface SampleConfig {

    String EXACT = "org.chatroom.testing.tests.exact";

    String DRIFTED = "org.chatroom.testing.tests.drifted";

    int port() default 53000;

    String bind_address() default "";

    String under__score() default "x";

    long dollar$$sign() default 5;

    double rate() default 2.5;

    String[] names() default { "a", "b" };

    String _secret() default "";

    boolean flag();
}
