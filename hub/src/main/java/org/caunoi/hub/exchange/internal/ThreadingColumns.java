package org.caunoi.hub.exchange.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;

import org.caunoi.hub.exchange.Caveat;
import org.caunoi.hub.exchange.Revision;
import org.caunoi.hub.exchange.Threading;
import org.jspecify.annotations.Nullable;

/**
 * Reads a message's {@link Threading} from the columns the outbox and the inbox share
 * ({@code in_reply_to}, {@code conversation_id}, {@code version}, {@code change_kind}, {@code caveats}).
 */
public final class ThreadingColumns {

    private ThreadingColumns() {
    }

    public static Threading read(ResultSet rs) throws SQLException {
        return new Threading(rs.getString("in_reply_to"), revisionOf(rs), caveatsOf(rs));
    }

    private static @Nullable Revision revisionOf(ResultSet rs) throws SQLException {
        String conversation = rs.getString("conversation_id");
        return conversation == null ? null
                : new Revision(conversation, rs.getInt("version"), Revision.Change.valueOf(rs.getString("change_kind")));
    }

    private static Set<Caveat> caveatsOf(ResultSet rs) throws SQLException {
        var caveats = EnumSet.noneOf(Caveat.class);
        for (Object value : (Object[]) rs.getArray("caveats").getArray()) {
            Caveat.ofKebab((String) value).ifPresent(caveats::add);
        }
        return caveats;
    }
}
