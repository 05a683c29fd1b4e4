package org.chatroom.transport.tls.internal;

import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What configuration tools are told of PID {@value TlsTransportConfig#PID}: the transport's own attributes and the
 * admission limits every transport shares, from their one definition each (bnd collects the attributes of the
 * extended types; the component reads the two annotations).
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%tls.config.name",
        description = "%tls.config.description")
interface TlsTransportMetatype extends TlsTransportConfig, AddressLimitsConfig, IoLoopConfig {
}
