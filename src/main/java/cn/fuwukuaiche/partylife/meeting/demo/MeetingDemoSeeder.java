package cn.fuwukuaiche.partylife.meeting.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.PartyGroup;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.meeting.control.CadencePeriod;
import cn.fuwukuaiche.partylife.meeting.control.CadenceRules;
import cn.fuwukuaiche.partylife.meeting.entity.Attendance;
import cn.fuwukuaiche.partylife.meeting.entity.AttendanceStatus;
import cn.fuwukuaiche.partylife.meeting.entity.Cadence;
import cn.fuwukuaiche.partylife.meeting.entity.MakeUp;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingCadence;
import cn.fuwukuaiche.partylife.meeting.entity.MeetingKind;
import cn.fuwukuaiche.partylife.meeting.entity.MembershipPeriod;
import cn.fuwukuaiche.partylife.meeting.entity.PartyMeeting;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A year of 组织生活 in the demo county, dated back from the load date: every branch's meetings of the last twelve
 * months with attendance, minutes and make-ups, and realistic gaps — the 第三联合党支部 skipped its 党员大会 and its
 * groups' meetings in the last full quarter (red), and the current period's meetings are partly still to come
 * (yellow near a period's end, grey before; the 党小组会, whose lead the demo hall set to a whole month, yellow on
 * any day — so the matrix shows all three colours whatever the load date, {@code MeetingDemoSeederTest}). The 第一联合党支部's 党员大会 of this quarter is left to hold (the browser
 * test holds it), and a 主题党日 is planned for next week. Two members of that branch joined four months ago, so
 * 应到 grows mid-year. Adds the demo account {@code member} (the branch's last full member by staff number, role STAFF).
 */
@Dependent
public class MeetingDemoSeeder implements DemoSeeder {

    /** The demo hall's lead for its monthly 党小组会: more working days than any month has after its first day. */
    static final int GROUP_WARN_WORKING_DAYS = 23;

    private static final String[] EXCUSES = {"因公出差", "病假", "参加县里培训", "窗口值班"};

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        LocalDate today = ctx.today();
        Random random = ctx.random();
        List<Branch> branches = em.createQuery("select b from Branch b order by b.displayOrder", Branch.class).getResultList();
        List<Staff> members = em.createQuery("select s from Staff s where s.active = true and s.branch is not null "
                + "and s.politicalStatus in :ps order by s.staffNo", Staff.class)
                .setParameter("ps", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER)).getResultList();
        List<PartyGroup> groups = em.createQuery("select g from PartyGroup g order by g.id", PartyGroup.class).getResultList();
        Branch first = branches.get(1);
        List<CadenceRules.Membership> roster = new ArrayList<>();
        int joined = 0;
        for (Staff s : members) {
            LocalDate from = LocalDate.of(2000, 1, 1);
            if (s.getBranch().getId().equals(first.getId()) && s.getPoliticalStatus() == PoliticalStatus.PROBATIONARY_MEMBER && joined < 2) {
                from = today.minusMonths(4).withDayOfMonth(1);
                joined++;
            }
            Long group = s.getPartyGroup() == null ? null : s.getPartyGroup().getId();
            em.persist(new MembershipPeriod(s.getId(), s.getBranch().getId(), group, from, null));
            roster.add(new CadenceRules.Membership(s.getId(), s.getBranch().getId(), group, from, null));
        }
        Staff member = members.stream().filter(s -> s.getBranch().getId().equals(first.getId())
                && s.getPoliticalStatus() == PoliticalStatus.PARTY_MEMBER && !s.getId().equals(first.getSecretary().getId())
                && s.getWindow() != null).reduce((a, b) -> b).orElseThrow(); // the last: other seeders and tests use the first
        UserAccount account = new UserAccount("member", member.getName(), ctx.passwordHash(), EnumSet.of(Role.STAFF));
        account.setStaffId(member.getId());
        account.setWindowId(member.getWindow().getId());
        em.persist(account);

        List<MeetingKind> kinds = em.createQuery("select k from MeetingKind k order by k.sortOrder", MeetingKind.class).getResultList();
        // the hall wants its monthly 党小组会 flagged as due from the month's first day, not only in its last two weeks
        kinds.stream().filter(k -> k.getCode().equals("GROUP")).forEach(k -> k.setWarnWorkingDays(GROUP_WARN_WORKING_DAYS));
        for (int bi = 0; bi < branches.size(); bi++) {
            Branch b = branches.get(bi);
            String secretary = bi == 1 ? "secretary" : bi == 2 ? "secretary2" : "leader";
            List<PartyGroup> own = groups.stream().filter(g -> g.getBranch().getId().equals(b.getId())).toList();
            for (MeetingKind k : kinds) {
                if (!k.appliesTo(bi == 0)) {
                    continue;
                }
                List<CadenceRules.Rule> rules = em.createQuery("select c from MeetingCadence c where c.kind = :k", MeetingCadence.class)
                        .setParameter("k", k).getResultList().stream()
                        .map(c -> new CadenceRules.Rule(c.getCadence(), c.getEffectiveFrom())).toList();
                for (CadencePeriod p : periods(rules, today)) {
                    LocalDate day = heldOn(bi, k.getCode(), p, today, random);
                    if (day == null) {
                        continue;
                    }
                    if (k.isPerGroup()) {
                        for (PartyGroup g : own) {
                            hold(em, random, roster, k, b, g.getId(), day, secretary, today);
                        }
                    } else {
                        hold(em, random, roster, k, b, null, day, secretary, today);
                    }
                }
            }
        }
        // planned: next week's 主题党日 of the first joint branch, which its members see on their page
        MeetingKind themeDay = kinds.stream().filter(k -> k.getCode().equals("THEME_DAY")).findFirst().orElseThrow();
        PartyMeeting planned = new PartyMeeting(themeDay, first.getId(), null, weekday(today.plusDays(7)).atTime(LocalTime.of(15, 0)),
                "中心三楼党员活动室");
        planned.setHostStaffId(first.getSecretary().getId());
        planned.setAgenda("1. 重温入党誓词\n2. 学习《中国共产党章程》\n3. 志愿服务：为办事群众导办帮办");
        em.persist(planned);
        em.flush();
    }

    /** The periods of the demo's year back from {@code today}: those that end after the window's start and have begun. */
    static List<CadencePeriod> periods(List<CadenceRules.Rule> rules, LocalDate today) {
        LocalDate from = today.minusMonths(12).withDayOfMonth(1);
        List<CadencePeriod> periods = new ArrayList<>(CadenceRules.periods(rules, from.getYear()));
        if (today.getYear() != from.getYear()) {
            periods.addAll(CadenceRules.periods(rules, today.getYear()));
        }
        return periods.stream().filter(p -> !p.end().isBefore(from) && !p.start().isAfter(today)).toList();
    }

    /**
     * The plan of the demo county, in plain Java so a table test can check it on any {@code today}: the day branch
     * {@code bi} (0 the central branch, 1–3 the joint ones) held kind {@code code} in period {@code p}, or null when
     * it did not — the 第三联合党支部's 党员大会 and 党小组会 of the last full quarter (red), and the current period
     * of the first and third joint branches and of every party group (still to come: yellow near its end, or
     * from the month's first day for the 党小组会, grey before). The central and second joint branches hold the current
 * period's other meetings in its first days (the screens' 本月组织生活 counts them). A day not yet past is not held either.
     */
    static LocalDate heldOn(int bi, String code, CadencePeriod p, LocalDate today, Random random) {
        CadencePeriod lastQuarter = CadencePeriod.containing(Cadence.QUARTER,
                CadencePeriod.containing(Cadence.QUARTER, today).start().minusDays(1));
        boolean current = p.contains(today);
        boolean gap = bi == 3 && (code.equals("ASSEMBLY") || code.equals("GROUP"))
                && !p.start().isBefore(lastQuarter.start()) && !p.end().isAfter(lastQuarter.end());
        if (gap || (current && (bi == 1 || bi == 3 || code.equals("GROUP")))) {
            return null;
        }
        int r = random.nextInt(10);
        // the central and the second joint branch hold their current period's meetings in its first days, so the screens'
        // 本月组织生活 has something to count on most days of a month
        LocalDate day = weekday(p.start().plusDays(current ? r % 3 : 8 + r));
        if (day.isAfter(p.end())) {
            day = weekday(p.start());
        }
        return day.isBefore(today) ? day : null;
    }

    private static LocalDate weekday(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static void hold(EntityManager em, Random random, List<CadenceRules.Membership> roster, MeetingKind k, Branch b, Long group,
                             LocalDate day, String secretary, LocalDate today) {
        PartyMeeting m = new PartyMeeting(k, b.getId(), group, day.atTime(k.isPerGroup() ? LocalTime.of(17, 0) : LocalTime.of(15, 0)),
                k.isPerGroup() ? "窗口会商室" : "中心三楼党员活动室");
        m.setHostStaffId(b.getSecretary() == null ? null : b.getSecretary().getId());
        m.setAgenda(agenda(k));
        if (k.isLecture()) {
            m.setLecturer(b.getSecretary() == null ? "支部书记" : b.getSecretary().getName());
            m.setTopic("践行初心使命，提升政务服务质效");
        }
        Set<Long> expected = CadenceRules.expected(roster, b.getId(), group, day);
        for (Long id : expected) {
            int r = random.nextInt(100);
            AttendanceStatus s = r < 85 ? AttendanceStatus.PRESENT : r < 94 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT;
            m.getAttendance().add(new Attendance(m, id, s, s == AttendanceStatus.EXCUSED ? EXCUSES[random.nextInt(EXCUSES.length)] : null));
        }
        m.setMinutes("会议由书记主持，传达学习上级有关精神，结合窗口服务实际开展讨论，与会党员逐一发言。");
        m.setResolutions("1. 各窗口对照“服务快车”要求查摆问题；2. 下周前完成整改台账。");
        m.submitted(day.plusDays(1).atTime(9, 30), secretary);
        em.persist(m);
        if (k.isMakeUp()) {
            for (Attendance a : m.getAttendance()) {
                if (a.getStatus() != AttendanceStatus.PRESENT) {
                    MakeUp u = new MakeUp(m, a.getStaffId());
                    LocalDate done = day.plusDays(5 + random.nextInt(15));
                    if (random.nextInt(100) < 60 && done.isBefore(today)) {
                        u.done(done, secretary);
                    }
                    em.persist(u);
                }
            }
        }
    }

    private static String agenda(MeetingKind k) {
        return switch (k.getCode()) {
            case "COMMITTEE" -> "1. 研究本支部近期工作\n2. 讨论党员发展和教育管理事项";
            case "ASSEMBLY" -> "1. 通报支部工作\n2. 讨论决定重要事项\n3. 党员评议";
            case "GROUP" -> "1. 学习近期重要讲话精神\n2. 交流窗口服务情况";
            case "LECTURE" -> "书记讲党课";
            case "THEME_DAY" -> "1. 重温入党誓词\n2. 志愿服务";
            case "LIFE" -> "1. 对照检查\n2. 批评与自我批评\n3. 民主评议党员";
            default -> "1. 班子成员对照检查\n2. 开展批评与自我批评";
        };
    }
}
