-- Scoring schemes (评分方案) as data: one scheme per subject (WINDOW = 窗口月度考评, STAFF = 个人月度考评), each
-- with immutable, numbered versions; a version applies from effective_ym (e.g. 202609) until the next one.
-- Rules of a version: ITEM (max points), DEDUCTION (points per event, charged to item_code, optional cap),
-- BONUS (points per event, optional cap), VETO (一票否决). feed says where a rule's count comes from:
-- MANUAL (filled in by staff) or BAD_RATINGS (the month's 差评 count from the rating table).
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE scoring_scheme (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(64)  NOT NULL,
    subject_kind VARCHAR(16)  NOT NULL,
    description  VARCHAR(500) NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_scoring_scheme_name UNIQUE (name),
    CONSTRAINT uk_scoring_scheme_subject UNIQUE (subject_kind)
);

CREATE TABLE scheme_version (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    scheme_id             BIGINT       NOT NULL,
    version_no            INT          NOT NULL,
    effective_ym          INT          NOT NULL,
    bonus_cap             DECIMAL(6,2) NOT NULL,
    pts_very_satisfied    DECIMAL(6,2) NOT NULL,
    pts_satisfied         DECIMAL(6,2) NOT NULL,
    pts_basic             DECIMAL(6,2) NOT NULL,
    pts_dissatisfied      DECIMAL(6,2) NOT NULL,
    pts_very_dissatisfied DECIMAL(6,2) NOT NULL,
    weight_public         DECIMAL(5,4) NOT NULL,
    weight_peer           DECIMAL(5,4) NOT NULL,
    weight_organisation   DECIMAL(5,4) NOT NULL,
    tie_breakers          VARCHAR(200) NOT NULL,
    change_note           VARCHAR(500) NULL,
    created_at            DATETIME(6)  NOT NULL,
    created_by            VARCHAR(64)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uk_scheme_version_no UNIQUE (scheme_id, version_no),
    CONSTRAINT uk_scheme_version_month UNIQUE (scheme_id, effective_ym),
    CONSTRAINT fk_scheme_version_scheme FOREIGN KEY (scheme_id) REFERENCES scoring_scheme (id)
);

CREATE TABLE scheme_rule (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    scheme_version_id BIGINT       NOT NULL,
    rule_kind         VARCHAR(16)  NOT NULL,
    code              VARCHAR(32)  NOT NULL,
    name              VARCHAR(64)  NOT NULL,
    item_code         VARCHAR(32)  NULL,
    points            DECIMAL(6,2) NULL,
    cap               DECIMAL(6,2) NULL,
    feed              VARCHAR(16)  NOT NULL,
    sort_order        INT          NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_scheme_rule_code UNIQUE (scheme_version_id, code),
    CONSTRAINT fk_scheme_rule_version FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);
