-- Issue 23 (many halls): what was unique in the one hall is unique per hall. A second hall has its own window 1, staff
-- number 0001, 中心党支部, node and item codes, meeting kinds, scoring schemes, the red flag of its month, its year's
-- 七一 commendation and party-work report, its own ranking revisions and case numbers. Each constraint keeps its name
-- and gains hall_id in front (which also serves the per-hall lookups). Portable: H2 (MODE=LEGACY) and MariaDB 10.4+
-- both drop a UNIQUE constraint by name. Not changed: usernames, device-key and screen-key hashes (unique across the
-- portal on purpose) and constraints under a hall-owned parent (a branch's groups, a contest's participants …).

ALTER TABLE party_branch DROP CONSTRAINT uk_party_branch_name;
ALTER TABLE party_branch ADD CONSTRAINT uk_party_branch_name UNIQUE (hall_id, name);

ALTER TABLE stationed_unit DROP CONSTRAINT uk_stationed_unit_name;
ALTER TABLE stationed_unit ADD CONSTRAINT uk_stationed_unit_name UNIQUE (hall_id, name);

ALTER TABLE service_window DROP CONSTRAINT uk_service_window_no;
ALTER TABLE service_window ADD CONSTRAINT uk_service_window_no UNIQUE (hall_id, window_no);

ALTER TABLE staff DROP CONSTRAINT uk_staff_no;
ALTER TABLE staff ADD CONSTRAINT uk_staff_no UNIQUE (hall_id, staff_no);

ALTER TABLE scoring_scheme DROP CONSTRAINT uk_scoring_scheme_name;
ALTER TABLE scoring_scheme ADD CONSTRAINT uk_scoring_scheme_name UNIQUE (hall_id, name);

ALTER TABLE scoring_scheme DROP CONSTRAINT uk_scoring_scheme_subject;
ALTER TABLE scoring_scheme ADD CONSTRAINT uk_scoring_scheme_subject UNIQUE (hall_id, subject_kind);

ALTER TABLE ranking_snapshot DROP CONSTRAINT uk_ranking_snapshot_rev;
ALTER TABLE ranking_snapshot ADD CONSTRAINT uk_ranking_snapshot_rev UNIQUE (hall_id, period_ym, subject_kind, revision);

ALTER TABLE red_flag_award DROP CONSTRAINT uk_red_flag_award_month;
ALTER TABLE red_flag_award ADD CONSTRAINT uk_red_flag_award_month UNIQUE (hall_id, active_ym);

ALTER TABLE commendation DROP CONSTRAINT uk_commendation_year;
ALTER TABLE commendation ADD CONSTRAINT uk_commendation_year UNIQUE (hall_id, year_no);

ALTER TABLE contest_star_mapping DROP CONSTRAINT uk_star_mapping;
ALTER TABLE contest_star_mapping ADD CONSTRAINT uk_star_mapping UNIQUE (hall_id, prize);

ALTER TABLE service_node DROP CONSTRAINT uk_service_node_code;
ALTER TABLE service_node ADD CONSTRAINT uk_service_node_code UNIQUE (hall_id, code);

ALTER TABLE service_item DROP CONSTRAINT uk_service_item_code;
ALTER TABLE service_item ADD CONSTRAINT uk_service_item_code UNIQUE (hall_id, code);

ALTER TABLE service_case DROP CONSTRAINT uk_service_case_number;
ALTER TABLE service_case ADD CONSTRAINT uk_service_case_number UNIQUE (hall_id, case_number);

ALTER TABLE parallel_approval DROP CONSTRAINT uk_parallel_approval_number;
ALTER TABLE parallel_approval ADD CONSTRAINT uk_parallel_approval_number UNIQUE (hall_id, project_number);

ALTER TABLE meeting_kind DROP CONSTRAINT uk_meeting_kind_code;
ALTER TABLE meeting_kind ADD CONSTRAINT uk_meeting_kind_code UNIQUE (hall_id, code);

ALTER TABLE year_template DROP CONSTRAINT uq_year_template;
ALTER TABLE year_template ADD CONSTRAINT uq_year_template UNIQUE (hall_id, template_year);

ALTER TABLE year_report DROP CONSTRAINT uq_year_report;
ALTER TABLE year_report ADD CONSTRAINT uq_year_report UNIQUE (hall_id, report_year);
