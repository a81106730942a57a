-- 组织生活 (issue 17): how many working days before a period's end an unheld meeting turns yellow (临期), per kind.
-- Default 10 as before; a hall sets a longer lead for a kind it wants flagged earlier (e.g. the monthly 党小组会 from
-- the month's first day). Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB.
ALTER TABLE meeting_kind ADD COLUMN warn_working_days INT DEFAULT 10 NOT NULL;
