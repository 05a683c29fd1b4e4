/**
 * Reconnect pacing shared by the client bundles of every protocol (our own and IRC): exponential delays with jitter,
 * so that the clients of a restarted server do not all return at once.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chatroom.client.reconnect;
