-- 组织生活 (issue 17): meeting kinds with their cadence rules, meetings (计划 → 记录 → 提交, corrections kept as
-- revisions), attendance person by person, attachments, make-ups (补学), and the membership periods that 应到 is
-- counted from. Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE meeting_kind (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(32)  NOT NULL,
    for_central   BOOLEAN      NOT NULL,
    for_joint     BOOLEAN      NOT NULL,
    per_group     BOOLEAN      NOT NULL,
    make_up       BOOLEAN      NOT NULL,
    lecture       BOOLEAN      NOT NULL,
    sort_order    INT          NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_meeting_kind_code UNIQUE (code)
);

-- A kind's cadence from a period on; the rule in force for a period is the latest whose start is not after it.
CREATE TABLE meeting_cadence (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind_id        BIGINT       NOT NULL,
    cadence        VARCHAR(16)  NOT NULL,
    effective_from DATE         NOT NULL,
    reason         VARCHAR(200) NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT uk_meeting_cadence UNIQUE (kind_id, effective_from),
    CONSTRAINT fk_meeting_cadence_kind FOREIGN KEY (kind_id) REFERENCES meeting_kind (id)
);

CREATE TABLE party_meeting (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind_id            BIGINT        NOT NULL,
    branch_id          BIGINT        NOT NULL,
    party_group_id     BIGINT        NULL,
    starts_at          DATETIME(6)   NOT NULL,
    place              VARCHAR(100)  NOT NULL,
    host_staff_id      BIGINT        NULL,
    recorder_staff_id  BIGINT        NULL,
    agenda             VARCHAR(1000) NULL,
    lecturer           VARCHAR(64)   NULL,
    topic              VARCHAR(200)  NULL,
    status             VARCHAR(16)   NOT NULL,
    minutes            TEXT          NULL,
    resolutions        TEXT          NULL,
    submitted_at       DATETIME(6)   NULL,
    submitted_by       VARCHAR(64)   NULL,
    revision           INT           NOT NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT fk_party_meeting_kind FOREIGN KEY (kind_id) REFERENCES meeting_kind (id),
    CONSTRAINT fk_party_meeting_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id),
    CONSTRAINT fk_party_meeting_group FOREIGN KEY (party_group_id) REFERENCES party_group (id)
);
CREATE INDEX ix_party_meeting_branch ON party_meeting (branch_id, starts_at);

CREATE TABLE meeting_attendance (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    staff_id    BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    reason      VARCHAR(200) NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_meeting_attendance UNIQUE (meeting_id, staff_id),
    CONSTRAINT fk_meeting_attendance_meeting FOREIGN KEY (meeting_id) REFERENCES party_meeting (id),
    CONSTRAINT fk_meeting_attendance_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_meeting_attendance_staff ON meeting_attendance (staff_id);

CREATE TABLE meeting_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_meeting_attachment_meeting FOREIGN KEY (meeting_id) REFERENCES party_meeting (id)
);

-- 留痕: the record as it stood before each correction of a submitted meeting.
CREATE TABLE meeting_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    revision    INT          NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    earlier     TEXT         NOT NULL,
    revised_at  DATETIME(6)  NOT NULL,
    revised_by  VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_meeting_revision_meeting FOREIGN KEY (meeting_id) REFERENCES party_meeting (id)
);

CREATE TABLE meeting_make_up (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id  BIGINT       NOT NULL,
    staff_id    BIGINT       NOT NULL,
    done_on     DATE         NULL,
    marked_by   VARCHAR(64)  NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT uk_meeting_make_up UNIQUE (meeting_id, staff_id),
    CONSTRAINT fk_meeting_make_up_meeting FOREIGN KEY (meeting_id) REFERENCES party_meeting (id),
    CONSTRAINT fk_meeting_make_up_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

-- Who was a full or probationary member of which branch (and group) when: valid_from .. valid_to, both inclusive;
-- valid_to NULL while it lasts. The org area's staff save keeps it (StaffSaved event). staff_id is org's id without a
-- foreign key: the period follows every saved person, and removing a person (a test's clean-up) must not need it first.
CREATE TABLE party_membership_period (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    staff_id       BIGINT      NOT NULL,
    branch_id      BIGINT      NOT NULL,
    party_group_id BIGINT      NULL,
    valid_from     DATE        NOT NULL,
    valid_to       DATE        NULL,
    version        BIGINT      NOT NULL,
    CONSTRAINT fk_membership_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id)
);
CREATE INDEX ix_membership_branch ON party_membership_period (branch_id, valid_from);
CREATE INDEX ix_membership_staff ON party_membership_period (staff_id);

INSERT INTO meeting_kind (code, name, for_central, for_joint, per_group, make_up, lecture, sort_order, version) VALUES
    ('COMMITTEE', '支部委员会', TRUE, TRUE, FALSE, FALSE, FALSE, 1, 0),
    ('ASSEMBLY', '支部党员大会', TRUE, TRUE, FALSE, TRUE, FALSE, 2, 0),
    ('GROUP', '党小组会', TRUE, TRUE, TRUE, FALSE, FALSE, 3, 0),
    ('LECTURE', '党课', TRUE, TRUE, FALSE, TRUE, TRUE, 4, 0),
    ('THEME_DAY', '主题党日', TRUE, TRUE, FALSE, FALSE, FALSE, 5, 0),
    ('LIFE', '组织生活会', TRUE, TRUE, FALSE, FALSE, FALSE, 6, 0),
    ('LEADERSHIP_LIFE', '民主生活会', TRUE, FALSE, FALSE, FALSE, FALSE, 7, 0);

INSERT INTO meeting_cadence (kind_id, cadence, effective_from, reason, version)
SELECT id, CASE code WHEN 'COMMITTEE' THEN 'TWO_MONTHS' WHEN 'ASSEMBLY' THEN 'QUARTER' WHEN 'GROUP' THEN 'MONTH'
                     WHEN 'LECTURE' THEN 'HALF_YEAR' WHEN 'THEME_DAY' THEN 'MONTH' WHEN 'LIFE' THEN 'YEAR'
                     ELSE 'HALF_YEAR' END,
       DATE '2000-01-01', '初始设置（“三会一课”）', 0
FROM meeting_kind;

-- The roster as it stands: every active full or probationary member in their branch, from long ago.
INSERT INTO party_membership_period (staff_id, branch_id, party_group_id, valid_from, valid_to, version)
SELECT id, branch_id, party_group_id, DATE '2000-01-01', NULL, 0 FROM staff
WHERE active = TRUE AND branch_id IS NOT NULL AND political_status IN ('PARTY_MEMBER', 'PROBATIONARY_MEMBER');
