-- 一旗两岗 and 行业标兵 with their 公示 (issue #5; the 五星 and 七一 are V35-V39).
--
-- 流动红旗 (red_flag_award): one award in force per month. active_ym = period_ym while the award stands and
-- NULL once it is revoked or withdrawn, so the unique constraint refuses a second concurrent award for the
-- same month (two leaders clicking at once: exactly one insert commits) yet a revoked month can be awarded
-- again. The award stores the inputs it used: the confirmed ranking snapshot (id + revision), the window
-- the ranking proposed with its rank and score, and the awarded window's own rank and score.
CREATE TABLE red_flag_award (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    period_ym           INT           NOT NULL,
    active_ym           INT           NULL,
    window_id           BIGINT        NOT NULL,
    window_label        VARCHAR(200)  NOT NULL,
    unit_id             BIGINT        NULL,
    branch_id           BIGINT        NULL,
    snapshot_id         BIGINT        NOT NULL,
    snapshot_revision   INT           NOT NULL,
    proposed_window_id  BIGINT        NULL,
    proposed_rank       INT           NULL,
    proposed_score      DECIMAL(7,2)  NULL,
    awarded_rank        INT           NOT NULL,
    awarded_score       DECIMAL(7,2)  NOT NULL,
    reason              VARCHAR(1000) NULL,
    status              VARCHAR(16)   NOT NULL,
    awarded_at          DATETIME(6)   NOT NULL,
    awarded_by          VARCHAR(64)   NOT NULL,
    ended_at            DATETIME(6)   NULL,
    ended_by            VARCHAR(64)   NULL,
    end_reason          VARCHAR(1000) NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT uk_red_flag_award_month UNIQUE (active_ym),
    CONSTRAINT fk_red_flag_award_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_red_flag_award_snapshot FOREIGN KEY (snapshot_id) REFERENCES ranking_snapshot (id)
);
CREATE INDEX ix_red_flag_award_period ON red_flag_award (period_ym);
CREATE INDEX ix_red_flag_award_window ON red_flag_award (window_id, period_ym);

-- The ADMIN's optional rule: no window holds the flag more than max_months_running months running
-- (NULL = no limit). One row.
CREATE TABLE red_flag_rule (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    max_months_running  INT           NULL,
    updated_at          DATETIME(6)   NULL,
    updated_by          VARCHAR(64)   NULL,
    version             BIGINT        NOT NULL
);

-- 党员示范岗 (PARTY_MODEL) / 巾帼建功岗 (WOMEN_MERIT): a staff member's post designated for a period.
-- status: ACTIVE, ENDED (ended early with a reason), REVOKED (with a reason), WITHDRAWN (an objection upheld).
-- The 亮承诺 pledge is written by the holder and approved (or returned) by the branch secretary.
CREATE TABLE post_designation (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind                  VARCHAR(16)   NOT NULL,
    staff_id              BIGINT        NOT NULL,
    window_id             BIGINT        NULL,
    branch_id             BIGINT        NULL,
    duties                VARCHAR(1000) NOT NULL,
    valid_from            DATE          NOT NULL,
    valid_until           DATE          NULL,
    status                VARCHAR(16)   NOT NULL,
    reason                VARCHAR(1000) NULL,
    designated_at         DATETIME(6)   NOT NULL,
    designated_by         VARCHAR(64)   NOT NULL,
    ended_at              DATETIME(6)   NULL,
    ended_by              VARCHAR(64)   NULL,
    end_reason            VARCHAR(1000) NULL,
    pledge                VARCHAR(1000) NULL,
    pledge_status         VARCHAR(16)   NOT NULL,
    pledge_written_at     DATETIME(6)   NULL,
    pledge_reviewed_at    DATETIME(6)   NULL,
    pledge_reviewed_by    VARCHAR(64)   NULL,
    pledge_return_reason  VARCHAR(500)  NULL,
    approved_pledge       VARCHAR(1000) NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_post_designation_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_post_designation_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
CREATE INDEX ix_post_designation_status ON post_designation (status, kind);
CREATE INDEX ix_post_designation_staff ON post_designation (staff_id);

-- 行业标兵: chosen among the holders of 一旗两岗五星 honours (basis names the honour that qualifies).
-- status: IN_NOTICE (put to 公示), CONFIRMED (no upheld objection when the notice ended), WITHDRAWN.
CREATE TABLE exemplar (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_kind    VARCHAR(16)   NOT NULL,
    window_id       BIGINT        NULL,
    staff_id        BIGINT        NULL,
    subject_name    VARCHAR(200)  NOT NULL,
    window_name     VARCHAR(200)  NULL,
    title           VARCHAR(100)  NOT NULL,
    basis           VARCHAR(300)  NOT NULL,
    deeds           VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    proposed_at     DATETIME(6)   NOT NULL,
    proposed_by     VARCHAR(64)   NOT NULL,
    confirmed_at    DATETIME(6)   NULL,
    ended_at        DATETIME(6)   NULL,
    ended_by        VARCHAR(64)   NULL,
    end_reason      VARCHAR(1000) NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_exemplar_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_exemplar_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_exemplar_status ON exemplar (status);

-- 公示: any award put to public notice. subject_type names the kind of award (RED_FLAG, POST, EXEMPLAR;
-- the stars module adds its own types) and subject_id its id; honour/subject_name/reason are the public
-- text as it was published. The period is in working days (WorkCalendar). status: OPEN, CLOSED
-- (result published: 公示结果), WITHDRAWN (an upheld objection withdrew the award; result published).
CREATE TABLE public_notice (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_type   VARCHAR(32)   NOT NULL,
    subject_id     BIGINT        NOT NULL,
    honour         VARCHAR(200)  NOT NULL,
    subject_name   VARCHAR(200)  NOT NULL,
    reason         VARCHAR(2000) NOT NULL,
    working_days   INT           NOT NULL,
    opened_on      DATE          NOT NULL,
    closes_on      DATE          NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    result         VARCHAR(1000) NULL,
    result_on      DATE          NULL,
    opened_at      DATETIME(6)   NOT NULL,
    opened_by      VARCHAR(64)   NOT NULL,
    closed_at      DATETIME(6)   NULL,
    closed_by      VARCHAR(64)   NULL,
    version        BIGINT        NOT NULL
);
CREATE INDEX ix_public_notice_status ON public_notice (status, closes_on);
CREATE INDEX ix_public_notice_subject ON public_notice (subject_type, subject_id);

-- 异议: real-name only. A person gives name + phone; a unit its name + a contact person (+ phone).
-- The phone is private: never on a public page, masked in internal views except for LEADER and ADMIN.
-- status: PENDING, UPHELD (the award is withdrawn), DISMISSED; decided by the LEADER with a reason.
CREATE TABLE notice_objection (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    notice_id        BIGINT        NOT NULL,
    objector_kind    VARCHAR(16)   NOT NULL,
    objector_name    VARCHAR(100)  NOT NULL,
    contact_person   VARCHAR(100)  NULL,
    phone            VARCHAR(32)   NULL,
    content          VARCHAR(2000) NOT NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    decided_at       DATETIME(6)   NULL,
    decided_by       VARCHAR(64)   NULL,
    decision_reason  VARCHAR(1000) NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_notice_objection_notice FOREIGN KEY (notice_id) REFERENCES public_notice (id)
);
CREATE INDEX ix_notice_objection_notice ON notice_objection (notice_id, status);
