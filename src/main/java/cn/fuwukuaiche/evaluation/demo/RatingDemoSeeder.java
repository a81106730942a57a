package cn.fuwukuaiche.evaluation.demo;

import cn.fuwukuaiche.calendar.UnknownYearException;
import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.evaluation.control.DeviceKeys;
import cn.fuwukuaiche.evaluation.control.RectificationOpener;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingAppeal;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.RatingDeviceKey;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.evaluation.entity.RectificationEvidence;
import cn.fuwukuaiche.evaluation.entity.RectificationStep;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.evaluation.control.tally.RatingTally;
import cn.fuwukuaiche.evaluation.control.tally.TallyJpaSql;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo county's 好差评 (order 200): a pad key per window with a fixed, documented value
 * ({@code demo-pad-<窗口号>}, e.g. {@code demo-pad-A01}) plus a revoked one ({@value #REVOKED_KEY}); about six
 * months of ratings on the working days of the admin's calendar (~98 % satisfied, a few windows worse); and
 * for each 差评 a rectification in a realistic state: mostly done in time, some late, a few overdue now,
 * some appealed (pending, upheld, rejected). The staff account's window A05 gets one item in every state.
 */
@Dependent
public class RatingDemoSeeder implements DemoSeeder {

    public static final String KEY_PREFIX = "demo-pad-";
    public static final String REVOKED_KEY = "demo-pad-revoked";
    /** A 平台接入 key (no per-key limits), as the provincial 好差评 platform's bridge for window A01 would hold. */
    public static final String PLATFORM_KEY = "demo-platform-A01";
    static final int DAYS = 182;
    static final int FIX_DAYS = 5;

    /** Windows where citizens are less happy (long queues, complex cases). */
    private static final Set<String> WORSE = Set.of("B05", "E01", "D03");
    /** Windows with hardly a complaint. */
    private static final Set<String> BETTER = Set.of("A01", "B06", "C05", "F01");
    private static final String[] BAD_COMMENTS = {"排队等候时间太长，叫号后又等了很久", "材料清单没有一次性告知，跑了两趟",
            "工作人员态度冷淡，问了几遍才回答", "系统故障无法办理，也没有说明什么时候能好", "窗口中午没人，等了一个多小时",
            "要求提供的证明在别的部门已经交过", "办理时限超过了承诺时间", "说话不耐烦，解释不清楚", "预约了还要重新排队",
            "告知的办理流程和网上不一致"};
    private static final String[] GOOD_COMMENTS = {"办事效率高，一次就办好了", "工作人员很耐心，讲解清楚", "帮办代办很贴心",
            "比以前快多了，点赞", "服务热情周到"};
    private static final String[] APPEAL_REASONS = {"评价人误按按键，回访时本人确认对服务满意", "评价人因不符合政策规定未能办理而给差评，窗口已依法依规一次性告知",
            "同一评价人当日连续多次差评，经核查属恶意评价"};

    @Inject
    WorkCalendarProvider calendars;

    @Inject
    RectificationOpener opener;

    private byte[] evidencePng;

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        Random random = ctx.random();
        LocalDate today = ctx.today();
        WorkCalendar cal = calendars.current();
        evidencePng = png();

        List<ServiceWindow> windows = em.createQuery("select w from ServiceWindow w where w.active = true order by w.windowNo",
                ServiceWindow.class).getResultList();
        Map<Long, String> windowNos = new HashMap<>();
        Map<Long, Long> keyOfWindow = new HashMap<>();
        LocalDateTime issued = today.minusDays(DAYS + 3).atTime(9, 0);
        for (ServiceWindow w : windows) {
            String key = KEY_PREFIX + w.getWindowNo();
            RatingDeviceKey k = new RatingDeviceKey(w, DeviceKeys.hash(key), DeviceKeys.prefix(key), w.getWindowNo() + " 窗口评价器", "admin");
            em.persist(k);
            em.flush();
            keyOfWindow.put(w.getId(), k.getId());
            windowNos.put(w.getId(), w.getWindowNo());
        }
        RatingDeviceKey revoked = new RatingDeviceKey(windows.get(0), DeviceKeys.hash(REVOKED_KEY), DeviceKeys.prefix(REVOKED_KEY),
                "旧评价器（已停用）", "admin");
        revoked.revoke("admin", "演示：设备丢失，已更换新设备");
        em.persist(revoked);
        em.flush();
        ServiceWindow bridged = windows.stream().filter(w -> "A01".equals(w.getWindowNo())).findFirst().orElse(windows.get(0));
        RatingDeviceKey platform = new RatingDeviceKey(bridged, DeviceKeys.hash(PLATFORM_KEY), DeviceKeys.prefix(PLATFORM_KEY),
                "省好差评平台接入（" + bridged.getWindowNo() + "）", "admin");
        platform.setPlatform(true);
        em.persist(platform);
        em.flush();

        Map<Long, List<Long>> staffOfWindow = new HashMap<>();
        for (Staff s : em.createQuery("select s from Staff s where s.active = true and s.window is not null order by s.staffNo",
                Staff.class).getResultList()) {
            staffOfWindow.computeIfAbsent(s.getWindow().getId(), k -> new ArrayList<>()).add(s.getId());
        }
        List<Long> windowIds = windows.stream().map(ServiceWindow::getId).toList();
        Map<Long, Double> badRate = new HashMap<>();
        Map<Long, Double> perDay = new HashMap<>();
        for (ServiceWindow w : windows) {
            badRate.put(w.getId(), WORSE.contains(w.getWindowNo()) ? 0.05 : BETTER.contains(w.getWindowNo()) ? 0.004 : 0.012 + random.nextDouble() * 0.01);
            perDay.put(w.getId(), 0.5 + random.nextDouble() * 0.9);
        }
        em.clear();
        // windows and staff stay managed for the whole run (few rows); ratings are detached in batches
        for (ServiceWindow w : em.createQuery("select w from ServiceWindow w", ServiceWindow.class).getResultList()) {
            w.getId();
        }
        em.createQuery("select s from Staff s", Staff.class).getResultList();

        List<long[]> bad = new ArrayList<>(); // rating id, window id
        List<Rating> batch = new ArrayList<>();
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            if (!cal.knowsYear(day.getYear()) || !cal.isWorkingDay(day)) {
                continue;
            }
            for (Long wid : windowIds) {
                int n = poisson(random, perDay.get(wid));
                for (int i = 0; i < n; i++) {
                    boolean isBad = random.nextDouble() < badRate.get(wid);
                    Rating r = rating(em, random, wid, staffOfWindow.getOrDefault(wid, List.of()), keyOfWindow.get(wid), day, isBad);
                    em.persist(r);
                    if (isBad) {
                        em.flush();
                        bad.add(new long[] {r.getId(), wid});
                    }
                    batch.add(r);
                    if (batch.size() == 500) {
                        em.flush();
                        batch.forEach(em::detach);
                        batch.clear();
                    }
                }
            }
        }
        em.flush();
        batch.forEach(em::detach);

        for (long[] b : bad) {
            Rating r = em.find(Rating.class, b[0]);
            Rectification rect = opener.open(r, cal, FIX_DAYS);
            em.flush();
            play(em, random, cal, today, r, rect, null);
        }
        em.flush();
        em.clear();

        // the staff account's window and a few others: one item in each state, whatever chance produced
        for (String no : List.of("A05", "C05", "B05")) {
            ServiceWindow w = em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", no)
                    .getResultStream().findFirst().orElse(null);
            if (w == null) {
                continue;
            }
            List<Long> staff = staffOfWindow.getOrDefault(w.getId(), List.of());
            Long keyId = keyOfWindow.get(w.getId());
            scenario(em, random, cal, today, w.getId(), staff, keyId, 1, Stage.WAITING);
            scenario(em, random, cal, today, w.getId(), staff, keyId, 3, Stage.FIXING);
            scenario(em, random, cal, today, w.getId(), staff, keyId, 8, Stage.FIXING);
            scenario(em, random, cal, today, w.getId(), staff, keyId, 12, Stage.APPEAL_PENDING);
            scenario(em, random, cal, today, w.getId(), staff, keyId, 20, Stage.DONE);
        }
        em.flush();
        em.clear();
    }

    private enum Stage { WAITING, FIXING, APPEAL_PENDING, DONE }

    private void scenario(EntityManager em, Random random, WorkCalendar cal, LocalDate today, Long windowId, List<Long> staff,
                          Long keyId, int workingDaysAgo, Stage stage) {
        LocalDate day = workingDaysBefore(cal, today, workingDaysAgo);
        if (day == null) {
            return;
        }
        Rating r = rating(em, random, windowId, staff, keyId, day, true);
        em.persist(r);
        em.flush();
        Rectification rect = opener.open(r, cal, FIX_DAYS);
        em.flush();
        if (rect.getCallbackDue() == null) {
            return;
        }
        switch (stage) {
            case WAITING -> { }
            case FIXING -> rect.recordCallback(day.atTime(16, 20), "staff", "已电话联系评价人，说明情况并致歉，约定整改后再次回访");
            case DONE -> play(em, random, cal, today, r, rect, Boolean.TRUE);
            case APPEAL_PENDING -> {
                rect.recordCallback(day.atTime(16, 40), "staff", "已电话联系评价人，对方表示误按了按键");
                RatingAppeal a = new RatingAppeal(r, APPEAL_REASONS[0], "staff");
                a.setAppealedAt(day.atTime(17, 0));
                em.persist(a);
            }
        }
    }

    /** Plays a rectification forward to today: call-back, fix, follow-up and sometimes an appeal. */
    private void play(EntityManager em, Random random, WorkCalendar cal, LocalDate today, Rating r, Rectification rect, Boolean forceOnTime) {
        if (rect.getCallbackDue() == null || rect.getFixDue() == null) {
            return;
        }
        LocalDate ratedOn = rect.getOpenedOn();
        double u = random.nextDouble();
        boolean recent = !ratedOn.isBefore(today.minusDays(25));
        boolean stuck = forceOnTime == null && recent && u < 0.12;
        boolean late = forceOnTime == null && !stuck && u < 0.22;
        String by = "staff";
        try {
            LocalDate callbackDay = stuck ? null : late ? cal.plusWorkingDays(rect.getCallbackDue(), 1 + random.nextInt(2))
                    : random.nextBoolean() ? ratedOn : rect.getCallbackDue();
            if (callbackDay == null || !callbackDay.isBefore(today)) {
                return;
            }
            rect.recordCallback(callbackDay.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))), by,
                    "已电话回访评价人，了解具体问题并致歉，告知整改安排");
            LocalDate fixDay = late ? cal.plusWorkingDays(rect.getFixDue(), 1 + random.nextInt(3))
                    : cal.plusWorkingDays(ratedOn, 2 + random.nextInt(rect.getFixWorkingDays() - 1));
            if (stuck || !fixDay.isBefore(today)) {
                return;
            }
            rect.recordFix(fixDay.atTime(LocalTime.of(14 + random.nextInt(3), random.nextInt(60))), by,
                    "已召开窗口整改会，优化叫号与一次性告知流程，相关人员作出书面说明");
            em.persist(new RectificationEvidence(rect.getId(), RectificationStep.FIX, "整改会议记录.png", "image/png", evidencePng, by));
            LocalDate followUpDay = cal.plusWorkingDays(fixDay, 1);
            if (random.nextDouble() < 0.7 && followUpDay.isBefore(today)) {
                double f = random.nextDouble();
                rect.recordFollowUp(f < 0.15 ? RatingLevel.VERY_SATISFIED : f < 0.75 ? RatingLevel.SATISFIED : RatingLevel.BASIC,
                        followUpDay.atTime(10, 30), by);
            }
        } catch (UnknownYearException e) {
            return; // a deadline past the last entered year: leave the item where it is
        }
        if (forceOnTime == null && random.nextDouble() < 0.08) {
            LocalDateTime appealedAt = ratedOn.atTime(17, 10);
            RatingAppeal a = new RatingAppeal(r, APPEAL_REASONS[random.nextInt(APPEAL_REASONS.length)], by);
            a.setAppealedAt(appealedAt);
            em.persist(a);
            if (ratedOn.isBefore(today.minusDays(7))) {
                boolean upheld = random.nextBoolean();
                a.decide(upheld, "leader", upheld ? "经调取录音录像核实，评价人确属误评，申诉成立" : "经核查，窗口确有告知不到位的情况，申诉不成立",
                        appealedAt.plusDays(2));
                if (upheld) {
                    RatingTally.setExcluded(new TallyJpaSql(em), r, true);
                    if (rect.getStatus().isOpen()) {
                        rect.voidByAppeal();
                    }
                }
            }
        }
    }

    private Rating rating(EntityManager em, Random random, Long windowId, List<Long> staff, Long keyId, LocalDate day, boolean isBad) {
        RatingLevel level;
        double u = random.nextDouble();
        if (isBad) {
            level = u < 0.7 ? RatingLevel.DISSATISFIED : RatingLevel.VERY_DISSATISFIED;
        } else {
            level = u < 0.72 ? RatingLevel.VERY_SATISFIED : u < 0.94 ? RatingLevel.SATISFIED : RatingLevel.BASIC;
        }
        double c = random.nextDouble();
        RatingChannel channel = c < 0.8 ? RatingChannel.PAD : c < 0.9 ? RatingChannel.QR_CODE : RatingChannel.ONLINE;
        Staff s = staff.isEmpty() || random.nextDouble() < 0.12 ? null : em.getReference(Staff.class, staff.get(random.nextInt(staff.size())));
        LocalDateTime at = day.atTime(9 + random.nextInt(8), random.nextInt(60), random.nextInt(60));
        Rating r = new Rating(em.getReference(ServiceWindow.class, windowId), s, level, channel, at);
        if (random.nextDouble() < 0.35 || isBad) {
            int base = isBad ? 1 : level == RatingLevel.BASIC ? 3 : 4;
            int spread = isBad ? 3 : 2;
            r.setSubScores(base + random.nextInt(spread), base + random.nextInt(spread), base + random.nextInt(spread),
                    base + random.nextInt(spread));
        }
        if (isBad) {
            r.setComment(BAD_COMMENTS[random.nextInt(BAD_COMMENTS.length)]);
        } else if (random.nextDouble() < 0.04) {
            r.setComment(GOOD_COMMENTS[random.nextInt(GOOD_COMMENTS.length)]);
        }
        if (channel == RatingChannel.PAD) {
            r.setSource(keyId, null);
        }
        return r;
    }

    private static LocalDate workingDaysBefore(WorkCalendar cal, LocalDate today, int n) {
        LocalDate d = today;
        int counted = 0;
        try {
            while (counted < n) {
                d = d.minusDays(1);
                if (cal.isWorkingDay(d)) {
                    counted++;
                }
            }
            return d;
        } catch (UnknownYearException e) {
            return null;
        }
    }

    private static int poisson(Random random, double mean) {
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** A small stand-in image for the demo's evidence files. */
    private static byte[] png() {
        BufferedImage img = new BufferedImage(160, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xfff4e5));
        g.fillRect(0, 0, 160, 100);
        g.setColor(new Color(0xc8102e));
        g.fillRect(0, 0, 160, 16);
        g.setColor(Color.GRAY);
        for (int y = 30; y < 95; y += 12) {
            g.fillRect(12, y, 120 - (y % 3) * 10, 4);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
