-- 评价器: a device key binds one pad (or another platform's client) to one window. Only the SHA-256 of the
-- key is stored, plus its first characters for people to recognise it; the key itself is shown once.
CREATE TABLE rating_device_key (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    window_id     BIGINT       NOT NULL,
    key_hash      VARCHAR(64)  NOT NULL,
    key_prefix    VARCHAR(16)  NOT NULL,
    label         VARCHAR(64)  NOT NULL,
    issued_at     DATETIME(6)  NOT NULL,
    issued_by     VARCHAR(64)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    revoked_by    VARCHAR(64)  NULL,
    revoke_reason VARCHAR(500) NULL,
    last_used_at  DATETIME(6)  NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_rating_device_key_hash UNIQUE (key_hash),
    CONSTRAINT fk_rating_device_key_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);

-- 好差评 settings kept by ADMIN: one row. fix_working_days is 5, 10 or 15 (localities differ);
-- yellow_working_days is how many working days before the fix deadline the light turns yellow.
CREATE TABLE rating_setting (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    fix_working_days    INT    NOT NULL,
    yellow_working_days INT    NOT NULL,
    version             BIGINT NOT NULL
);
INSERT INTO rating_setting (fix_working_days, yellow_working_days, version) VALUES (5, 1, 0);

ALTER TABLE rating ADD CONSTRAINT fk_rating_device_key FOREIGN KEY (device_key_id) REFERENCES rating_device_key (id);
