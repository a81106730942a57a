-- 公示 of a 七一 list (issue #5). The leader puts an approved list to public notice once: each entry becomes its
-- own public_notice (subject_type COMMENDATION, subject_id = the entry), so an objection names one person or
-- window. commendation.notice_*: when and by whom the list went to notice, for how many working days, until
-- when. commendation_entry.withdrawn_*: an upheld objection withdrew the entry (it leaves the print list and
-- gets no certificate), with the leader's reason.
ALTER TABLE commendation ADD COLUMN notice_opened_at DATETIME(6) NULL;
ALTER TABLE commendation ADD COLUMN notice_opened_by VARCHAR(64) NULL;
ALTER TABLE commendation ADD COLUMN notice_working_days INT NULL;
ALTER TABLE commendation ADD COLUMN notice_closes_on DATE NULL;

ALTER TABLE commendation_entry ADD COLUMN withdrawn_at DATETIME(6) NULL;
ALTER TABLE commendation_entry ADD COLUMN withdrawn_by VARCHAR(64) NULL;
ALTER TABLE commendation_entry ADD COLUMN withdraw_reason VARCHAR(1000) NULL;
