-- Contests: a participant's and a team's (window's) result are one model, and so are the judges' scores for
-- either. The team tables of V52 are merged into contest_result and contest_judge_score, whose rows now name
-- their subject by kind (PARTICIPANT: a staff id, TEAM: a window id). New tables are filled from the old ones
-- and take their names, so one script serves H2 (MODE=LEGACY) and MySQL/MariaDB alike. Results are recomputed
-- whenever a contest closes; the scores' ids are renumbered (nothing references them).

CREATE TABLE contest_result_by_subject (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id   BIGINT       NOT NULL,
    subject_kind VARCHAR(16)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    score        DECIMAL(8,2) NOT NULL,
    place        INT          NOT NULL,
    tied         BOOLEAN      NOT NULL,
    prize        VARCHAR(16)  NULL,
    detail       VARCHAR(200) NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_contest_result_subject UNIQUE (contest_id, subject_kind, subject_id),
    CONSTRAINT fk_crs_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
);

INSERT INTO contest_result_by_subject (contest_id, subject_kind, subject_id, score, place, tied, prize, detail, version)
SELECT contest_id, 'PARTICIPANT', staff_id, score, place, tied, prize, detail, version FROM contest_result ORDER BY id;

INSERT INTO contest_result_by_subject (contest_id, subject_kind, subject_id, score, place, tied, prize, detail, version)
SELECT contest_id, 'TEAM', window_id, score, place, tied, prize, detail, version FROM contest_team_result ORDER BY id;

CREATE TABLE contest_judge_score_by_subject (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    contest_id   BIGINT       NOT NULL,
    subject_kind VARCHAR(16)  NOT NULL,
    subject_id   BIGINT       NOT NULL,
    round_no     INT          NOT NULL,
    judge        VARCHAR(32)  NOT NULL,
    score        DECIMAL(6,2) NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT uk_judge_score_subject UNIQUE (contest_id, subject_kind, subject_id, round_no, judge),
    CONSTRAINT fk_cjss_contest FOREIGN KEY (contest_id) REFERENCES contest (id)
);

INSERT INTO contest_judge_score_by_subject (contest_id, subject_kind, subject_id, round_no, judge, score, version)
SELECT contest_id, 'PARTICIPANT', staff_id, round_no, judge, score, version FROM contest_judge_score ORDER BY id;

INSERT INTO contest_judge_score_by_subject (contest_id, subject_kind, subject_id, round_no, judge, score, version)
SELECT contest_id, 'TEAM', window_id, round_no, judge, score, version FROM contest_team_score ORDER BY id;

DROP TABLE contest_team_result;
DROP TABLE contest_result;
DROP TABLE contest_team_score;
DROP TABLE contest_judge_score;

ALTER TABLE contest_result_by_subject RENAME TO contest_result;
ALTER TABLE contest_judge_score_by_subject RENAME TO contest_judge_score;
