-- 创先争优 activities (issue 19, item 5): series (name, period, goal, branches taking part), their activities
-- (date, place, branch, kind; 下基层 with days, 公开承诺办实事 with term and result), participants from the roster
-- (each marked when a 领导干部), evidence photos, and whether the display screens show an activity.
-- Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB.

CREATE TABLE activity_series (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(64)   NOT NULL,
    period_from  DATE          NOT NULL,
    period_to    DATE          NOT NULL,
    goal         VARCHAR(1000) NULL,
    version      BIGINT        NOT NULL
);

CREATE TABLE activity_series_branch (
    series_id  BIGINT NOT NULL,
    branch_id  BIGINT NOT NULL,
    CONSTRAINT pk_activity_series_branch PRIMARY KEY (series_id, branch_id),
    CONSTRAINT fk_activity_series_branch_series FOREIGN KEY (series_id) REFERENCES activity_series (id),
    CONSTRAINT fk_activity_series_branch_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id)
);

CREATE TABLE party_activity (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    series_id      BIGINT        NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    held_on        DATE          NOT NULL,
    place          VARCHAR(100)  NOT NULL,
    branch_id      BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    visit_days     INT           NULL,
    pledge_due     DATE          NULL,
    pledge_result  VARCHAR(16)   NULL,
    pledge_note    VARCHAR(500)  NULL,
    summary        VARCHAR(1000) NULL,
    on_screens     BOOLEAN       NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_party_activity_series FOREIGN KEY (series_id) REFERENCES activity_series (id),
    CONSTRAINT fk_party_activity_branch FOREIGN KEY (branch_id) REFERENCES party_branch (id)
);
CREATE INDEX ix_party_activity_held ON party_activity (held_on, branch_id);

CREATE TABLE activity_participant (
    activity_id  BIGINT  NOT NULL,
    staff_id     BIGINT  NOT NULL,
    leader       BOOLEAN NOT NULL,
    CONSTRAINT pk_activity_participant PRIMARY KEY (activity_id, staff_id),
    CONSTRAINT fk_activity_participant_activity FOREIGN KEY (activity_id) REFERENCES party_activity (id),
    CONSTRAINT fk_activity_participant_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE activity_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id  BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_activity_photo_activity FOREIGN KEY (activity_id) REFERENCES party_activity (id)
);
CREATE INDEX ix_activity_photo_activity ON activity_photo (activity_id);
