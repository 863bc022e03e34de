-- The linker's queue is written only in the statement that writes its entries (AuditTrail.recordAll,
-- CommandAudit), so its foreign key proved nothing a row could break, and its check ran a query of
-- its own for every audit entry (3 % of PostgreSQL's CPU in the hub-to-hub benchmark). The linker
-- reads the queue joined to the entries, and verification still names any entry outside the chain.
ALTER TABLE platform.audit_unlinked DROP CONSTRAINT audit_unlinked_entry_id_fkey;
