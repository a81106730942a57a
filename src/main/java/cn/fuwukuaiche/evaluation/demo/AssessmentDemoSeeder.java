package cn.fuwukuaiche.evaluation.demo;

import cn.fuwukuaiche.base.hall.HallSql;
import cn.fuwukuaiche.evaluation.control.RankingReader;
import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.evaluation.control.assessment.AssessmentFigure;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeDefaults;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentEvidence;
import cn.fuwukuaiche.evaluation.entity.AssessmentEvidenceContent;
import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.entity.MonthlyAssessment;
import cn.fuwukuaiche.evaluation.entity.ScoringScheme;
import cn.fuwukuaiche.evaluation.entity.SchemeVersion;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * The demo county's scoring schemes and monthly assessments (order 250, after the organisation):
 * <ul>
 *   <li>the window scheme v1 from 6 months ago and v2 from 2 months ago (差评 −2 became −3), the person
 *       scheme v1;</li>
 *   <li>好差评 ratings for the last 6 months — ONLY when the rating table is still empty (until the rating
 *       area's own demo ratings exist, this gives the ranking something to count);</li>
 *   <li>sheets for every window and person for the last 5 months and this one: older months confirmed (with
 *       their confirmed ranking stored), last month approved by the secretaries and waiting for the leader,
 *       this month in draft (one returned with a reason, two submitted);</li>
 *   <li>last month: B03 and D02 equal on every criterion (a shared rank), E03 vetoed (实名投诉查实) although
 *       its points would put it first; a few evidence files (表扬信).</li>
 * </ul>
 */
@Dependent
public class AssessmentDemoSeeder implements DemoSeeder {

    private static final Logger LOG = Logger.getLogger(AssessmentDemoSeeder.class.getName());
    static final int MONTHS = 6;
    private static final java.time.format.DateTimeFormatter SQL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    RankingReader reader;

    private EntityManager em;
    private Random random;
    private LocalDate today;
    private final Map<Long, List<Staff>> staffByWindow = new HashMap<>();
    private final Map<Long, String> reviewerByBranch = new HashMap<>();
    private final Map<Long, String> usernameByWindow = new HashMap<>();

    @Override
    public int order() {
        return 250;
    }

    @Override
    public void seed(DemoContext ctx) {
        em = ctx.em();
        random = ctx.random();
        today = ctx.today();
        YearMonth current = YearMonth.from(today);
        List<ServiceWindow> windows = load();
        if (windows.isEmpty()) {
            return;
        }
        accounts(windows);

        SchemeVersion[] versions = schemes(current);
        long v1 = versions[0].getId();
        long v2 = versions[1].getId();
        long staffV1 = em.createQuery("select v from SchemeVersion v where v.scheme.subjectKind = :k",
                SchemeVersion.class).setParameter("k", AssessmentSubject.STAFF).getSingleResult().getId();

        long ratings = ((Number) em.createNativeQuery("select count(*) from rating where hall_id = ?")
                .setParameter(1, HallSql.hall(em)).getSingleResult()).longValue();
        if (ratings == 0) {
            ratings(windows, current);
        } else {
            LOG.info("演示数据：评价表已有 " + ratings + " 条好差评，月度考评不再生成演示评价");
        }

        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            SchemeVersion wv = em.find(SchemeVersion.class, month.isBefore(current.minusMonths(2)) ? v1 : v2);
            SchemeVersion sv = em.find(SchemeVersion.class, staffV1);
            AssessmentStatus status = back >= 2 ? AssessmentStatus.CONFIRMED : back == 1 ? AssessmentStatus.APPROVED
                    : AssessmentStatus.DRAFT;
            for (ServiceWindow w : windows) {
                windowSheet(month, w, wv, status, back);
                for (Staff s : staffByWindow.getOrDefault(w.getId(), List.of())) {
                    staffSheet(month, w, s, sv, status);
                }
            }
            em.flush();
            finish(AssessmentSubject.WINDOW, month, status);
            finish(AssessmentSubject.STAFF, month, status);
            // a month's hundreds of sheets would otherwise be compared again on every later flush
            em.clear();
            windows = load();
        }
        LOG.info(() -> "演示数据：月度考评 " + MONTHS + " 个月，评分方案窗口 2 版、个人 1 版");
    }

    /** The active windows (with unit and branch) and their staff, fresh in the persistence context. */
    private List<ServiceWindow> load() {
        staffByWindow.clear();
        for (Staff s : em.createQuery("select s from Staff s join fetch s.window where s.active = true order by s.staffNo",
                Staff.class).getResultList()) {
            staffByWindow.computeIfAbsent(s.getWindow().getId(), k -> new ArrayList<>()).add(s);
        }
        return em.createQuery("select w from ServiceWindow w join fetch w.unit u left join fetch u.branch "
                + "where w.active = true order by w.windowNo", ServiceWindow.class).getResultList();
    }

    private void accounts(List<ServiceWindow> windows) {
        for (UserAccount u : em.createQuery("select u from UserAccount u", UserAccount.class).getResultList()) {
            if (u.getWindowId() != null) {
                usernameByWindow.putIfAbsent(u.getWindowId(), u.getUsername());
            }
            if (u.getBranchId() != null) {
                reviewerByBranch.putIfAbsent(u.getBranchId(), u.getUsername());
            }
        }
        for (ServiceWindow w : windows) {
            Branch b = w.branch();
            if (b != null && !reviewerByBranch.containsKey(b.getId())) {
                // a branch whose secretary has no account here: the general branch's leader reviews it
                reviewerByBranch.put(b.getId(), b.getSecretary() != null && b.getKind() != cn.fuwukuaiche.org.entity.BranchKind.CENTRAL
                        ? b.getSecretary().getName() : "leader");
            }
        }
    }

    private SchemeVersion[] schemes(YearMonth current) {
        int v1From = SchemeMapper.period(current.minusMonths(MONTHS));
        int v2From = SchemeMapper.period(current.minusMonths(2));
        LocalDateTime v1At = current.minusMonths(MONTHS + 1).atDay(20).atTime(15, 30);
        LocalDateTime v2At = current.minusMonths(3).atDay(22).atTime(10, 5);
        ScoringScheme window = new ScoringScheme(SchemeDefaults.WINDOW_SCHEME, AssessmentSubject.WINDOW,
                "窗口每月百分制考评：出勤 30、纪律 30、环境卫生 10、业务 30，另设加分与一票否决");
        ScoringScheme staff = new ScoringScheme(SchemeDefaults.STAFF_SCHEME, AssessmentSubject.STAFF,
                "窗口工作人员每月考评，用于五星评定");
        em.persist(window);
        em.persist(staff);
        SchemeVersion v1 = new SchemeVersion(window, SchemeDefaults.window(1, v1From, "2",
                "首版：依据中心窗口管理考核办法制定"), v1At, "admin");
        SchemeVersion v2 = new SchemeVersion(window, SchemeDefaults.window(2, v2From, "3",
                "群众不满意（差评）每次扣分由 2 分调整为 3 分（中心办公会议决定）"), v2At, "admin");
        SchemeVersion s1 = new SchemeVersion(staff, SchemeDefaults.staff(1, v1From, "首版"), v1At, "admin");
        em.persist(v1);
        em.persist(v2);
        em.persist(s1);
        em.flush();
        return new SchemeVersion[] {v1, v2};
    }

    // ---- ratings -------------------------------------------------------------------------------

    /** Counts per window and month ("A05/202610" → five levels), then one row per rating. */
    private void ratings(List<ServiceWindow> windows, YearMonth current) {
        Map<String, int[]> counts = new HashMap<>();
        Map<Long, Double> quality = new HashMap<>();
        windows.forEach(w -> quality.put(w.getId(), random.nextDouble()));
        YearMonth last = current.minusMonths(1);
        StringBuilder sql = new StringBuilder();
        int rows = 0;
        long total = 0;
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            int days = back == 0 ? Math.max(1, today.getDayOfMonth()) : month.lengthOfMonth();
            for (ServiceWindow w : windows) {
                int[] c;
                String key = w.getWindowNo() + "/" + month;
                if (month.equals(last) && w.getWindowNo().equals("D02") && counts.containsKey("B03/" + month)) {
                    c = counts.get("B03/" + month).clone(); // the demo's full tie: D02 equals B03 on every criterion
                } else {
                    c = monthCounts(quality.get(w.getId()), days, month.lengthOfMonth());
                    if (month.equals(last) && w.getWindowNo().equals("B03") && c[3] + c[4] == 0) {
                        c[0]--;
                        c[3]++; // one 差评, so the tied pair stands apart from the windows without any
                    }
                }
                counts.put(key, c);
                List<Staff> people = staffByWindow.getOrDefault(w.getId(), List.of());
                for (RatingLevel level : RatingLevel.values()) {
                    for (int i = 0; i < c[level.ordinal()]; i++) {
                        LocalDateTime at = month.atDay(1 + random.nextInt(days)).atTime(8 + random.nextInt(9), random.nextInt(60),
                                random.nextInt(60));
                        Staff s = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
                        int ch = random.nextInt(10);
                        String channel = ch < 7 ? "PAD" : ch < 9 ? "QR_CODE" : "ONLINE";
                        if (rows > 0) {
                            sql.append(",");
                        }
                        sql.append("(").append(HallSql.hall(em)).append(",").append(w.getId()).append(",").append(s == null ? "null" : s.getId()).append(",'")
                                .append(level.name()).append("','").append(channel).append("','")
                                .append(SQL_TIME.format(at)).append("',")
                                .append(SchemeMapper.period(month)).append(",").append(5 - level.ordinal())
                                .append(",false,0)");
                        rows++;
                        total++;
                        if (rows == 400) {
                            insertRatings(sql);
                            sql.setLength(0);
                            rows = 0;
                        }
                    }
                }
            }
        }
        if (rows > 0) {
            insertRatings(sql);
        }
        long generated = total;
        LOG.info(() -> "演示数据：评价表为空，已为月度考评生成 " + generated + " 条演示好差评");
    }

    private void insertRatings(StringBuilder values) {
        em.createNativeQuery("insert into rating (hall_id, window_id, staff_id, rating_level, channel, rated_at, period_ym, score_overall, "
                + "excluded, version) values " + values).executeUpdate();
    }

    private int[] monthCounts(double quality, int days, int monthDays) {
        int n = (50 + random.nextInt(80)) * days / monthDays;
        int r = random.nextInt(100);
        int bad = quality > 0.85 ? 0 : r < 35 ? 0 : r < 70 ? 1 : r < 90 ? 2 : 3;
        int very = bad == 0 ? 0 : random.nextInt(bad + 1);
        int basic = random.nextInt(4);
        int satisfied = n / 5 + random.nextInt(Math.max(1, n / 6));
        int verySatisfied = Math.max(1, n - bad - basic - satisfied);
        return new int[] {verySatisfied, satisfied, basic, bad - very, very};
    }

    // ---- sheets --------------------------------------------------------------------------------

    private void windowSheet(YearMonth month, ServiceWindow w, SchemeVersion version, AssessmentStatus status, int back) {
        MonthlyAssessment a = new MonthlyAssessment(SchemeMapper.period(month), AssessmentSubject.WINDOW, w, null, version);
        Map<String, AssessmentFigure> f = new LinkedHashMap<>();
        String no = w.getWindowNo();
        boolean lastMonth = back == 1;
        if (lastMonth && (no.equals("B03") || no.equals("D02"))) {
            f.put("LATE", new AssessmentFigure("LATE", 1, "考勤机记录：" + month.getMonthValue() + "月8日迟到 1 次"));
            f.put("DRESS", new AssessmentFigure("DRESS", 1, "中心巡查：未按规定佩戴工作牌"));
            f.put("PRAISE_LETTER", new AssessmentFigure("PRAISE_LETTER", 1, "群众来信表扬窗口耐心细致"));
        } else if (lastMonth && no.equals("E03")) {
            f.put("PRAISE_LETTER", new AssessmentFigure("PRAISE_LETTER", 2, "两封群众表扬信"));
            f.put("COMPLAINT", new AssessmentFigure("COMPLAINT", 1, "实名投诉件 TS" + SchemeMapper.period(month)
                    + "-017 经中心核查属实（推诿办事群众）"));
        } else {
            figure(f, "LATE", pick(35, 35, 20, 10), d -> d + " 次迟到（考勤机记录）");
            figure(f, "EARLY_LEAVE", pick(93, 7), d -> "早退 " + d + " 次");
            figure(f, "DRESS", pick(72, 22, 6), d -> "中心巡查：未按规定佩戴工作牌 " + d + " 次");
            figure(f, "DIRTY", pick(85, 15), d -> "周五卫生检查不合格");
            figure(f, "OVERDUE", pick(70, 20, 10), d -> d + " 件办件超过承诺时限");
            figure(f, "PRAISE_LETTER", pick(60, 30, 10), d -> "收到群众表扬信 " + d + " 封");
            figure(f, "BANNER", pick(96, 4), d -> "群众赠送锦旗");
        }
        if (status == AssessmentStatus.DRAFT && random.nextInt(3) == 0) {
            f.clear(); // this month: some windows have not started yet
        }
        a.setFigures(f);
        if (random.nextInt(4) == 0 || no.equals("E03")) {
            a.setSelfNote(no.equals("E03") && lastMonth ? "本月已对投诉问题进行整改，并向投诉人当面致歉。"
                    : "本月窗口人员在岗在位，服务规范，无违规收费。");
        }
        AssessmentStatus s = status;
        if (status == AssessmentStatus.DRAFT) {
            if (no.equals("B02")) {
                s = AssessmentStatus.RETURNED;
                a.setReturnReason("迟到次数与考勤机记录不符（记录为 2 次），请核对后重新提交");
            } else if (no.equals("B03") || no.equals("C02")) {
                s = AssessmentStatus.SUBMITTED;
            }
        }
        flow(a, w, month, s);
        em.persist(a);
        if (!a.getEntries().isEmpty() && a.entry("PRAISE_LETTER").isPresent() && (back <= 1) && random.nextInt(2) == 0) {
            em.flush();
            evidence(a, "PRAISE_LETTER", "表扬信" + w.getWindowNo() + ".pdf", pdf());
        }
        if (lastMonth && no.equals("E03")) {
            em.flush();
            evidence(a, "COMPLAINT", "投诉核查意见.png", png());
        }
    }

    private void staffSheet(YearMonth month, ServiceWindow w, Staff s, SchemeVersion version, AssessmentStatus status) {
        MonthlyAssessment a = new MonthlyAssessment(SchemeMapper.period(month), AssessmentSubject.STAFF, w, s, version);
        Map<String, AssessmentFigure> f = new LinkedHashMap<>();
        figure(f, "LATE", pick(75, 20, 5), d -> "迟到 " + d + " 次（考勤机记录）");
        figure(f, "LEAVE_POST", pick(95, 5), d -> "中心巡查发现脱岗");
        figure(f, "PRAISE_LETTER", pick(88, 12), d -> "群众点名表扬");
        if (status == AssessmentStatus.DRAFT && random.nextInt(2) == 0) {
            f.clear();
        }
        a.setFigures(f);
        flow(a, w, month, status);
        em.persist(a);
    }

    private void flow(MonthlyAssessment a, ServiceWindow w, YearMonth month, AssessmentStatus status) {
        a.setStatus(status);
        LocalDateTime end = month.plusMonths(1).atDay(1).atTime(9, 0);
        String filler = filler(w);
        String reviewer = w.branch() == null ? "leader" : reviewerByBranch.getOrDefault(w.branch().getId(), "leader");
        if (status != AssessmentStatus.DRAFT) {
            LocalDateTime submitted = status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.RETURNED
                    ? today.atTime(9, 10 + random.nextInt(40)).minusDays(1) : end.plusDays(random.nextInt(2)).plusMinutes(random.nextInt(300));
            a.submitted(submitted, filler);
        }
        if (status == AssessmentStatus.APPROVED || status == AssessmentStatus.CONFIRMED || status == AssessmentStatus.RETURNED) {
            a.reviewed(status == AssessmentStatus.RETURNED ? today.atTime(8, 45) : end.plusDays(2).plusMinutes(random.nextInt(400)),
                    reviewer);
        }
    }

    private String filler(ServiceWindow w) {
        return usernameByWindow.getOrDefault(w.getId(), staffByWindow.getOrDefault(w.getId(), List.of()).stream()
                .findFirst().map(Staff::getName).orElse("窗口负责人"));
    }

    /** Scores every sheet of the month; confirmed months are locked with their counts and their ranking is stored. */
    private void finish(AssessmentSubject kind, YearMonth month, AssessmentStatus status) {
        int period = SchemeMapper.period(month);
        RankingMonth m = reader.month(kind, period);
        LocalDateTime confirmedAt = month.plusMonths(1).atDay(6).atTime(16, 0);
        for (Ranked<RankingRow> r : m.rows()) {
            MonthlyAssessment a = em.find(MonthlyAssessment.class, r.item().subject().assessmentId());
            a.setScore(r.item().total(), r.item().score().vetoed());
            if (status == AssessmentStatus.CONFIRMED) {
                a.freezeCounts(r.item().counts());
                a.confirmed(confirmedAt, "leader");
            }
        }
        if (status == AssessmentStatus.CONFIRMED) {
            reader.storeSnapshot(reader.month(kind, period), confirmedAt, "leader", null);
        }
        em.flush();
    }

    private void evidence(MonthlyAssessment a, String code, String name, byte[] content) {
        AssessmentEvidence e = new AssessmentEvidence(a, code, name, name.endsWith(".pdf") ? "application/pdf" : "image/png",
                content.length, a.getSubmittedAt() == null ? today.atTime(9, 0) : a.getSubmittedAt().minusHours(1),
                a.getSubmittedBy() == null ? filler(a.getWindow()) : a.getSubmittedBy());
        em.persist(e);
        em.flush();
        em.persist(new AssessmentEvidenceContent(e.getId(), content));
    }

    private void figure(Map<String, AssessmentFigure> f, String code, int tally, java.util.function.IntFunction<String> note) {
        if (tally > 0) {
            f.put(code, new AssessmentFigure(code, tally, note.apply(tally)));
        }
    }

    /** 0 with the first weight (percent), 1 with the second, … */
    private int pick(int... weights) {
        int r = random.nextInt(100);
        int acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (r < acc) {
                return i;
            }
        }
        return 0;
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
                + "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(240, 140, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 140);
        g.setColor(new Color(0xC8, 0x10, 0x2E));
        g.fillRect(0, 0, 240, 24);
        g.setColor(Color.GRAY);
        for (int y = 40; y < 130; y += 14) {
            g.fillRect(16, y, 200 - (y % 3) * 20, 6);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
