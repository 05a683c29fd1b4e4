package org.chatroom.transport.tls.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the TLS server transport (PID {@value #PID}). */
@ObjectClassDefinition(name = "Chatroom TLS transport", description = "Server identity and timing of the TLS transport")
public @interface TlsTransportConfig {

    /** Configuration PID. */
    String PID = "org.chatroom.transport.tls";

    @AttributeDefinition(name = "Keystore", description = "PKCS12 keystore holding the room's key and certificate; "
            + "empty to generate a self-signed certificate on first use and keep it in the bundle's data area")
    String keystore_path() default "";

    @AttributeDefinition(name = "Keystore password", type = AttributeType.PASSWORD,
            description = "Password of the keystore and of its key")
    String keystore_password() default "";

    @AttributeDefinition(name = "Key alias", description = "Alias of the key entry; empty for the keystore's first key")
    String key_alias() default "";

    @AttributeDefinition(name = "Handshake timeout", description = "Milliseconds a client may take to complete the "
            + "TLS handshake", min = "100")
    long handshake_timeout_millis() default 10_000;

    @AttributeDefinition(name = "Plain client detection", description = "Milliseconds to wait for a TLS client hello "
            + "before telling the peer in plain text that this port needs TLS", min = "100")
    long plain_probe_millis() default 3_000;

    @AttributeDefinition(name = "Close grace period", description = "Milliseconds a closing connection may take to "
            + "write what is queued to it", min = "0")
    long close_grace_millis() default 2_000;
}
