-- Quarterly contests (每季度竞赛): contests, participants, the question bank (题库), attempts with their saved
-- answers (the server's start time and deadline decide what is accepted), judges' scores, published results
-- with prizes, and the ADMIN's prize -> star mapping that the honours feature reads.
CREATE TABLE contest (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    title              VARCHAR(100)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    quarter_label      VARCHAR(16)   NOT NULL,
    opens_at           DATETIME(6)   NOT NULL,
    closes_at          DATETIME(6)   NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    time_limit_minutes INT           NOT NULL,
    paper_rules        VARCHAR(1000) NULL,
    shuffle_per_person BOOLEAN       NOT NULL,
    passage            TEXT          NULL,
    rounds             INT           NOT NULL,
    prize_first        INT           NOT NULL,
    prize_second       INT           NOT NULL,
    prize_third        INT           NOT NULL,
    prize_merit        INT           NOT NULL,
    to_screens         BOOLEAN       NOT NULL,
    published_at       DATETIME(6)   NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX ix_contest_opens ON contest (opens_at);

CREATE TABLE contest_participant (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id BIGINT NOT NULL,
    staff_id   BIGINT NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT uk_contest_participant UNIQUE (contest_id, staff_id),
    CONSTRAINT fk_cp_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_cp_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE contest_question (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    category   VARCHAR(32)   NOT NULL,
    difficulty INT           NOT NULL,
    qtype      VARCHAR(16)   NOT NULL,
    stem       VARCHAR(1000) NOT NULL,
    options    TEXT          NULL,
    answer_key VARCHAR(16)   NOT NULL,
    active     BOOLEAN       NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX ix_question_pick ON contest_question (category, difficulty, active);

CREATE TABLE contest_attempt (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id     BIGINT        NOT NULL,
    staff_id       BIGINT        NOT NULL,
    started_at     DATETIME(6)   NOT NULL,
    deadline_at    DATETIME(6)   NOT NULL,
    submitted_at   DATETIME(6)   NULL,
    auto_submitted BOOLEAN       NOT NULL,
    question_ids   VARCHAR(2000) NULL,
    correct_count  INT           NULL,
    question_total INT           NULL,
    score          DECIMAL(8,2)  NULL,
    typed_text     TEXT          NULL,
    chars_typed    INT           NULL,
    edit_distance  INT           NULL,
    speed          DECIMAL(7,1)  NULL,
    accuracy       DECIMAL(6,4)  NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_contest_attempt UNIQUE (contest_id, staff_id),
    CONSTRAINT fk_ca_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_ca_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_attempt_open ON contest_attempt (submitted_at, deadline_at);

CREATE TABLE contest_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    attempt_id   BIGINT      NOT NULL,
    question_id  BIGINT      NOT NULL,
    answer_given VARCHAR(16) NULL,
    saved_at     DATETIME(6) NOT NULL,
    correct      BOOLEAN     NULL,
    version      BIGINT      NOT NULL,
    CONSTRAINT uk_contest_answer UNIQUE (attempt_id, question_id),
    CONSTRAINT fk_cans_attempt FOREIGN KEY (attempt_id) REFERENCES contest_attempt (id),
    CONSTRAINT fk_cans_question FOREIGN KEY (question_id) REFERENCES contest_question (id)
);

CREATE TABLE contest_judge_score (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id BIGINT       NOT NULL,
    staff_id   BIGINT       NOT NULL,
    round_no   INT          NOT NULL,
    judge      VARCHAR(32)  NOT NULL,
    score      DECIMAL(6,2) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_judge_score UNIQUE (contest_id, staff_id, round_no, judge),
    CONSTRAINT fk_cjs_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_cjs_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE contest_result (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id BIGINT       NOT NULL,
    staff_id   BIGINT       NOT NULL,
    score      DECIMAL(8,2) NOT NULL,
    place      INT          NOT NULL,
    tied       BOOLEAN      NOT NULL,
    prize      VARCHAR(16)  NULL,
    detail     VARCHAR(200) NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_contest_result UNIQUE (contest_id, staff_id),
    CONSTRAINT fk_cr_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_cr_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);

CREATE TABLE contest_star_mapping (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    prize   VARCHAR(16) NOT NULL,
    star    VARCHAR(32) NOT NULL,
    version BIGINT      NOT NULL,
    CONSTRAINT uk_star_mapping UNIQUE (prize)
);
