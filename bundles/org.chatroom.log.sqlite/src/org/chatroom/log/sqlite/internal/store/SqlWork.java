package org.chatroom.log.sqlite.internal.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on a database connection. */
@FunctionalInterface
interface SqlWork<T> {

    T apply(Connection connection) throws SQLException;
}
