package cn.fuwukuaiche.it;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.activity.control.ActivityRules;
import cn.fuwukuaiche.partylife.activity.control.ActivityService;
import cn.fuwukuaiche.partylife.activity.control.ActivityYearFigures;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.ActivityParticipant;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 创先争优 activities in the container (issue 19, item 5): a secretary records only for his branch, a photo that is no
 * image refuses the whole save, and the yearly report's figures match the demo's rows counted here by hand. Part of
 * the one deployment ({@link ServicesIT}).
 */
abstract class ActivityServicesIT extends PartyLifeServicesIT {

    @Inject
    ActivityService activities;

    @Inject
    ActivityYearFigures activityFigures;

    private ActivitySeries currentSeries() {
        return em.createQuery("select s from ActivitySeries s where s.name = '三亮三比三评'", ActivitySeries.class).getSingleResult();
    }

    private ActivityRules.Draft study(Branch b, Staff person) {
        return new ActivityRules.Draft(currentSeries().getId(), "学习交流会", Times.today(), "中心三楼党员活动室", b.getId(),
                ActivityKind.STUDY, null, null, null, null, "集中学习", false, Map.of(person.getId(), false));
    }

    private Staff memberOf(Branch b) {
        return em.createQuery("select s from Staff s where s.active = true and s.branch.id = :b order by s.staffNo", Staff.class)
                .setParameter("b", b.getId()).setMaxResults(1).getSingleResult();
    }

    private long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Test
    void activities_a_secretary_records_only_for_his_own_branch() throws Exception {
        Branch second = branchNamed("第二联合党支部");
        Staff someone = memberOf(second);
        long before = count("Activity");
        signIn.as("secretary", () -> {
            BusinessException e = assertThrows(BusinessException.class, () -> activities.save(null, 0, study(second, someone), List.of()));
            assertEquals("branch", e.field());
            assertEquals(ActivityService.MSG_OTHER_BRANCH, e.getMessage());
            assertTrue(activities.activities(new ActivityService.Filter(null, null, second.getId(), null)).isEmpty(),
                    "another branch's activities are not listed to him");
        });
        assertEquals(before, count("Activity"));
    }

    @Test
    void activities_the_leader_records_for_any_branch() throws Exception {
        Branch second = branchNamed("第二联合党支部");
        Staff someone = memberOf(second);
        long before = count("Activity");
        signIn.as("leader", () -> {
            Activity a = activities.save(null, 0, study(second, someone), List.of());
            assertEquals(second.getId(), a.getBranchId());
        });
        assertEquals(before + 1, count("Activity"));
    }

    @Test
    void activities_a_photo_that_is_no_image_refuses_the_whole_save() throws Exception {
        Branch first = branchNamed("第一联合党支部");
        Staff someone = memberOf(first);
        long activitiesBefore = count("Activity");
        long photosBefore = count("ActivityPhoto");
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        signIn.as("secretary", () -> {
            BusinessException e = assertThrows(BusinessException.class, () -> activities.save(null, 0, study(first, someone),
                    List.of(new ActivityService.NewPhoto("合影.png", png), new ActivityService.NewPhoto("合影.jpg", pdf))));
            assertEquals("photos", e.field());
            assertTrue(e.getMessage().contains("不是图片"), e.getMessage());
        });
        assertEquals(activitiesBefore, count("Activity"), "no activity half-written");
        assertEquals(photosBefore, count("ActivityPhoto"), "not even the good photo");
        // a stale save is refused in Chinese
        signIn.as("secretary", () -> {
            Activity a = activities.save(null, 0, study(first, someone), List.of(new ActivityService.NewPhoto("合影.png", png)));
            assertEquals(1, activities.photos(a.getId()).size());
            long stale = a.getVersion() - 1;
            Throwable t = assertThrows(RuntimeException.class, () -> activities.save(a.getId(), stale, study(first, someone), List.of()));
            assertTrue(rootCause(t).getMessage().contains("已被他人修改") || t.getMessage().contains("已被他人修改"), t.toString());
        });
    }

    @Test
    void activities_the_year_figures_match_the_demo_rows_counted_by_hand() {
        int year = Times.today().getYear();
        Map<Long, Map<String, Long>> expected = new HashMap<>();
        for (Activity a : em.createQuery("select a from Activity a where a.heldOn >= :f and a.heldOn < :t", Activity.class)
                .setParameter("f", java.time.LocalDate.of(year, 1, 1)).setParameter("t", java.time.LocalDate.of(year + 1, 1, 1))
                .getResultList()) {
            Map<String, Long> m = expected.computeIfAbsent(a.getBranchId(), b -> new HashMap<>());
            for (ActivityParticipant p : a.getParticipants()) {
                if (a.getKind() == ActivityKind.VISIT) {
                    m.merge(p.isLeader() ? YearItems.VISITS_BY_LEADERS : YearItems.VISITS_BY_STAFF, 1L, Long::sum);
                    m.merge(p.isLeader() ? YearItems.VISIT_DAYS_BY_LEADERS : YearItems.VISIT_DAYS_BY_STAFF, (long) a.getVisitDays(), Long::sum);
                }
            }
            if (a.getKind() == ActivityKind.PLEDGE) {
                m.merge(YearItems.PLEDGES, 1L, Long::sum);
                if (a.getPledgeResult() == PledgeResult.DONE) {
                    m.merge(YearItems.PLEDGES_DONE, 1L, Long::sum);
                }
            }
            if (a.getKind() == ActivityKind.HEART_TALK) {
                m.merge(YearItems.HEART_TALKS, 1L, Long::sum);
            }
        }
        List<YearFigure> figures = activityFigures.figures(year);
        long leaderVisits = 0;
        for (YearFigure f : figures) {
            long want = expected.getOrDefault(f.branchId(), Map.of()).getOrDefault(f.item(), 0L);
            assertEquals(want, f.value(), f.evidence());
            assertTrue(f.evidenceRoute().startsWith("party-life/activities?year=" + year + "&kind="), f.evidenceRoute());
            if (f.item().equals(YearItems.VISITS_BY_LEADERS)) {
                leaderVisits += f.value();
            }
        }
        assertEquals(7L * em.createQuery("select count(b) from Branch b", Long.class).getSingleResult(),
                figures.size(), "every item for every branch");
        assertTrue(leaderVisits > 0, "the demo's 下基层 have leaders");
    }
}
