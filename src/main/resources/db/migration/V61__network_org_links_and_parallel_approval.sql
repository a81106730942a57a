-- The service guide's 承办 unit and window (org's tables from V10), and parallel approval of investment
-- projects: one project, one task per related department (its window), answered or deemed to agree.

ALTER TABLE service_item ADD COLUMN unit_id BIGINT NULL;
ALTER TABLE service_item ADD COLUMN window_id BIGINT NULL;
ALTER TABLE service_item ADD CONSTRAINT fk_service_item_unit FOREIGN KEY (unit_id) REFERENCES stationed_unit (id);
ALTER TABLE service_item ADD CONSTRAINT fk_service_item_window FOREIGN KEY (window_id) REFERENCES service_window (id);

CREATE TABLE parallel_approval (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_number VARCHAR(32)    NOT NULL,
    project_name   VARCHAR(200)   NOT NULL,
    applicant_org  VARCHAR(200)   NOT NULL,
    investment     DECIMAL(14, 2) NULL,
    lead_window_id BIGINT         NOT NULL,
    promised_days  INT            NOT NULL,
    state          VARCHAR(16)    NOT NULL,
    registered_at  DATETIME(6)    NOT NULL,
    registered_by  VARCHAR(64)    NOT NULL,
    accepted_at    DATETIME(6)    NULL,
    notified_at    DATETIME(6)    NULL,
    deadline       DATE           NULL,
    finished_at    DATETIME(6)    NULL,
    result         VARCHAR(16)    NULL,
    result_note    VARCHAR(500)   NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT uk_parallel_approval_number UNIQUE (project_number),
    CONSTRAINT fk_parallel_approval_lead FOREIGN KEY (lead_window_id) REFERENCES service_window (id)
);

CREATE TABLE approval_task (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    approval_id      BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    window_id        BIGINT       NOT NULL,
    review_days      INT          NOT NULL,
    started_on       DATE         NOT NULL,
    deadline         DATE         NOT NULL,
    answer           VARCHAR(16)  NULL,
    answered_at      DATETIME(6)  NULL,
    answered_by      VARCHAR(64)  NULL,
    answered_by_name VARCHAR(64)  NULL,
    answer_comment   VARCHAR(500) NULL,
    deemed           BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    CONSTRAINT uk_approval_task_unit UNIQUE (approval_id, unit_id),
    CONSTRAINT fk_approval_task_approval FOREIGN KEY (approval_id) REFERENCES parallel_approval (id),
    CONSTRAINT fk_approval_task_unit FOREIGN KEY (unit_id) REFERENCES stationed_unit (id),
    CONSTRAINT fk_approval_task_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
CREATE INDEX ix_approval_task_window ON approval_task (window_id, answer);
CREATE INDEX ix_approval_task_due ON approval_task (answer, deadline);
