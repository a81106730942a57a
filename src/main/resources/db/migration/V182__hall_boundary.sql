-- Issue 23 (many halls): the hall is the boundary of every record. Each hall-owned table gets hall_id, the hall it
-- belongs to; EclipseLink's single-table multitenancy (META-INF/eclipselink-orm.xml) reads and writes it from the
-- transaction's hall (base.hall.HallBoundary), so no query names it. An existing installation has one hall: every row
-- becomes the lowest hall's (a database without a hall gets one first, below). hall_floor, general_branch and stationed_unit had hall_id from V10. Not hall-owned: hall, the calendar
-- (national holidays), flyway's and timer_lease; app_user and audit_entry get a nullable hall_id (an account of no
-- hall — the super admin, a supervisor — and audit lines written before a hall is known). Collection tables
-- (activity_participant, activity_series_branch, app_user_role, party_branch_floor, service_case_material) belong to
-- their owner's row. Portable SQL for H2 (MODE=LEGACY) and MySQL/MariaDB: a NOT NULL column is added with a default,
-- filled, and the default dropped, so a later insert without a hall fails instead of landing in a hall 0.

-- Rows written by earlier migrations (settings, meeting kinds, templates …) exist before any hall: they belong to the
-- first hall, so a database without one gets it now (code 'hall'); the demo loader and the first start take it over.
INSERT INTO hall (code, name, county, address, version)
    SELECT 'hall', '政务服务中心', '本县', NULL, 0 FROM (SELECT COUNT(*) AS n FROM hall) halls WHERE halls.n = 0;

ALTER TABLE activity_photo ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE activity_photo SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE activity_photo ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE activity_series ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE activity_series SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE activity_series ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE appraisal_ballot ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE appraisal_ballot SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE appraisal_ballot ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE appraisal_member ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE appraisal_member SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE appraisal_member ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE appraisal_turnout ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE appraisal_turnout SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE appraisal_turnout ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE approval_task ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE approval_task SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE approval_task ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE assessment_correction ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE assessment_correction SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE assessment_correction ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE assessment_entry ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE assessment_entry SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE assessment_entry ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE assessment_evidence ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE assessment_evidence SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE assessment_evidence ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE assessment_evidence_content ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE assessment_evidence_content SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE assessment_evidence_content ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE commendation ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE commendation SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE commendation ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE commendation_entry ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE commendation_entry SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE commendation_entry ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_answer ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_answer SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_answer ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_attempt ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_attempt SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_attempt ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_judge_score ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_judge_score SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_judge_score ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_participant ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_participant SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_participant ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_question ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_question SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_question ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_result ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_result SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_result ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE contest_star_mapping ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE contest_star_mapping SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE contest_star_mapping ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE development_plan ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE development_plan SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE development_plan ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE display_screen ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE display_screen SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE display_screen ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE exemplar ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE exemplar SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE exemplar ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE hall_zone ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE hall_zone SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE hall_zone ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_attachment ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_attachment SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_attachment ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_attendance ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_attendance SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_attendance ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_cadence ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_cadence SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_cadence ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_kind ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_kind SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_kind ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_make_up ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_make_up SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_make_up ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE meeting_revision ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE meeting_revision SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE meeting_revision ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE member_appraisal ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE member_appraisal SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE member_appraisal ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE membership_application ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE membership_application SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE membership_application ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE monthly_assessment ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE monthly_assessment SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE monthly_assessment ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE network_setting ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE network_setting SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE network_setting ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE notice_objection ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE notice_objection SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE notice_objection ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE notification ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE notification SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE notification ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE parallel_approval ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE parallel_approval SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE parallel_approval ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE party_activity ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE party_activity SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE party_activity ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE party_branch ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE party_branch SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE party_branch ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE party_group ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE party_group SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE party_group ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE party_meeting ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE party_meeting SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE party_meeting ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE party_membership_period ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE party_membership_period SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE party_membership_period ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE pipeline_introducer ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE pipeline_introducer SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE pipeline_introducer ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE pipeline_paper ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE pipeline_paper SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE pipeline_paper ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE pipeline_sponsor ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE pipeline_sponsor SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE pipeline_sponsor ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE pipeline_step ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE pipeline_step SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE pipeline_step ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE post_designation ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE post_designation SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE post_designation ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE probation_review ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE probation_review SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE probation_review ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE public_notice ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE public_notice SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE public_notice ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE ranking_snapshot ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE ranking_snapshot SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE ranking_snapshot ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE ranking_snapshot_line ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE ranking_snapshot_line SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE ranking_snapshot_line ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rating ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rating SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rating ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rating_appeal ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rating_appeal SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rating_appeal ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rating_device_key ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rating_device_key SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rating_device_key ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rating_setting ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rating_setting SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rating_setting ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rectification ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rectification SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rectification ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE rectification_evidence ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE rectification_evidence SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE rectification_evidence ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE red_flag_award ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE red_flag_award SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE red_flag_award ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE red_flag_rule ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE red_flag_rule SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE red_flag_rule ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE scheme_rule ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE scheme_rule SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE scheme_rule ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE scheme_version ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE scheme_version SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE scheme_version ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE scoring_scheme ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE scoring_scheme SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE scoring_scheme ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE service_case ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE service_case SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE service_case ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE service_case_step ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE service_case_step SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE service_case_step ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE service_item ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE service_item SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE service_item ALTER COLUMN hall_id DROP DEFAULT;

-- service_node.hall_id came with V181 (DEFAULT 1, for the supervisor's comparison): filled the same way, its default dropped
UPDATE service_node SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE service_node ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE service_window ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE service_window SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE service_window ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE staff ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE staff SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE staff ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE staff_photo ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE staff_photo SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE staff_photo ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE star_award ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE star_award SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE star_award ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE star_criterion ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE star_criterion SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE star_criterion ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE star_setting ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE star_setting SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE star_setting ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE three_by_three_score ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE three_by_three_score SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE three_by_three_score ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_report ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_report SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_report ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_report_part ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_report_part SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_report_part ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_report_revision ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_report_revision SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_report_revision ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_report_value ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_report_value SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_report_value ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_template ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_template SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_template ALTER COLUMN hall_id DROP DEFAULT;

ALTER TABLE year_template_item ADD COLUMN hall_id BIGINT NOT NULL DEFAULT 0;
UPDATE year_template_item SET hall_id = (SELECT MIN(id) FROM hall);
ALTER TABLE year_template_item ALTER COLUMN hall_id DROP DEFAULT;

-- Accounts above the halls (上级主管, 超级管理员: V180) belong to no hall, nor do their audit lines.
ALTER TABLE app_user ADD COLUMN hall_id BIGINT NULL;
UPDATE app_user SET hall_id = (SELECT MIN(id) FROM hall)
    WHERE id NOT IN (SELECT user_id FROM app_user_role WHERE role_name IN ('SUPERVISOR', 'SUPER_ADMIN'));
ALTER TABLE audit_entry ADD COLUMN hall_id BIGINT NULL;
UPDATE audit_entry SET hall_id = (SELECT MIN(id) FROM hall)
    WHERE actor NOT IN (SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id
                        WHERE r.role_name IN ('SUPERVISOR', 'SUPER_ADMIN'));

-- The monthly figures filter by hall first: the month's counts read one hall's index range (as V27 for one hall).
CREATE INDEX ix_rating_hall_month ON rating (hall_id, period_ym, excluded, window_id, rating_level);
CREATE INDEX ix_monthly_assessment_hall ON monthly_assessment (hall_id, period_ym, subject_kind, status);
CREATE INDEX ix_service_window_hall ON service_window (hall_id);
CREATE INDEX ix_staff_hall ON staff (hall_id);
CREATE INDEX ix_app_user_hall ON app_user (hall_id);
CREATE INDEX ix_audit_entry_hall ON audit_entry (hall_id);

-- Every hall_id names a hall: a row written with no hall or a made-up one is refused by the database too.
ALTER TABLE activity_photo ADD CONSTRAINT fk_activity_photo_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE activity_series ADD CONSTRAINT fk_activity_series_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE appraisal_ballot ADD CONSTRAINT fk_appraisal_ballot_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE appraisal_member ADD CONSTRAINT fk_appraisal_member_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE appraisal_turnout ADD CONSTRAINT fk_appraisal_turnout_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE approval_task ADD CONSTRAINT fk_approval_task_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE assessment_correction ADD CONSTRAINT fk_assessment_correction_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE assessment_entry ADD CONSTRAINT fk_assessment_entry_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE assessment_evidence ADD CONSTRAINT fk_assessment_evidence_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE assessment_evidence_content ADD CONSTRAINT fk_assessment_evidence_content_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE commendation ADD CONSTRAINT fk_commendation_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE commendation_entry ADD CONSTRAINT fk_commendation_entry_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest ADD CONSTRAINT fk_contest_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_answer ADD CONSTRAINT fk_contest_answer_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_attempt ADD CONSTRAINT fk_contest_attempt_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_judge_score ADD CONSTRAINT fk_contest_judge_score_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_participant ADD CONSTRAINT fk_contest_participant_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_question ADD CONSTRAINT fk_contest_question_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_result ADD CONSTRAINT fk_contest_result_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE contest_star_mapping ADD CONSTRAINT fk_contest_star_mapping_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE development_plan ADD CONSTRAINT fk_development_plan_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE display_screen ADD CONSTRAINT fk_display_screen_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE exemplar ADD CONSTRAINT fk_exemplar_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE hall_zone ADD CONSTRAINT fk_hall_zone_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_attachment ADD CONSTRAINT fk_meeting_attachment_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_attendance ADD CONSTRAINT fk_meeting_attendance_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_cadence ADD CONSTRAINT fk_meeting_cadence_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_kind ADD CONSTRAINT fk_meeting_kind_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_make_up ADD CONSTRAINT fk_meeting_make_up_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE meeting_revision ADD CONSTRAINT fk_meeting_revision_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE member_appraisal ADD CONSTRAINT fk_member_appraisal_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE membership_application ADD CONSTRAINT fk_membership_application_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE monthly_assessment ADD CONSTRAINT fk_monthly_assessment_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE network_setting ADD CONSTRAINT fk_network_setting_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE notice_objection ADD CONSTRAINT fk_notice_objection_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE notification ADD CONSTRAINT fk_notification_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE parallel_approval ADD CONSTRAINT fk_parallel_approval_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE party_activity ADD CONSTRAINT fk_party_activity_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE party_branch ADD CONSTRAINT fk_party_branch_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE party_group ADD CONSTRAINT fk_party_group_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE party_meeting ADD CONSTRAINT fk_party_meeting_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE party_membership_period ADD CONSTRAINT fk_party_membership_period_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE pipeline_introducer ADD CONSTRAINT fk_pipeline_introducer_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE pipeline_paper ADD CONSTRAINT fk_pipeline_paper_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE pipeline_sponsor ADD CONSTRAINT fk_pipeline_sponsor_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE pipeline_step ADD CONSTRAINT fk_pipeline_step_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE post_designation ADD CONSTRAINT fk_post_designation_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE probation_review ADD CONSTRAINT fk_probation_review_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE public_notice ADD CONSTRAINT fk_public_notice_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE ranking_snapshot ADD CONSTRAINT fk_ranking_snapshot_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE ranking_snapshot_line ADD CONSTRAINT fk_ranking_snapshot_line_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rating ADD CONSTRAINT fk_rating_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rating_appeal ADD CONSTRAINT fk_rating_appeal_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rating_device_key ADD CONSTRAINT fk_rating_device_key_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rating_setting ADD CONSTRAINT fk_rating_setting_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rectification ADD CONSTRAINT fk_rectification_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE rectification_evidence ADD CONSTRAINT fk_rectification_evidence_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE red_flag_award ADD CONSTRAINT fk_red_flag_award_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE red_flag_rule ADD CONSTRAINT fk_red_flag_rule_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE scheme_rule ADD CONSTRAINT fk_scheme_rule_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE scheme_version ADD CONSTRAINT fk_scheme_version_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE scoring_scheme ADD CONSTRAINT fk_scoring_scheme_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE service_case ADD CONSTRAINT fk_service_case_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE service_case_step ADD CONSTRAINT fk_service_case_step_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE service_item ADD CONSTRAINT fk_service_item_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE service_node ADD CONSTRAINT fk_service_node_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE service_window ADD CONSTRAINT fk_service_window_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE staff ADD CONSTRAINT fk_staff_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE staff_photo ADD CONSTRAINT fk_staff_photo_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE star_award ADD CONSTRAINT fk_star_award_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE star_criterion ADD CONSTRAINT fk_star_criterion_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE star_setting ADD CONSTRAINT fk_star_setting_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE three_by_three_score ADD CONSTRAINT fk_three_by_three_score_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_report ADD CONSTRAINT fk_year_report_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_report_part ADD CONSTRAINT fk_year_report_part_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_report_revision ADD CONSTRAINT fk_year_report_revision_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_report_value ADD CONSTRAINT fk_year_report_value_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_template ADD CONSTRAINT fk_year_template_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE year_template_item ADD CONSTRAINT fk_year_template_item_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
ALTER TABLE audit_entry ADD CONSTRAINT fk_audit_entry_hall FOREIGN KEY (hall_id) REFERENCES hall (id);
