-- 五星 (the five stars) and 七一表彰 (the 1 July commendation).
-- star_setting: one row; the star period (MONTH or QUARTER) and where the commendation year starts (month, day).
-- star_criterion: ADMIN's criteria as data. A star is earned when every criterion of at least one of its
-- groups (grp) holds (groups are alternatives: "top case volume" OR "a contest prize"). A criterion applies to
-- the periods starting on or after valid_from and before valid_until (null = still in force); it is never
-- edited, only retired (valid_until set) and replaced, so a past period is always judged by its own rules.
-- star_award: the leader's decision on one proposed star for one person and period, with the figures it used
-- (evidence, "METRIC=value" lines) and the criteria (criteria_text) so it can be recomputed. Status CONFIRMED,
-- REJECTED (reason) or REVOKED (reason).
-- commendation + commendation_entry: a 七一 year's list (persons and windows, with the honours that justify
-- each), DRAFT while the leader selects, APPROVED once approved (then print and export).
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE star_setting (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_kind        VARCHAR(16) NOT NULL,
    year_start_month   INT         NOT NULL,
    year_start_day     INT         NOT NULL,
    updated_at         DATETIME(6) NULL,
    updated_by         VARCHAR(64) NULL,
    version            BIGINT      NOT NULL
);

CREATE TABLE star_criterion (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    star         VARCHAR(16)   NOT NULL,
    grp          INT           NOT NULL,
    metric       VARCHAR(32)   NOT NULL,
    comparison   VARCHAR(4)    NOT NULL,
    threshold    DECIMAL(10,2) NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_until  DATE          NULL,
    note         VARCHAR(200)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX ix_star_criterion_star ON star_criterion (star, valid_from);

CREATE TABLE star_award (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id       BIGINT        NOT NULL,
    window_id      BIGINT        NULL,
    star           VARCHAR(16)   NOT NULL,
    period_kind    VARCHAR(16)   NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    period_label   VARCHAR(32)   NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    evidence       TEXT          NOT NULL,
    criteria_text  TEXT          NOT NULL,
    reason         VARCHAR(500)  NULL,
    decided_at     DATETIME(6)   NOT NULL,
    decided_by     VARCHAR(64)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_star_award UNIQUE (staff_id, star, period_start),
    CONSTRAINT fk_star_award_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_star_award_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
CREATE INDEX ix_star_award_period ON star_award (period_start, status);

CREATE TABLE commendation (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    year_no      INT          NOT NULL,
    title        VARCHAR(100) NOT NULL,
    start_date   DATE         NOT NULL,
    end_date     DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    approved_at  DATETIME(6)  NULL,
    approved_by  VARCHAR(64)  NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_commendation_year UNIQUE (year_no)
);

CREATE TABLE commendation_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    commendation_id  BIGINT        NOT NULL,
    subject_kind     VARCHAR(16)   NOT NULL,
    staff_id         BIGINT        NULL,
    window_id        BIGINT        NULL,
    subject_name     VARCHAR(100)  NOT NULL,
    unit_name        VARCHAR(100)  NULL,
    title            VARCHAR(100)  NOT NULL,
    honours          VARCHAR(1000) NOT NULL,
    sort_order       INT           NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_commendation_entry FOREIGN KEY (commendation_id) REFERENCES commendation (id)
);
CREATE INDEX ix_commendation_entry ON commendation_entry (commendation_id, sort_order);

-- Defaults a hall starts with (ADMIN changes them in 五星评定标准): monthly stars, the year from 1 July.
INSERT INTO star_setting (period_kind, year_start_month, year_start_day, version) VALUES ('MONTH', 7, 1, 0);

INSERT INTO star_criterion (star, grp, metric, comparison, threshold, valid_from, valid_until, note, created_at, created_by, version) VALUES
('HARMONY',     1, 'SATISFACTION',          'GE', 98.00, '2000-01-01', NULL, '满意率不低于 98%',          '2026-01-01 00:00:00', 'system', 0),
('HARMONY',     1, 'BAD_RATINGS',           'LE',  0.00, '2000-01-01', NULL, '无差评（申诉成立的除外）',  '2026-01-01 00:00:00', 'system', 0),
('HARMONY',     1, 'RATED_SERVICES',        'GE', 10.00, '2000-01-01', NULL, '至少 10 件有评价的服务',    '2026-01-01 00:00:00', 'system', 0),
('LAW',         1, 'DISCIPLINE_DEDUCTIONS', 'LE',  0.00, '2000-01-01', NULL, '无纪律扣分',                '2026-01-01 00:00:00', 'system', 0),
('LAW',         1, 'COMPLAINTS',            'LE',  0.00, '2000-01-01', NULL, '无投诉查实',                '2026-01-01 00:00:00', 'system', 0),
('DEDICATION',  1, 'ATTENDANCE_DEDUCTIONS', 'LE',  0.00, '2000-01-01', NULL, '全勤：无迟到、早退、脱岗',  '2026-01-01 00:00:00', 'system', 0),
('DEDICATION',  1, 'SATISFACTION',          'GE', 95.00, '2000-01-01', NULL, '满意率不低于 95%',          '2026-01-01 00:00:00', 'system', 0),
('PERFORMANCE', 1, 'VOLUME_RANK',           'LE',  3.00, '2000-01-01', NULL, '办件量前三名',              '2026-01-01 00:00:00', 'system', 0),
('PERFORMANCE', 2, 'CONTEST_PRIZES',        'GE',  1.00, '2000-01-01', NULL, '或：竞赛获奖（奖项对应本星）', '2026-01-01 00:00:00', 'system', 0),
('INTEGRITY',   1, 'COMPLAINTS',            'LE',  0.00, '2000-01-01', NULL, '无投诉',                    '2026-01-01 00:00:00', 'system', 0),
('INTEGRITY',   1, 'OVERDUE_CASES',         'LE',  0.00, '2000-01-01', NULL, '办件全部按时',              '2026-01-01 00:00:00', 'system', 0),
('INTEGRITY',   1, 'BAD_RATINGS',           'LE',  0.00, '2000-01-01', NULL, '无差评',                    '2026-01-01 00:00:00', 'system', 0);
