-- 工作台 (issue 20): notifications to one account (a returned sheet, a decided appeal, an objection to decide), shown
-- under the bell with read/unread; route is the page where the matter is dealt with. The address for the daily
-- digest e-mail (optional) on the account.
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient   VARCHAR(64)  NOT NULL,
    text        VARCHAR(500) NOT NULL,
    route       VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    read_at     DATETIME(6)  NULL,
    version     BIGINT       NOT NULL
);
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at);

ALTER TABLE app_user ADD email VARCHAR(120) NULL;
