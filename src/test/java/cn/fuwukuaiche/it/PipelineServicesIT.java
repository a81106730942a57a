package cn.fuwukuaiche.it;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineScope;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineService.StepForm;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import cn.fuwukuaiche.partylife.pipeline.entity.PaperKind;
import cn.fuwukuaiche.partylife.pipeline.entity.PipelineStage;
import cn.fuwukuaiche.partylife.pipeline.entity.Recommendation;
import cn.fuwukuaiche.partylife.pipeline.entity.StepKind;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 发展党员 (issue 18) in the container: rights and scope, missing papers and the leader's waiver, the roster on approval. */
abstract class PipelineServicesIT extends WorkbenchServicesIT {

    @Inject
    PipelineService pipeline;

    @Inject
    PipelineFileService pipelineFiles;

    private MembershipApplication seeded(String branch, PipelineStage stage) {
        long b = branchNamed(branch).getId();
        return read(() -> em.createQuery("select a from MembershipApplication a where a.branchId = :b and a.stage = :s order by a.id",
                MembershipApplication.class).setParameter("b", b).setParameter("s", stage).setMaxResults(1).getSingleResult());
    }

    private long steps() {
        return read(() -> em.createQuery("select count(s) from PipelineStep s", Long.class).getSingleResult());
    }

    private List<Long> fullMembers(Branch b, int n) {
        return em.createQuery("select s.id from Staff s where s.branch = :b and s.politicalStatus = :p and s.active = true order by s.staffNo",
                Long.class).setParameter("b", b).setParameter("p", PoliticalStatus.PARTY_MEMBER).setMaxResults(n).getResultList();
    }

    @Test
    void pipeline_a_secretary_acts_only_for_his_branch() throws Exception {
        MembershipApplication a = seeded("第一联合党支部", PipelineStage.APPLICANT);
        long before = steps();
        signIn.as("secretary2", () -> {
            BusinessException other = assertThrows(BusinessException.class,
                    () -> pipeline.step(a.getId(), a.getVersion(), StepForm.of(StepKind.TALK, Times.today(), null)));
            assertEquals(PipelineScope.MSG_OTHER_BRANCH, other.getMessage());
            BusinessException apply = assertThrows(BusinessException.class, () -> pipeline.apply(new PipelineService.ApplyForm(
                    branchNamed("第一联合党支部").getId(), null, "王五", "县自然资源局", LocalDate.of(1995, 1, 1), Times.today(), null)));
            assertEquals("branch", apply.field());
            assertThrows(BusinessException.class, () -> pipelineFiles.detail(a.getId()));
            assertTrue(pipelineFiles.list(null, null).stream().noneMatch(l -> l.branch().equals("第一联合党支部")), "only his branch listed");
        });
        assertEquals(before, steps(), "nothing written by the refused calls");
    }

    @Test
    void pipeline_the_general_branchs_steps_are_the_leaders() throws Exception {
        MembershipApplication a = seeded("第一联合党支部", PipelineStage.APPLICANT);
        long before = steps();
        signIn.as("secretary", () -> {
            BusinessException leaders = assertThrows(BusinessException.class, () -> pipeline.step(a.getId(), a.getVersion(),
                    StepForm.of(StepKind.HIGHER_TALK, Times.today(), null)));
            assertEquals("上级谈话由党总支办理", leaders.getMessage());
            assertThrows(EJBAccessException.class, () -> pipeline.putToNotice(a.getId(), a.getVersion()));
            assertThrows(EJBAccessException.class, () -> pipelineFiles.waivePaper(a.getId(), PaperKind.TALK_RECORD, "理由"));
        });
        assertEquals(before, steps());
    }

    @Test
    void pipeline_window_staff_see_no_files_or_papers() throws Exception {
        MembershipApplication a = seeded("第一联合党支部", PipelineStage.ACTIVIST);
        signIn.as("staff", () -> {
            assertThrows(EJBAccessException.class, () -> pipelineFiles.list(null, null));
            assertThrows(EJBAccessException.class, () -> pipelineFiles.detail(a.getId()));
            assertThrows(EJBAccessException.class, () -> pipelineFiles.paperContent(a.getId(), PaperKind.POLITICAL_CHECK));
            assertTrue(pipelineFiles.mine().isEmpty(), "张伟 has no application");
        });
    }

    @Test
    void pipeline_a_person_sees_his_own_stage() throws Exception {
        signIn.as("staff2", () -> assertEquals(PipelineStage.ACTIVIST, pipelineFiles.mine().orElseThrow().stage()));
    }

    @Test
    void pipeline_a_stage_is_not_closed_with_papers_missing_unless_the_leader_waives_one() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        Staff person = em.createQuery("select s from Staff s where s.unit.branch = :b and s.politicalStatus = :p and s.active = true "
                        + "and s.id not in (select a.staffId from MembershipApplication a where a.staffId is not null) order by s.staffNo desc",
                Staff.class).setParameter("b", first).setParameter("p", PoliticalStatus.MASSES).setMaxResults(1).getSingleResult();
        List<Long> sponsors = fullMembers(first, 1);
        long id = signIn.as("leader", () -> {
            BusinessException young = assertThrows(BusinessException.class, () -> pipeline.apply(new PipelineService.ApplyForm(first.getId(),
                    person.getId(), null, null, Times.today().minusYears(17), Times.today().minusDays(20), null)));
            assertEquals("birthDate", young.field());
            MembershipApplication a = pipeline.apply(new PipelineService.ApplyForm(first.getId(), person.getId(), null, null,
                    LocalDate.of(1996, 5, 4), Times.today().minusDays(20), "本人递交入党申请书"));
            long v = a.getVersion();
            BusinessException early = assertThrows(BusinessException.class, () -> pipeline.step(a.getId(), v, new StepForm(StepKind.TALK,
                    Times.today().minusDays(21), null, "李秀英", null, null, List.of(), false, null, null, null, null, null, null, null)));
            assertEquals("date", early.field());
            return a.getId();
        }).longValue();
        assertEquals(null, em.find(MembershipApplication.class, id).getTalkedOn(), "a talk before the letter was refused");
        signIn.as("leader", () -> {
            MembershipApplication a = em.find(MembershipApplication.class, id);
            a = pipeline.step(id, a.getVersion(), new StepForm(StepKind.TALK, Times.today().minusDays(18), null, "李秀英", null, null,
                    List.of(), false, null, null, null, null, null, null, null));
            pipelineFiles.keepPaper(id, PaperKind.APPLICATION_LETTER, "第一联合党支部档案柜");
            long v = a.getVersion();
            StepForm activist = new StepForm(StepKind.MAKE_ACTIVIST, Times.today(), "支委会研究同意", null, Recommendation.MEMBERS, Times.today(),
                    sponsors, false, null, null, null, null, null, null, null);
            BusinessException papers = assertThrows(BusinessException.class, () -> pipeline.step(id, v, activist));
            assertEquals("papers", papers.field());
            assertTrue(papers.getMessage().contains("缺少：谈话记录"), papers.getMessage());
        });
        assertEquals(PipelineStage.APPLICANT, em.find(MembershipApplication.class, id).getStage());
        assertEquals(0L, em.createQuery("select count(s) from Sponsor s where s.applicationId = :a", Long.class).setParameter("a", id)
                .getSingleResult(), "nothing half-written");
        signIn.as("leader", () -> pipelineFiles.waivePaper(id, PaperKind.TALK_RECORD, "谈话记录遗失，已由谈话人书面说明"));
        signIn.as("leader", () -> {
            MembershipApplication a = em.find(MembershipApplication.class, id);
            a = pipeline.step(id, a.getVersion(), new StepForm(StepKind.MAKE_ACTIVIST, Times.today(), "支委会研究同意", null, Recommendation.MEMBERS,
                    Times.today(), sponsors, false, null, null, null, null, null, null, null));
            assertEquals(PipelineStage.ACTIVIST, a.getStage());
        });
        assertTrue(em.createQuery("select count(e) from AuditEntry e where e.entityType = '发展党员' and e.entityId = :id", Long.class)
                .setParameter("id", String.valueOf(id)).getSingleResult() >= 4, "every step audited");
    }

    @Test
    void pipeline_the_vote_rule_and_the_approval_change_the_roster() throws Exception {
        MembershipApplication c = seeded("第一联合党支部", PipelineStage.CANDIDATE);
        long id = c.getId();
        signIn.as("leader", () -> {
            MembershipApplication a = pipeline.step(id, em.find(MembershipApplication.class, id).getVersion(),
                    StepForm.of(StepKind.PLEDGE_FORM, Times.today(), "填写入党志愿书"));
            int entitled = pipelineFiles.detail(id).entitled();
            int half = entitled / 2;
            long v = a.getVersion();
            BusinessException refused = assertThrows(BusinessException.class, () -> pipeline.step(id, v, new StepForm(StepKind.ADMIT_VOTE,
                    Times.today(), null, null, null, null, List.of(), false, null, null, entitled, half, entitled - half, 0, null)));
            assertEquals("inFavour", refused.field());
            assertTrue(refused.getMessage().contains("赞成 " + half + " 票"), refused.getMessage());
            pipeline.step(id, v, new StepForm(StepKind.ADMIT_VOTE, Times.today(), null, null, null, null, List.of(), false, null, null,
                    entitled, half + 1, entitled - half - 1, 0, null));
        });
        signIn.as("leader", () -> {
            MembershipApplication a = pipeline.step(id, em.find(MembershipApplication.class, id).getVersion(),
                    StepForm.of(StepKind.HIGHER_TALK, Times.today(), "党总支委员谈话"));
            pipelineFiles.keepPaper(id, PaperKind.PLEDGE_FORM, "第一联合党支部档案柜");
            a = pipeline.step(id, a.getVersion(), StepForm.of(StepKind.APPROVE, Times.today(), "党总支审批同意"));
            assertEquals(PipelineStage.PROBATIONARY, a.getStage());
        });
        Staff s = em.find(Staff.class, c.getStaffId());
        assertEquals(PoliticalStatus.PROBATIONARY_MEMBER, s.getPoliticalStatus());
        assertEquals(1L, em.createQuery("select count(m) from MembershipPeriod m where m.staffId = :s and m.validTo is null", Long.class)
                .setParameter("s", s.getId()).getSingleResult(), "counted in 三会一课 应到 from today");
    }
    @Test
    void pipeline_two_pages_on_the_same_application_the_second_save_is_refused() throws Exception {
        // two users (or two tabs) opened the file at the same version; one account per test method here, the browser
        // walk does it with the secretary and the leader
        Branch first = branchNamed("第一联合党支部");
        Staff person = read(() -> em.createQuery("select s from Staff s where s.unit.branch = :b and s.politicalStatus = :p and s.active = true "
                        + "and s.id not in (select a.staffId from MembershipApplication a where a.staffId is not null) order by s.staffNo",
                Staff.class).setParameter("b", first).setParameter("p", PoliticalStatus.MASSES).setMaxResults(1).getSingleResult());
        signIn.as("leader", () -> {
            long id = pipeline.apply(new PipelineService.ApplyForm(first.getId(), person.getId(), null, null,
                    LocalDate.of(1994, 9, 1), Times.today().minusDays(10), "本人递交入党申请书")).getId();
            long seen = pipelineFiles.detail(id).application().getVersion();
            pipeline.step(id, seen, new StepForm(StepKind.TALK, Times.today().minusDays(5), null, "李秀英", null,
                    null, List.of(), false, null, null, null, null, null, null, null));
            long stepsBefore = steps();
            Exception stale = assertThrows(Exception.class, () -> pipeline.step(id, seen, new StepForm(StepKind.TALK,
                    Times.today().minusDays(4), null, "王建国", null, null, List.of(), false, null, null, null, null, null, null, null)));
            Throwable cause = stale;
            while (cause != null && !(cause instanceof jakarta.persistence.OptimisticLockException)) {
                cause = cause.getCause();
            }
            assertTrue(cause != null, "refused as a stale edit: " + stale);
            assertEquals("数据已被他人修改，请刷新后重试", cause.getMessage());
            assertEquals("数据已被他人修改，请刷新后重试，您的输入未保存。", cn.fuwukuaiche.base.ui.FriendlyErrorHandler.messageFor(stale),
                    "the dialog shows it in Chinese");
            assertEquals(stepsBefore, steps(), "the second save wrote nothing");
            MembershipApplication a = pipelineFiles.detail(id).application();
            assertEquals("李秀英", a.getTalkedBy(), "the first save stands");
            assertEquals(seen + 1, a.getVersion());
        });
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0};

    private long paperCount(long applicationId) {
        return read(() -> em.createQuery("select count(p) from PipelinePaper p where p.applicationId = :a and p.content is not null",
                Long.class).setParameter("a", applicationId).getSingleResult());
    }

    @Test
    void pipeline_a_paper_is_a_pdf_jpg_or_png_up_to_5_mb_believed_by_its_bytes() throws Exception {
        MembershipApplication a = seeded("第一联合党支部", PipelineStage.ACTIVIST);
        long id = a.getId();
        long stored = paperCount(id);
        signIn.as("secretary", () -> {
            BusinessException big = assertThrows(BusinessException.class, () -> pipelineFiles.uploadPaper(id, PaperKind.ACTIVIST_FORM,
                    "登记表.pdf", "application/pdf", new byte[5 * 1024 * 1024 + 1]));
            assertEquals("paper", big.field());
            assertEquals("文件不能超过 5 MB", big.getMessage());
            BusinessException type = assertThrows(BusinessException.class, () -> pipelineFiles.uploadPaper(id, PaperKind.ACTIVIST_FORM,
                    "登记表.docx", "application/msword", PDF));
            assertEquals("只接受 PDF、JPG 或 PNG 文件", type.getMessage());
            BusinessException renamed = assertThrows(BusinessException.class, () -> pipelineFiles.uploadPaper(id, PaperKind.ACTIVIST_FORM,
                    "登记表.pdf", "application/pdf", "MZ not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            assertTrue(renamed.getMessage().contains("文件内容与扩展名不符"), renamed.getMessage());
            assertTrue(pipelineFiles.paperContent(id, PaperKind.ACTIVIST_FORM).isEmpty(), "nothing stored by the refusals");
        });
        assertEquals(stored, paperCount(id), "nothing stored by the refusals");
        // the seeded paper was noted as kept on paper; now uploaded: the browser says image/png, the bytes and name say PDF
        signIn.as("secretary", () -> pipelineFiles.uploadPaper(id, PaperKind.ACTIVIST_FORM, "入党积极分子登记表.pdf", "image/png", PDF));
        PipelineFileService.PaperFile f = signIn.as("secretary", () -> pipelineFiles.paperContent(id, PaperKind.ACTIVIST_FORM).orElseThrow());
        assertEquals("入党积极分子登记表.pdf", f.fileName());
        assertEquals("application/pdf", f.contentType());
        assertTrue(java.util.Arrays.equals(PDF, f.content()));
        assertEquals(1L, read(() -> em.createQuery("select count(e) from AuditEntry e where e.entityType = '发展党员' and e.entityId = :id "
                + "and e.summary like '上传材料：入党积极分子登记表%'", Long.class).setParameter("id", String.valueOf(id)).getSingleResult()),
                "the upload is audited once");
    }

    @Test
    void pipeline_the_leader_reads_a_branchs_paper() throws Exception {
        long id = seeded("第一联合党支部", PipelineStage.ACTIVIST).getId();
        PipelineFileService.PaperFile f = signIn.as("leader", () -> {
            pipelineFiles.uploadPaper(id, PaperKind.REVIEW_RECORDS, "考察记录.png", "image/png", PNG);
            return pipelineFiles.paperContent(id, PaperKind.REVIEW_RECORDS).orElseThrow();
        });
        assertEquals("考察记录.png", f.fileName());
        assertEquals("image/png", f.contentType());
        assertTrue(java.util.Arrays.equals(PNG, f.content()));
    }

    @Test
    void pipeline_admin_reads_a_branchs_paper() throws Exception {
        long id = seeded("第一联合党支部", PipelineStage.ACTIVIST).getId();
        PipelineFileService.PaperFile f = signIn.as("admin", () -> {
            pipelineFiles.uploadPaper(id, PaperKind.POLITICAL_CHECK, "政审材料.JPG", "image/jpeg", JPG);
            return pipelineFiles.paperContent(id, PaperKind.POLITICAL_CHECK).orElseThrow();
        });
        assertEquals("政审材料.JPG", f.fileName());
        assertEquals("image/jpeg", f.contentType());
    }

    @Test
    void pipeline_the_other_branchs_secretary_neither_reads_nor_uploads_a_paper() throws Exception {
        long id = seeded("第一联合党支部", PipelineStage.ACTIVIST).getId();
        long stored = paperCount(id);
        signIn.as("secretary2", () -> {
            BusinessException read = assertThrows(BusinessException.class, () -> pipelineFiles.paperContent(id, PaperKind.POLITICAL_CHECK));
            assertEquals(PipelineScope.MSG_OTHER_BRANCH, read.getMessage());
            BusinessException write = assertThrows(BusinessException.class,
                    () -> pipelineFiles.uploadPaper(id, PaperKind.POLITICAL_CHECK, "x.pdf", "application/pdf", PDF));
            assertEquals(PipelineScope.MSG_OTHER_BRANCH, write.getMessage());
        });
        assertEquals(stored, paperCount(id));
    }

    @Test
    void pipeline_a_member_without_a_secretarys_role_reads_no_paper() throws Exception {
        long id = seeded("第一联合党支部", PipelineStage.ACTIVIST).getId();
        // 中共党员 of the same branch, but a window staff member: the file is not his
        signIn.as("member", () -> assertThrows(EJBAccessException.class, () -> pipelineFiles.paperContent(id, PaperKind.POLITICAL_CHECK)));
    }
    @Test
    void pipeline_a_resolution_not_approved_within_three_months_is_void_and_the_branch_votes_again() throws Exception {
        // the demo's 发展对象 of the 第三联合党支部: 支部大会 four months ago, never approved
        MembershipApplication c = seeded("第三联合党支部", PipelineStage.CANDIDATE);
        long id = c.getId();
        LocalDate oldVote = c.getAdmitVoteOn();
        assertTrue(oldVote.isBefore(Times.today().minusMonths(3)), "the demo's vote is older than three months: " + oldVote);
        signIn.as("leader", () -> {
            var detail = pipelineFiles.detail(id);
            assertTrue(detail.voidedVote().contains("已失效，须重新召开支部大会表决"), detail.voidedVote());
            assertTrue(detail.possibleSteps().contains(StepKind.ADMIT_VOTE), "the 支部大会 is offered again");
            assertTrue(!detail.possibleSteps().contains(StepKind.APPROVE), detail.possibleSteps().toString());
            long v = detail.application().getVersion();
            BusinessException approve = assertThrows(BusinessException.class, () -> pipeline.step(id, v,
                    StepForm.of(StepKind.HIGHER_TALK, Times.today(), "党总支委员谈话")));
            assertEquals(detail.voidedVote(), approve.getMessage());
            int entitled = detail.entitled();
            MembershipApplication a = pipeline.step(id, v, new StepForm(StepKind.ADMIT_VOTE, Times.today(), "重新召开支部大会", null, null,
                    null, List.of(), false, null, null, entitled, entitled / 2 + 1, entitled - entitled / 2 - 1, 0, null));
            assertEquals(Times.today(), a.getAdmitVoteOn());
            assertEquals(Times.today().plusYears(1), a.getProbationEndsOn(), "预备期 from the new vote");
            assertEquals(null, pipelineFiles.detail(id).voidedVote());
            a = pipeline.step(id, a.getVersion(), StepForm.of(StepKind.HIGHER_TALK, Times.today(), "党总支委员谈话"));
            a = pipeline.step(id, a.getVersion(), StepForm.of(StepKind.APPROVE, Times.today(), "党总支审批同意"));
            assertEquals(PipelineStage.PROBATIONARY, a.getStage());
        });
        assertEquals(1L, read(() -> em.createQuery("select count(e) from AuditEntry e where e.entityType = '发展党员' and e.entityId = :id "
                + "and e.changes like '重新表决：%'", Long.class).setParameter("id", String.valueOf(id)).getSingleResult()), "the re-vote is audited as one");
    }
}
