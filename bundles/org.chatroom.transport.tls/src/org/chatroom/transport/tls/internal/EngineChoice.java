package org.chatroom.transport.tls.internal;

import java.util.Locale;

import javax.net.ssl.SSLException;

import org.osgi.service.log.Logger;

/**
 * Picks the server's TLS engine from the configured {@code engine}: {@value #AUTO} (the default) takes the native
 * one where it loads and the JDK's otherwise, {@value #JDK} the JDK's, {@value #NATIVE} the native one or fails.
 * Says once, at info, which one serves and why.
 */
final class EngineChoice {

    static final String AUTO = "auto";
    static final String JDK = "jdk";
    static final String NATIVE = "native";

    private EngineChoice() {
    }

    /**
     * @throws SSLException when {@value #NATIVE} is asked for and cannot load, or the setting is unknown
     */
    static ServerEngines choose(String setting, ServerIdentity identity, Logger logger) throws SSLException {
        String wanted = setting.strip().toLowerCase(Locale.ROOT);
        switch (wanted) {
        case JDK:
            logger.info("TLS engine: {} (configured engine=jdk)", JdkEngines.NAME);
            return new JdkEngines(identity);
        case NATIVE:
        case AUTO:
            break;
        default:
            throw new SSLException("unknown TLS engine '" + setting + "' (engine: auto, jdk or native)");
        }
        try {
            ServerEngines engines = NativeEngines.of(identity);
            logger.info("TLS engine: {} (configured engine={})", engines.name(), wanted);
            return engines;
        } catch (SSLException | LinkageError | RuntimeException e) {
            if (wanted.equals(NATIVE)) {
                throw new SSLException("native TLS unavailable (engine=native): " + e, e);
            }
            logger.info("TLS engine: {} (native TLS unavailable: {})", JdkEngines.NAME, String.valueOf(e));
            return new JdkEngines(identity);
        }
    }
}
