-- 差评整改: every 不满意/非常不满意 opens one rectification: call back within 1 working day, fix within
-- fix_working_days (taken from the setting when it opened). Deadlines are NULL while the calendar does not
-- know a year they need; they are filled in as soon as the administrator enters it.
-- status: WAITING_CALLBACK, FIXING, FIXED, VOIDED (an upheld appeal took the rating out).
CREATE TABLE rectification (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    rating_id        BIGINT        NOT NULL,
    window_id        BIGINT        NOT NULL,
    opened_on        DATE          NOT NULL,
    fix_working_days INT           NOT NULL,
    callback_due     DATE          NULL,
    fix_due          DATE          NULL,
    status           VARCHAR(20)   NOT NULL,
    callback_at      DATETIME(6)   NULL,
    callback_by      VARCHAR(64)   NULL,
    callback_note    VARCHAR(1000) NULL,
    fixed_at         DATETIME(6)   NULL,
    fixed_by         VARCHAR(64)   NULL,
    fix_note         VARCHAR(2000) NULL,
    follow_up_level  VARCHAR(24)   NULL,
    follow_up_at     DATETIME(6)   NULL,
    follow_up_by     VARCHAR(64)   NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT uk_rectification_rating UNIQUE (rating_id),
    CONSTRAINT fk_rectification_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT fk_rectification_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
CREATE INDEX ix_rectification_window_status ON rectification (window_id, status);
CREATE INDEX ix_rectification_status_due ON rectification (status, fix_due);

-- Evidence for the call-back or the fix (step CALLBACK or FIX): a photo, a scan, a PDF.
CREATE TABLE rectification_evidence (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    rectification_id  BIGINT       NOT NULL,
    step              VARCHAR(16)  NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    content_type      VARCHAR(100) NOT NULL,
    size_bytes        INT          NOT NULL,
    content           MEDIUMBLOB   NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    uploaded_by       VARCHAR(64)  NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT fk_rectification_evidence FOREIGN KEY (rectification_id) REFERENCES rectification (id)
);
CREATE INDEX ix_rectification_evidence ON rectification_evidence (rectification_id);

-- 申诉: the window's staff say a rating is malicious or mistaken; the leader decides with a reason. One
-- appeal per rating. status: PENDING, UPHELD, REJECTED. UPHELD sets rating.excluded.
CREATE TABLE rating_appeal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    rating_id       BIGINT        NOT NULL,
    window_id       BIGINT        NOT NULL,
    appeal_reason   VARCHAR(1000) NOT NULL,
    appealed_at     DATETIME(6)   NOT NULL,
    appealed_by     VARCHAR(64)   NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    decided_at      DATETIME(6)   NULL,
    decided_by      VARCHAR(64)   NULL,
    decision_reason VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uk_rating_appeal_rating UNIQUE (rating_id),
    CONSTRAINT fk_rating_appeal_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT fk_rating_appeal_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
CREATE INDEX ix_rating_appeal_status ON rating_appeal (status, window_id);
