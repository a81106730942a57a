-- 好差评 ratings. One row per rating; period_ym (e.g. 202611) is the month it counts for, indexed with the
-- window so the monthly ranking is one grouped index range scan. rater_comment is private.
CREATE TABLE rating (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    window_id        BIGINT       NOT NULL,
    staff_id         BIGINT       NULL,
    rating_level     VARCHAR(24)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    rated_at         DATETIME(6)  NOT NULL,
    period_ym        INT          NOT NULL,
    score_overall    INT          NULL,
    score_efficiency INT          NULL,
    score_competence INT          NULL,
    score_attitude   INT          NULL,
    rater_comment    VARCHAR(500) NULL,
    device_key_id    BIGINT       NULL,
    client_ref       VARCHAR(64)  NULL,
    case_id          BIGINT       NULL,
    excluded         BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_rating_client_ref UNIQUE (device_key_id, client_ref),
    CONSTRAINT fk_rating_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_rating_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_rating_period_window ON rating (period_ym, window_id, rating_level);
CREATE INDEX ix_rating_window_time ON rating (window_id, rated_at);
CREATE INDEX ix_rating_staff_period ON rating (staff_id, period_ym);
