package org.chatroom.transport.socket.internal;

import org.chatroom.transport.socket.connection.AddressLimitsConfig;
import org.chatroom.transport.socket.connection.IoLoopConfig;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What configuration tools are told of PID {@value SocketTransportConfig#PID}: the transport's own attributes and the
 * admission limits every transport shares, from their one definition each (bnd collects the attributes of the
 * extended types; the component reads the two annotations).
 */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/bundle", name = "%tcp.config.name",
        description = "%tcp.config.description")
interface SocketTransportMetatype extends SocketTransportConfig, AddressLimitsConfig, IoLoopConfig {
}
