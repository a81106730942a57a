-- Foundation: accounts, their roles and scope, the audit trail.
-- Portable SQL: the same script runs on H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4 database).
-- Times are DATETIME(6) in Asia/Shanghai local time; see docs/architecture.md.

CREATE TABLE app_user (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL,
    display_name         VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    active               BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_logins        INT          NOT NULL,
    locked_until         DATETIME(6)  NULL,
    last_login_at        DATETIME(6)  NULL,
    branch_id            BIGINT       NULL,
    window_id            BIGINT       NULL,
    node_id              BIGINT       NULL,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(32)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64)  NULL,
    summary     VARCHAR(500) NOT NULL,
    changes     TEXT         NULL,
    reason      VARCHAR(500) NULL
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
