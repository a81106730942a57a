-- Monthly assessment (月度考评): one sheet per month and subject (a window, or a person for the stars),
-- subject_key = 'W' + window id or 'S' + staff id. The sheet names the scheme version it is scored under.
-- Flow: DRAFT → SUBMITTED → APPROVED (or RETURNED with a reason) → CONFIRMED (locked). At confirmation the
-- month's rating counts are frozen on the sheet (cnt_*), so a confirmed score never drifts; a correction of a
-- confirmed sheet is recorded in assessment_correction with its reason.
-- Evidence files live in the database (assessment_evidence_content, MEDIUMBLOB ≤ 5 MB), metadata apart.
-- The confirmed ranking is stored as it stood (ranking_snapshot + lines); a correction adds a revision.

CREATE TABLE monthly_assessment (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_ym             INT           NOT NULL,
    subject_kind          VARCHAR(16)   NOT NULL,
    subject_key           VARCHAR(24)   NOT NULL,
    window_id             BIGINT        NOT NULL,
    staff_id              BIGINT        NULL,
    scheme_version_id     BIGINT        NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    self_note             VARCHAR(1000) NULL,
    return_reason         VARCHAR(500)  NULL,
    total_points          DECIMAL(7,2)  NULL,
    vetoed                BOOLEAN       NOT NULL,
    counts_frozen         BOOLEAN       NOT NULL,
    cnt_very_satisfied    INT           NULL,
    cnt_satisfied         INT           NULL,
    cnt_basic             INT           NULL,
    cnt_dissatisfied      INT           NULL,
    cnt_very_dissatisfied INT           NULL,
    submitted_at          DATETIME(6)   NULL,
    submitted_by          VARCHAR(64)   NULL,
    reviewed_at           DATETIME(6)   NULL,
    reviewed_by           VARCHAR(64)   NULL,
    confirmed_at          DATETIME(6)   NULL,
    confirmed_by          VARCHAR(64)   NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uk_monthly_assessment_subject UNIQUE (period_ym, subject_key),
    CONSTRAINT fk_monthly_assessment_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_monthly_assessment_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_monthly_assessment_scheme FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);
CREATE INDEX ix_monthly_assessment_period ON monthly_assessment (period_ym, subject_kind, status);
CREATE INDEX ix_monthly_assessment_window ON monthly_assessment (window_id, period_ym);

-- The figures filled in: how often a manual rule's event happened (or 1 = a veto was triggered).
CREATE TABLE assessment_entry (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    rule_code     VARCHAR(32)  NOT NULL,
    tally         INT          NOT NULL,
    note          VARCHAR(500) NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_assessment_entry_rule UNIQUE (assessment_id, rule_code),
    CONSTRAINT fk_assessment_entry_sheet FOREIGN KEY (assessment_id) REFERENCES monthly_assessment (id)
);

CREATE TABLE assessment_evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    rule_code     VARCHAR(32)  NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(64)  NOT NULL,
    size_bytes    INT          NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_assessment_evidence_sheet FOREIGN KEY (assessment_id) REFERENCES monthly_assessment (id)
);
CREATE INDEX ix_assessment_evidence_sheet ON assessment_evidence (assessment_id);

CREATE TABLE assessment_evidence_content (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    evidence_id BIGINT     NOT NULL,
    content     MEDIUMBLOB NOT NULL,
    version     BIGINT     NOT NULL,
    CONSTRAINT uk_assessment_evidence_content UNIQUE (evidence_id),
    CONSTRAINT fk_assessment_evidence_content FOREIGN KEY (evidence_id) REFERENCES assessment_evidence (id)
);

-- Append-only: every correction of a confirmed sheet, with its reason.
CREATE TABLE assessment_correction (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    assessment_id BIGINT       NOT NULL,
    corrected_at  DATETIME(6)  NOT NULL,
    corrected_by  VARCHAR(64)  NOT NULL,
    reason        VARCHAR(500) NOT NULL,
    total_before  DECIMAL(7,2) NULL,
    total_after   DECIMAL(7,2) NULL,
    changes       TEXT         NULL,
    CONSTRAINT fk_assessment_correction_sheet FOREIGN KEY (assessment_id) REFERENCES monthly_assessment (id)
);
CREATE INDEX ix_assessment_correction_sheet ON assessment_correction (assessment_id);

CREATE TABLE ranking_snapshot (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_ym         INT          NOT NULL,
    subject_kind      VARCHAR(16)  NOT NULL,
    revision          INT          NOT NULL,
    scheme_version_id BIGINT       NOT NULL,
    scheme_label      VARCHAR(100) NOT NULL,
    tie_breakers      VARCHAR(300) NOT NULL,
    confirmed_at      DATETIME(6)  NOT NULL,
    confirmed_by      VARCHAR(64)  NOT NULL,
    reason            VARCHAR(500) NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT uk_ranking_snapshot_rev UNIQUE (period_ym, subject_kind, revision),
    CONSTRAINT fk_ranking_snapshot_scheme FOREIGN KEY (scheme_version_id) REFERENCES scheme_version (id)
);

CREATE TABLE ranking_snapshot_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    snapshot_id     BIGINT       NOT NULL,
    line_no         INT          NOT NULL,
    place_no        INT          NOT NULL,
    tied            BOOLEAN      NOT NULL,
    decided_by      VARCHAR(64)  NULL,
    window_id       BIGINT       NOT NULL,
    staff_id        BIGINT       NULL,
    assessment_id   BIGINT       NULL,
    subject_label   VARCHAR(100) NOT NULL,
    total_points    DECIMAL(7,2) NOT NULL,
    vetoed          BOOLEAN      NOT NULL,
    eligible        BOOLEAN      NOT NULL,
    satisfaction    DECIMAL(5,2) NULL,
    bad_count       INT          NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT uk_ranking_snapshot_line UNIQUE (snapshot_id, line_no),
    CONSTRAINT fk_ranking_snapshot_line FOREIGN KEY (snapshot_id) REFERENCES ranking_snapshot (id)
);
