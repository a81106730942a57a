package cn.fuwukuaiche.network.demo;

import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.network.entity.ApprovalResult;
import cn.fuwukuaiche.network.entity.ApprovalState;
import cn.fuwukuaiche.network.entity.ApprovalTask;
import cn.fuwukuaiche.network.entity.ParallelApproval;
import cn.fuwukuaiche.network.entity.TaskAnswer;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Three parallel-approval projects: one finished (one department deemed to agree back then), one under
 * review today (one department past its deadline without an answer, which the system records as deemed
 * at startup; one asking for materials; two still within their time), and one just accepted. STAFF
 * accounts {@code staff.f01} (投资项目审批, the lead) and {@code staff.e04}, {@code staff.f03},
 * {@code staff.e05}, {@code staff.d04}, {@code staff.c04} answer for their windows.
 */
final class ApprovalDemo {

    static final String[] WINDOWS = {"F01", "E04", "F03", "E05", "D04", "C04"};

    private final EntityManager em;
    private final WorkCalendar cal;
    private final Map<String, ServiceWindow> windows = new HashMap<>();
    private final Map<String, UserAccount> accounts = new HashMap<>();

    ApprovalDemo(EntityManager em, WorkCalendar cal) {
        this.em = em;
        this.cal = cal;
    }

    void seed(DemoContext ctx) {
        for (String no : WINDOWS) {
            ServiceWindow w = em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no)
                    .getResultStream().findFirst().orElse(null);
            if (w == null) {
                return; // no organisation demo: nothing to approve with
            }
            windows.put(no, w);
            Staff head = em.createQuery("select s from Staff s where s.window = :w order by s.id", Staff.class)
                    .setParameter("w", w).setMaxResults(1).getResultStream().findFirst().orElse(null);
            UserAccount u = new UserAccount("staff." + no.toLowerCase(), head == null ? w.getName() + "窗口" : head.getName(),
                    ctx.passwordHash(), EnumSet.of(Role.STAFF));
            u.setWindowId(w.getId());
            if (head != null) {
                u.setStaffId(head.getId());
            }
            em.persist(u);
            accounts.put(no, u);
        }
        LocalDate today = ctx.today();
        int year = today.getYear();

        // 1. finished long ago: approved, 施工许可 deemed to agree
        LocalDate reg1 = back(today, 40);
        ParallelApproval p1 = project(year, 1, "青山县城南污水处理厂提标改造工程", "青山县水务投资有限公司", "12800", 20, reg1);
        accepted(p1, reg1);
        LocalDate n1 = cal.plusWorkingDays(reg1, 1);
        notified(p1, n1);
        answered(task(p1, "E04", 5, n1), TaskAnswer.AGREE, 2, "符合控制性详细规划，同意");
        answered(task(p1, "F03", 10, n1), TaskAnswer.AGREE, 8, "环评报告表审查通过，同意");
        ApprovalTask deemed1 = task(p1, "E05", 7, n1);
        deemed(deemed1);
        answered(task(p1, "D04", 5, n1), TaskAnswer.AGREE, 4, "同意临时占道施工方案");
        p1.setState(ApprovalState.FINISHED);
        p1.setFinishedAt(at(cal.plusWorkingDays(n1, 12), 16));
        p1.setResult(ApprovalResult.APPROVED);
        p1.setResultNote("各部门意见齐备（住建部门超时视为同意），准予批准，联合批复已送达建设单位");

        // 2. under review today
        LocalDate reg2 = back(today, 8);
        ParallelApproval p2 = project(year, 2, "青山经开区年产5万吨新型环保建材项目", "青山新材建材科技有限公司", "36000", 20, reg2);
        accepted(p2, reg2);
        LocalDate n2 = cal.plusWorkingDays(reg2, 1);
        notified(p2, n2);
        answered(task(p2, "E04", 5, n2), TaskAnswer.AGREE, 3, "用地符合规划，同意");
        answered(task(p2, "F03", 10, n2), TaskAnswer.NEED_MATERIALS, 2, "请补充大气污染防治措施专章及总量指标来源说明");
        task(p2, "D04", 3, n2);    // past its deadline, unanswered: deemed to agree
        task(p2, "E05", 12, n2);   // still within its time
        task(p2, "C04", 8, n2);    // due soon

        // 3. just accepted: the lead window still has to notify the related windows
        LocalDate reg3 = back(today, 1);
        ParallelApproval p3 = project(year, 3, "青山县乡村振兴冷链物流中心建设项目", "青山县供销农产品流通有限公司", "5600", 15, reg3);
        accepted(p3, reg3);
        em.flush();
    }

    private ParallelApproval project(int year, int n, String name, String org, String investment, int days, LocalDate registered) {
        ParallelApproval p = new ParallelApproval(String.format("BL%d-%04d", year, n), name, org, new BigDecimal(investment),
                windows.get("F01"), days, at(registered, 9), "staff.f01");
        em.persist(p);
        return p;
    }

    private void accepted(ParallelApproval p, LocalDate day) {
        p.setState(ApprovalState.ACCEPTED);
        p.setAcceptedAt(at(day, 10));
        p.setDeadline(cal.plusWorkingDays(day, p.getPromisedDays()));
    }

    private void notified(ParallelApproval p, LocalDate day) {
        p.setState(ApprovalState.IN_REVIEW);
        p.setNotifiedAt(at(day, 9));
    }

    private ApprovalTask task(ParallelApproval p, String windowNo, int days, LocalDate started) {
        ServiceWindow w = windows.get(windowNo);
        ApprovalTask t = new ApprovalTask(p, w.getUnit(), w, days, started, cal.plusWorkingDays(started, days));
        em.persist(t);
        p.getTasks().add(t);
        return t;
    }

    private void answered(ApprovalTask t, TaskAnswer answer, int afterDays, String comment) {
        UserAccount u = accounts.get(t.getWindow().getWindowNo());
        t.setAnswer(answer);
        t.setAnsweredAt(at(cal.plusWorkingDays(t.getStartedOn(), afterDays), 15));
        t.setAnsweredBy(u.getUsername());
        t.setAnsweredByName(u.getDisplayName());
        t.setComment(comment);
    }

    private void deemed(ApprovalTask t) {
        t.setAnswer(TaskAnswer.DEEMED_AGREE);
        t.setDeemed(true);
        t.setAnsweredAt(at(t.getDeadline().plusDays(1), 1));
        t.setAnsweredBy("系统");
        t.setAnsweredByName("系统");
        t.setComment("窗口在审批期限前未答复，按规定视为同意");
    }

    /** The day {@code n} working days before {@code from}. */
    private LocalDate back(LocalDate from, int n) {
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (cal.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0));
    }
}
