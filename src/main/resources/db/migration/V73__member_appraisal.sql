-- 民主评议党员 (issue 17, item 5): once a year per branch.
-- member_appraisal: one branch's appraisal of one year; OPEN (self-reviews and ballot), CLOSED (ballot ended, the
-- committee decides), DECIDED (grades decided), NOTICED (grades put to 公示). excellent_cap_percent: at most this
-- share of the roster may be graded 优秀 (rounded down).
-- appraisal_member: the roster, fixed on the day the appraisal opens (full and probationary members of the branch
-- on that day): each member's self-review (个人总结), the decided grade and, for 不合格, the recorded handling.
-- The secret ballot is two tables that share nothing but the appraisal:
-- appraisal_turnout: THAT a member voted (one row per voter, unique), and when;
-- appraisal_ballot: WHAT was voted (subject and grade), no voter, no time, no sequence: its key is a random
-- 63-bit number (SecureRandom), not AUTO_INCREMENT, so that both H2 (which orders a table by a BIGINT key, else by
-- a hidden insertion counter) and InnoDB (which clusters by the key) keep the rows in random order, and no row
-- can be traced to the voter who cast it by order either. Tallies are counts over appraisal_ballot.
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE member_appraisal (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id              BIGINT       NOT NULL,
    appraisal_year         INT          NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    excellent_cap_percent  INT          NOT NULL,
    opened_on              DATE         NOT NULL,
    opened_at              DATETIME(6)  NOT NULL,
    opened_by              VARCHAR(64)  NOT NULL,
    closed_at              DATETIME(6)  NULL,
    closed_by              VARCHAR(64)  NULL,
    decided_at             DATETIME(6)  NULL,
    decided_by             VARCHAR(64)  NULL,
    noticed_at             DATETIME(6)  NULL,
    noticed_by             VARCHAR(64)  NULL,
    version                BIGINT       NOT NULL,
    CONSTRAINT uq_member_appraisal UNIQUE (branch_id, appraisal_year)
);

CREATE TABLE appraisal_member (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    appraisal_id      BIGINT        NOT NULL,
    staff_id          BIGINT        NOT NULL,
    member_name       VARCHAR(64)   NOT NULL,
    self_review       TEXT          NULL,
    self_review_at    DATETIME(6)   NULL,
    grade             VARCHAR(24)   NULL,
    handling          VARCHAR(16)   NULL,
    handling_due      DATE          NULL,
    handling_note     VARCHAR(1000) NULL,
    withdrawn_reason  VARCHAR(1000) NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT uq_appraisal_member UNIQUE (appraisal_id, staff_id)
);
CREATE INDEX ix_appraisal_member_staff ON appraisal_member (staff_id);

CREATE TABLE appraisal_turnout (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    appraisal_id  BIGINT      NOT NULL,
    voter_id      BIGINT      NOT NULL,
    voted_at      DATETIME(6) NOT NULL,
    CONSTRAINT uq_appraisal_turnout UNIQUE (appraisal_id, voter_id)
);

CREATE TABLE appraisal_ballot (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    appraisal_id       BIGINT      NOT NULL,
    subject_staff_id   BIGINT      NOT NULL,
    grade              VARCHAR(24) NOT NULL
);
CREATE INDEX ix_appraisal_ballot_subject ON appraisal_ballot (appraisal_id, subject_staff_id);
