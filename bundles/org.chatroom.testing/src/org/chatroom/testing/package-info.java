/**
 * Test fixtures: the seed's original Python server and client, run as real processes on loopback, so tests
 * can check that our server and client stay byte-compatible with them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.chatroom.testing;
