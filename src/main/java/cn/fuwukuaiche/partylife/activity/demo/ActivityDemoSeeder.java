package cn.fuwukuaiche.partylife.activity.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.partylife.activity.entity.Activity;
import cn.fuwukuaiche.partylife.activity.entity.ActivityKind;
import cn.fuwukuaiche.partylife.activity.entity.ActivityParticipant;
import cn.fuwukuaiche.partylife.activity.entity.ActivityPhoto;
import cn.fuwukuaiche.partylife.activity.entity.ActivitySeries;
import cn.fuwukuaiche.partylife.activity.entity.PledgeResult;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Two 创先争优 series, dated back from the load date: 三亮三比三评 (this year's, every branch, still running) with seven
 * activities a branch, and 三学习三提升 (last year's, three branches) with five a branch — 学习, 志愿服务, 交心谈心 and
 * 下基层 (with days, the 中心主任 and 副主任 as 领导干部), 公开承诺办实事 (done, not done with a note, and two still
 * running), small generated photos (PNG drawn here), and the four latest of this year's series on the display screens.
 */
@Dependent
public class ActivityDemoSeeder implements DemoSeeder {

    /** kind, title, place, days (下基层) — a branch's activities in a series, in date order. */
    private record Plan(ActivityKind kind, String title, String place, Integer days) {
    }

    private static final List<Plan> THIS_YEAR = List.of(
            new Plan(ActivityKind.STUDY, "亮身份：学习党章党规专题会", "中心三楼党员活动室", null),
            new Plan(ActivityKind.VISIT, "比服务：下基层走访便民服务站", "青石镇便民服务站", 2),
            new Plan(ActivityKind.HEART_TALK, "评作风：领导干部与窗口人员交心谈心", "中心二楼会议室", null),
            new Plan(ActivityKind.VOLUNTEER, "亮承诺：政务服务进社区志愿服务", "城关社区服务中心", null),
            new Plan(ActivityKind.PLEDGE, "公开承诺：企业开办一日办结", "中心一楼综合窗口", null),
            new Plan(ActivityKind.VISIT, "比技能：驻村帮办代办", "东坡村民生服务室", 3),
            new Plan(ActivityKind.STUDY, "评先进：学习行业标兵事迹", "中心三楼党员活动室", null));

    private static final List<Plan> LAST_YEAR = List.of(
            new Plan(ActivityKind.STUDY, "学理论：集中学习新修订条例", "中心三楼党员活动室", null),
            new Plan(ActivityKind.VISIT, "提能力：乡镇业务指导", "各乡镇便民服务站", 1),
            new Plan(ActivityKind.PLEDGE, "公开承诺：不动产登记压缩时限", "不动产登记窗口", null),
            new Plan(ActivityKind.HEART_TALK, "提作风：谈心谈话", "中心二楼会议室", null),
            new Plan(ActivityKind.VOLUNTEER, "提服务：适老化帮办志愿服务", "中心大厅", null));

    @Override
    public int order() {
        return 780;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        LocalDate today = ctx.today();
        Random random = new Random(19_5L);
        List<Branch> branches = em.createQuery("select b from Branch b order by b.displayOrder", Branch.class).getResultList();
        List<Staff> leaders = em.createQuery("select s from Staff s where s.active = true and s.post in :p order by s.staffNo", Staff.class)
                .setParameter("p", List.of("中心主任", "中心副主任")).getResultList();
        Set<Long> leaderIds = leaders.stream().map(Staff::getId).collect(Collectors.toSet());

        ActivitySeries thisYear = new ActivitySeries("三亮三比三评", today.minusMonths(10).withDayOfMonth(1),
                today.plusMonths(2).withDayOfMonth(1).minusDays(1),
                "亮身份、亮承诺、亮服务，比技能、比作风、比业绩，评服务对象满意度、评窗口形象、评先进典型。",
                branches.stream().map(Branch::getId).collect(Collectors.toSet()));
        ActivitySeries lastYear = new ActivitySeries("三学习三提升", today.minusMonths(22).withDayOfMonth(1),
                today.minusMonths(11).withDayOfMonth(1).minusDays(1),
                "学理论、学业务、学先进，提升能力、提升作风、提升服务水平。",
                branches.stream().limit(3).map(Branch::getId).collect(Collectors.toSet()));
        em.persist(thisYear);
        em.persist(lastYear);

        List<Activity> recent = new ArrayList<>();
        int photoNo = 0;
        for (ActivitySeries series : List.of(lastYear, thisYear)) {
            boolean current = series == thisYear;
            List<Plan> plans = current ? THIS_YEAR : LAST_YEAR;
            LocalDate last = current ? today.minusDays(3) : series.getPeriodTo();
            long span = series.getPeriodFrom().until(last).toTotalMonths() * 30;
            for (Branch b : branches) {
                if (!series.getBranchIds().contains(b.getId())) {
                    continue;
                }
                List<Staff> roster = em.createQuery("select s from Staff s where s.active = true and (s.unit.branch.id = :b "
                        + "or s.branch.id = :b) order by s.staffNo", Staff.class).setParameter("b", b.getId()).getResultList()
                        .stream().filter(s -> !leaderIds.contains(s.getId())).toList();
                for (int i = 0; i < plans.size(); i++) {
                    Plan p = plans.get((i + b.getDisplayOrder()) % plans.size()); // each branch in its own order
                    LocalDate day = series.getPeriodFrom().plusDays(span * (i + 1) / (plans.size() + 1) + random.nextInt(10) + b.getDisplayOrder());
                    if (day.isAfter(last)) {
                        day = last.minusDays(b.getDisplayOrder());
                    }
                    Activity a = new Activity(series, p.title(), day, p.place(), b.getId(), p.kind());
                    a.setVisitDays(p.days());
                    if (p.kind() == ActivityKind.PLEDGE) {
                        pledge(a, current, b.getDisplayOrder(), today);
                    }
                    a.setSummary(b.getName() + "组织开展" + p.title() + "，" + (current ? "对照“三亮三比三评”要求查找差距、落实整改。"
                            : "围绕“三学习三提升”交流体会、明确措施。"));
                    a.setParticipants(people(roster, leaders, p.kind(), random));
                    em.persist(a);
                    if (current && i >= plans.size() - 2 || i == 0) {
                        em.flush();
                        em.persist(new ActivityPhoto(a.getId(), "活动照片" + (++photoNo) + ".png", "image/png",
                                png(photoNo, current), day.atTime(17, 0)));
                        if (current) {
                            recent.add(a);
                        }
                    }
                }
            }
        }
        recent.sort((x, y) -> y.getHeldOn().compareTo(x.getHeldOn()));
        recent.stream().limit(4).forEach(a -> a.setOnScreens(true));
    }

    /**
     * This year's pledges: made about seven weeks ago, due in a month for two branches (still running), done for the
     * others; last year's: done, but the 第二联合党支部's was not (with the reason).
     */
    private static void pledge(Activity a, boolean current, int branchOrder, LocalDate today) {
        if (current && branchOrder <= 1) {
            a.setHeldOn(today.minusDays(50 + branchOrder));
            a.setPledgeDue(today.plusDays(30));
            return;
        }
        a.setPledgeDue(a.getHeldOn().plusDays(60).isBefore(today) ? a.getHeldOn().plusDays(60) : today.minusDays(1));
        if (!current && branchOrder == 2) {
            a.setPledgeResult(PledgeResult.NOT_DONE);
            a.setPledgeNote("涉及跨部门数据共享，上级系统尚未开通接口，已纳入下一年度承诺。");
        } else {
            a.setPledgeResult(PledgeResult.DONE);
            a.setPledgeNote("按期办结，群众满意。");
        }
    }

    /** Three to seven of the branch's people; 下基层 and 交心谈心 with one leader (the 中心主任 or the 副主任). */
    private static List<ActivityParticipant> people(List<Staff> roster, List<Staff> leaders, ActivityKind kind, Random random) {
        List<Staff> pool = new ArrayList<>(roster);
        Collections.shuffle(pool, random);
        Set<ActivityParticipant> out = new LinkedHashSet<>();
        int n = Math.min(pool.size(), 3 + random.nextInt(5));
        pool.stream().limit(n).forEach(s -> out.add(new ActivityParticipant(s.getId(), false)));
        if ((kind == ActivityKind.VISIT || kind == ActivityKind.HEART_TALK) && !leaders.isEmpty()) {
            out.add(new ActivityParticipant(leaders.get(random.nextInt(leaders.size())).getId(), true));
        }
        List<ActivityParticipant> list = new ArrayList<>(out);
        list.sort((x, y) -> Long.compare(x.getStaffId(), y.getStaffId()));
        return list;
    }

    /** A small picture drawn here (no file from anywhere): a red or blue sky, a hall, a flag and a star. */
    static byte[] png(int no, boolean current) {
        BufferedImage img = new BufferedImage(480, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color top = current ? new Color(200, 30 + no * 7 % 60, 30) : new Color(40, 90 + no * 11 % 80, 170);
        g.setPaint(new GradientPaint(0, 0, top, 0, 300, new Color(250, 235, 200)));
        g.fillRect(0, 0, 480, 300);
        g.setColor(new Color(235, 235, 240));
        g.fillRect(60 + no % 4 * 20, 150, 260, 120);
        g.setColor(new Color(120, 120, 130));
        for (int w = 0; w < 5; w++) {
            g.fillRect(80 + no % 4 * 20 + w * 48, 180, 28, 40);
        }
        g.setColor(new Color(90, 60, 40));
        g.fillRect(380, 60, 6, 210);
        g.setColor(new Color(220, 20, 20));
        g.fillRect(386, 60, 70, 46);
        g.setColor(new Color(255, 215, 0));
        g.fillPolygon(star(404, 78, 10));
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Polygon star(int cx, int cy, int r) {
        Polygon p = new Polygon();
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? r : r * 0.4;
            p.addPoint((int) Math.round(cx + rr * Math.cos(a)), (int) Math.round(cy - rr * Math.sin(a)));
        }
        return p;
    }
}
