-- 大屏 (display screens): ADMIN defines each screen (name, place, panels in order, seconds per panel, theme,
-- how names are shown). The screen opens at /screen/<key>; only the key's SHA-256 is stored, plus its first
-- characters for people to recognise it. A revoked screen keeps its row (audit), its key stops working.
CREATE TABLE display_screen (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(64)  NOT NULL,
    place          VARCHAR(64)  NOT NULL,
    panels         VARCHAR(500) NOT NULL,
    panel_seconds  INT          NOT NULL,
    theme          VARCHAR(16)  NOT NULL,
    name_display   VARCHAR(16)  NOT NULL,
    key_hash       VARCHAR(64)  NOT NULL,
    key_prefix     VARCHAR(16)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    revoked_by     VARCHAR(64)  NULL,
    revoke_reason  VARCHAR(500) NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_display_screen_key UNIQUE (key_hash)
);
