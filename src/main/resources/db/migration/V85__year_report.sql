-- 年度党建工作统计表 (issue 19): the form as data, versioned by year, and each year's report.
-- year_template: the form of one year (seed part 5); a later year's template is a copy that may add, rename or drop
-- items, so past reports keep the form they were filled in. year_template_item: one counted item in form order:
-- section (一、思想政治建设 …), group (1、中心组学习 …), label and unit; source RECORD (filled from the record through
-- base.report.YearFigureSource, item_code one of base.report.YearItems), TYPED (typed in, with a note or attachment as
-- evidence) or COMPUTED (formula over other codes of the same template: RATE(a,b) = a/b*100, DIFF(a,b) = a-b).
-- year_report: one year's report of the general branch; OPEN, then CONFIRMED by the leader (locked); a correction
-- after that needs a reason and keeps the earlier figures in year_report_revision. year_report_part: one branch's
-- part (branch_id 0 is the general branch's own part), DRAFT or SUBMITTED by its secretary.
-- year_report_value: one figure of a part (record figures are stored when the part is submitted, with their evidence).
-- party_branch.term_start/term_end: the branch committee's term (党组织换届).
-- Portable SQL: H2 (MODE=LEGACY) and MySQL/MariaDB (utf8mb4).

CREATE TABLE year_template (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_year  INT          NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     VARCHAR(64)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_year_template UNIQUE (template_year)
);

CREATE TABLE year_template_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    template_id    BIGINT        NOT NULL,
    seq            INT           NOT NULL,
    section_title  VARCHAR(64)   NOT NULL,
    group_title    VARCHAR(100)  NOT NULL,
    item_code      VARCHAR(48)   NOT NULL,
    label          VARCHAR(200)  NOT NULL,
    unit           VARCHAR(16)   NOT NULL,
    source         VARCHAR(16)   NOT NULL,
    formula        VARCHAR(200)  NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uq_year_template_item UNIQUE (template_id, item_code),
    CONSTRAINT fk_year_template_item FOREIGN KEY (template_id) REFERENCES year_template (id)
);

CREATE TABLE year_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_year    INT          NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    confirmed_at   DATETIME(6)  NULL,
    confirmed_by   VARCHAR(64)  NULL,
    revision       INT          NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_year_report UNIQUE (report_year)
);

CREATE TABLE year_report_part (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT       NOT NULL,
    branch_id      BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    submitted_at   DATETIME(6)  NULL,
    submitted_by   VARCHAR(64)  NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uq_year_report_part UNIQUE (report_id, branch_id),
    CONSTRAINT fk_year_report_part FOREIGN KEY (report_id) REFERENCES year_report (id)
);

CREATE TABLE year_report_value (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    part_id          BIGINT         NOT NULL,
    item_code        VARCHAR(48)    NOT NULL,
    amount           DECIMAL(16,2)  NULL,
    note             VARCHAR(1000)  NULL,
    from_record      BOOLEAN        NOT NULL,
    evidence_route   VARCHAR(300)   NULL,
    evidence         VARCHAR(300)   NULL,
    attachment_name  VARCHAR(200)   NULL,
    attachment       MEDIUMBLOB     NULL,
    version          BIGINT         NOT NULL,
    CONSTRAINT uq_year_report_value UNIQUE (part_id, item_code),
    CONSTRAINT fk_year_report_value FOREIGN KEY (part_id) REFERENCES year_report_part (id)
);

CREATE TABLE year_report_revision (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT         NOT NULL,
    revision_no    INT            NOT NULL,
    changed_at     DATETIME(6)    NOT NULL,
    changed_by     VARCHAR(64)    NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    snapshot       TEXT           NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT fk_year_report_revision FOREIGN KEY (report_id) REFERENCES year_report (id)
);

ALTER TABLE party_branch ADD COLUMN term_start DATE NULL;
ALTER TABLE party_branch ADD COLUMN term_end DATE NULL;
