-- Quarterly contests, second part: windows as teams (a team per window; judges may score teams), a second
-- typing passage (digits and letters), and which contests' results the hall's display screens show.
ALTER TABLE contest ADD COLUMN team_mode BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE contest ADD COLUMN passage2 TEXT NULL;

-- the window a participant was entered for (their team in a team contest), fixed when entered
ALTER TABLE contest_participant ADD COLUMN window_id BIGINT NULL;
ALTER TABLE contest_participant ADD CONSTRAINT fk_cp_window FOREIGN KEY (window_id) REFERENCES service_window (id);

ALTER TABLE contest_attempt ADD COLUMN typed_text2 TEXT NULL;

-- judges' scores for a team (window) in one round of a judged team contest
CREATE TABLE contest_team_score (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id BIGINT       NOT NULL,
    window_id  BIGINT       NOT NULL,
    round_no   INT          NOT NULL,
    judge      VARCHAR(32)  NOT NULL,
    score      DECIMAL(6,2) NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_team_score UNIQUE (contest_id, window_id, round_no, judge),
    CONSTRAINT fk_cts_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_cts_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);

-- a team's place and prize, fixed when the contest's results are computed
CREATE TABLE contest_team_result (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id BIGINT       NOT NULL,
    window_id  BIGINT       NOT NULL,
    score      DECIMAL(8,2) NOT NULL,
    place      INT          NOT NULL,
    tied       BOOLEAN      NOT NULL,
    prize      VARCHAR(16)  NULL,
    detail     VARCHAR(200) NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_team_result UNIQUE (contest_id, window_id),
    CONSTRAINT fk_ctr_contest FOREIGN KEY (contest_id) REFERENCES contest (id),
    CONSTRAINT fk_ctr_window FOREIGN KEY (window_id) REFERENCES service_window (id)
);
