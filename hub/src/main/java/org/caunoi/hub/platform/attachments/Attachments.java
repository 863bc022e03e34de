package org.caunoi.hub.platform.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.tika.Tika;
import org.caunoi.hub.platform.i18n.Sentences;
import org.caunoi.hub.platform.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The hub's store of documents and photos, for every module. An upload is read up to the size
 * limit, its type told by its bytes (Apache Tika's magic numbers, never the name or the browser's
 * word) and checked against its purpose, hashed, and written with its metadata in the caller's
 * transaction, audited; anything wrong and nothing is stored. Who may see a record's attachments
 * is the owning module's decision: it asks here only after deciding.
 */
@Service
public class Attachments {

    private static final String COLUMNS = """
            id, owner_module, owner_id, purpose, display_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final long maxBytes;
    private final Tika tika = new Tika();

    Attachments(JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events,
            @Value("${caunoi.attachments.max-bytes:10MB}") DataSize maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.maxBytes = maxBytes.toBytes();
    }

    /** The largest attachment the store takes, in bytes ({@code caunoi.attachments.max-bytes}). */
    public long maxBytes() {
        return maxBytes;
    }

    @Transactional
    public AttachmentRef store(String ownerModule, String ownerId, AttachmentPurpose purpose, String fileName, byte[] content) {
        return store(ownerModule, ownerId, purpose, fileName, new ByteArrayInputStream(content));
    }

    /**
     * Stores what {@code content} holds for the record {@code ownerId} of {@code ownerModule}.
     *
     * @throws AttachmentRejectedException when it is empty, over the limit or not of a type the purpose allows
     */
    @Transactional
    public AttachmentRef store(String ownerModule, String ownerId, AttachmentPurpose purpose, String fileName,
            InputStream content) {
        byte[] bytes = readAtMost(content);
        String contentType = tika.detect(bytes);
        if (!purpose.allows(contentType)) {
            throw new AttachmentRejectedException("platform.attachments.wrong-type",
                    "content of type " + contentType + " is not allowed for " + purpose,
                    String.join(", ", purpose.allowedTypes().stream().sorted().toList()));
        }
        var ref = new AttachmentRef(UUID.randomUUID(), ownerModule, ownerId, purpose,
                DisplayNames.of(fileName, purpose.name().toLowerCase(java.util.Locale.ROOT)), contentType, bytes.length,
                sha256(bytes), currentOfficer(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("INSERT INTO platform.attachment (" + COLUMNS + """
                ) VALUES (:id, :ownerModule, :ownerId, :purpose, :displayName, :contentType, :sizeBytes, :sha256,
                          :uploadedBy, :uploadedAt)""")
                .param("id", ref.id()).param("ownerModule", ownerModule).param("ownerId", ownerId)
                .param("purpose", purpose.name()).param("displayName", ref.displayName())
                .param("contentType", contentType).param("sizeBytes", ref.sizeBytes()).param("sha256", ref.sha256())
                .param("uploadedBy", ref.uploadedBy()).param("uploadedAt", Timestamp.from(ref.uploadedAt()))
                .update();
        jdbc.sql("INSERT INTO platform.attachment_content (attachment_id, content) VALUES (?, ?)")
                .params(ref.id(), bytes).update();
        audit.record("STORE_ATTACHMENT", "attachment", ref.id().toString(), Sentences.of("platform.audit-details.attachment-stored",
                ownerModule + "/" + ownerId, purpose, contentType, bytes.length, ref.sha256()));
        events.publishEvent(new AttachmentStored(ref.id(), ownerModule, ownerId, purpose, ref.uploadedBy()));
        return ref;
    }

    /** The attachment with its bytes; reading it is audited, as every view of a document is. */
    @Transactional
    public Optional<Attachment> open(UUID id) {
        Optional<Attachment> attachment = jdbc.sql("SELECT " + COLUMNS + """
                , c.content FROM platform.attachment a JOIN platform.attachment_content c ON c.attachment_id = a.id
                WHERE a.id = ?""")
                .param(id)
                .query((rs, n) -> new Attachment(ref(rs), rs.getBytes("content")))
                .optional();
        attachment.ifPresent(found -> audit.record("VIEW_ATTACHMENT", "attachment", id.toString(),
                found.ref().ownerModule() + "/" + found.ref().ownerId()));
        return attachment;
    }

    /**
     * Deletes the attachments of one record with their bytes, in the caller's transaction, each
     * deletion audited: for a record that is deleted itself, so the store keeps no document of nothing.
     * An attachment belongs to one record only, so no other record loses a file.
     */
    @Transactional
    public List<AttachmentRef> deleteOf(String ownerModule, String ownerId) {
        List<AttachmentRef> deleted = jdbc.sql("DELETE FROM platform.attachment WHERE owner_module = ? AND owner_id = ?"
                        + " RETURNING " + COLUMNS)
                .params(ownerModule, ownerId)
                .query((rs, n) -> ref(rs))
                .list();
        deleted.forEach(ref -> audit.record("DELETE_ATTACHMENT", "attachment", ref.id().toString(),
                Sentences.of("platform.audit-details.attachment-deleted", ownerModule + "/" + ownerId,
                        ref.displayName(), ref.sizeBytes(), ref.sha256())));
        return deleted;
    }

    /**
     * One attachment's description without its bytes, not audited: so that its owner decides whether the
     * officer may open it before a view of it goes into the audit trail.
     */
    @Transactional(readOnly = true)
    public Optional<AttachmentRef> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.attachment WHERE id = ?").param(id)
                .query((rs, n) -> ref(rs))
                .optional();
    }

    /** The attachments of one record, oldest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<AttachmentRef> of(String ownerModule, String ownerId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM platform.attachment WHERE owner_module = ? AND owner_id = ? ORDER BY uploaded_at, id")
                .params(ownerModule, ownerId)
                .query((rs, n) -> ref(rs))
                .list();
    }

    private byte[] readAtMost(InputStream content) {
        try (content) {
            // One byte past the limit is enough to know it is over, without reading a huge upload whole.
            byte[] bytes = content.readNBytes(Math.toIntExact(Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length == 0) {
                throw new AttachmentRejectedException("platform.attachments.empty", "empty upload");
            }
            if (bytes.length > maxBytes) {
                throw new AttachmentRejectedException("platform.attachments.too-large",
                        "upload larger than " + maxBytes + " bytes", readable(maxBytes));
            }
            return bytes;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The limit as an officer reads it: "10 MB", "512 KB". */
    public static String readable(long bytes) {
        long mebi = DataSize.ofMegabytes(1).toBytes();
        return bytes >= mebi && bytes % mebi == 0 ? bytes / mebi + " MB"
                : bytes >= 1024 ? Math.ceilDiv(bytes, 1024) + " KB" : bytes + " B";
    }

    private static AttachmentRef ref(ResultSet rs) throws SQLException {
        return new AttachmentRef(rs.getObject("id", UUID.class), rs.getString("owner_module"), rs.getString("owner_id"),
                AttachmentPurpose.valueOf(rs.getString("purpose")), rs.getString("display_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String currentOfficer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }
}
