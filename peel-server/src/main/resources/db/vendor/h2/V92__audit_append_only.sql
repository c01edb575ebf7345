-- The lawful log is append-only: H2 calls the trigger class before any UPDATE or DELETE and it refuses.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW
    CALL 'org.peel.server.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_chain_head_kept BEFORE DELETE ON audit_chain_head FOR EACH ROW
    CALL 'org.peel.server.audit.AppendOnlyTrigger';
