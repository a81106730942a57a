-- 发展党员 (issue 18): one membership_application per person on his way from 入党申请 to 转正 (stage APPLICANT,
-- ACTIVIST, CANDIDATE, PROBATIONARY, FULL, or the side exits DISQUALIFIED, WITHDRAWN), with the date of each step
-- taken (null where not yet) so the clocks read from one row; staff_id is org's staff (no foreign key, as V70), null
-- for a named outsider of a stationed unit. pipeline_step: every step recorded, who and when (votes with their
-- counts). probation_review: 考察记录 of the branch or a 培养联系人. pipeline_sponsor (培养联系人) and
-- pipeline_introducer (入党介绍人): full members of the branch. pipeline_paper: the file's checklist, each paper
-- uploaded, or noted where the paper is kept, or waived by the leader with a reason. development_plan: the general
-- branch's 发展计划 per branch and year. Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE membership_application (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id           BIGINT        NOT NULL,
    staff_id            BIGINT        NULL,
    person_name         VARCHAR(64)   NOT NULL,
    unit_name           VARCHAR(128)  NULL,
    birth_date          DATE          NOT NULL,
    stage               VARCHAR(16)   NOT NULL,
    applied_on          DATE          NOT NULL,
    talked_on           DATE          NULL,
    talked_by           VARCHAR(64)   NULL,
    activist_on         DATE          NULL,
    recommendation      VARCHAR(24)   NULL,
    filed_on            DATE          NULL,
    last_review_on      DATE          NULL,
    candidate_on        DATE          NULL,
    political_check_on  DATE          NULL,
    trained_on          DATE          NULL,
    training_days       INT           NULL,
    training_hours      INT           NULL,
    pre_reviewed_on     DATE          NULL,
    notice_id           BIGINT        NULL,
    notice_state        VARCHAR(16)   NOT NULL,
    pledge_form_on      DATE          NULL,
    admit_vote_on       DATE          NULL,
    higher_talk_on      DATE          NULL,
    approved_on         DATE          NULL,
    oath_on             DATE          NULL,
    probation_ends_on   DATE          NULL,
    extension_months    INT           NOT NULL,
    full_request_on     DATE          NULL,
    full_vote_on        DATE          NULL,
    full_approved_on    DATE          NULL,
    ended_on            DATE          NULL,
    end_reason          VARCHAR(1000) NULL,
    last_step_on        DATE          NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    version             BIGINT        NOT NULL
);
CREATE INDEX ix_membership_application_branch ON membership_application (branch_id, stage);
CREATE INDEX ix_membership_application_staff ON membership_application (staff_id);

CREATE TABLE pipeline_step (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    step            VARCHAR(24)   NOT NULL,
    step_on         DATE          NOT NULL,
    note            VARCHAR(2000) NULL,
    entitled        INT           NULL,
    present         INT           NULL,
    in_favour       INT           NULL,
    against         INT           NULL,
    abstained       INT           NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pipeline_step_application ON pipeline_step (application_id);
CREATE INDEX ix_pipeline_step_kind ON pipeline_step (step, step_on);

CREATE TABLE probation_review (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    reviewed_on     DATE          NOT NULL,
    stage           VARCHAR(16)   NOT NULL,
    by_sponsor      BOOLEAN       NOT NULL,
    author          VARCHAR(64)   NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_probation_review_application ON probation_review (application_id);

CREATE TABLE pipeline_sponsor (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    staff_id        BIGINT        NOT NULL,
    sponsor_name    VARCHAR(64)   NOT NULL,
    assigned_on     DATE          NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_pipeline_sponsor_application ON pipeline_sponsor (application_id);

CREATE TABLE pipeline_introducer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    staff_id         BIGINT        NOT NULL,
    introducer_name  VARCHAR(64)   NOT NULL,
    version          BIGINT        NOT NULL
);
CREATE INDEX ix_pipeline_introducer_application ON pipeline_introducer (application_id);

CREATE TABLE pipeline_paper (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    paper           VARCHAR(24)   NOT NULL,
    file_name       VARCHAR(200)  NULL,
    content_type    VARCHAR(100)  NULL,
    content         MEDIUMBLOB    NULL,
    kept_at         VARCHAR(200)  NULL,
    waived          BOOLEAN       NOT NULL,
    waiver_reason   VARCHAR(1000) NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_pipeline_paper UNIQUE (application_id, paper)
);

CREATE TABLE development_plan (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    branch_id       BIGINT        NOT NULL,
    plan_year       INT           NOT NULL,
    candidates      INT           NOT NULL,
    probationaries  INT           NOT NULL,
    set_at          DATETIME(6)   NOT NULL,
    set_by          VARCHAR(64)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT uq_development_plan UNIQUE (branch_id, plan_year)
);
