-- Local user accounts and their roles. Passwords are stored only as delegating hashes ({bcrypt}...).
CREATE TABLE user_account (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(200) NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE user_role (
    username  VARCHAR(64) NOT NULL REFERENCES user_account (username),
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role)
);
