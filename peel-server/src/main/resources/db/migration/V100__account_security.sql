-- Account security (issue 13): the team a user works in, failed sign-ins and the lock they lead to, and whether an
-- account is one of the demo accounts (whose passwords are public, so they work only in demo mode).
ALTER TABLE user_account ADD COLUMN team VARCHAR(64);
ALTER TABLE user_account ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE user_account ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
-- The demo accounts created before this column existed (display names "Demo officer", ...).
UPDATE user_account SET demo = TRUE
WHERE username IN ('officer', 'supervisor', 'registrar', 'analyst') AND display_name LIKE 'Demo %';
