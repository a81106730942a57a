-- 民主评议党员 (issue 17): after an upheld 公示 objection withdrew a grade, the branch decides again with a reason; the
-- new grade waits for its own 公示 (notice_pending) and is no evidence until then. Portable SQL (H2 LEGACY, MySQL).
ALTER TABLE appraisal_member ADD COLUMN notice_pending BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE appraisal_member ADD COLUMN redecided_reason VARCHAR(1000) NULL;
