package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.i18n.Messages;
import cn.fuwukuaiche.base.board.StarBoard;
import cn.fuwukuaiche.base.ranking.Ranked;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.evaluation.control.RankingReader;
import cn.fuwukuaiche.evaluation.control.ranking.RankingMonth;
import cn.fuwukuaiche.evaluation.control.ranking.RankingRow;
import cn.fuwukuaiche.evaluation.control.scheme.RatingCounts;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.control.scheme.SchemeMapper;
import cn.fuwukuaiche.evaluation.entity.AssessmentSubject;
import cn.fuwukuaiche.evaluation.control.DeviceKeys;
import cn.fuwukuaiche.display.entity.DisplayScreen;
import cn.fuwukuaiche.network.control.NetworkStatistics;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.ServiceNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads what the screens show, anonymously (a screen has no login, only its key): the public board through
 * {@code Instance<...>} (an undeployed module leaves its part null), and the public figures of evaluation and
 * the network. Evaluation's {@code ChartDataService}/{@code RankingService} and the network's report service
 * are for signed-in roles, so this reads the same figures through their role-free building blocks
 * ({@link RankingReader}, {@link RatingCounts}, {@link NetworkStatistics}) and keeps only what is public: ranks
 * and 满意率, never a score's items or deductions, never a rating's comment.
 */
@Stateless
@PermitAll
public class DisplayBoardReader {

    private static final Logger LOG = Logger.getLogger(DisplayBoardReader.class.getName());
    static final int TREND_MONTHS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<HonourBoard> honourBoard;

    @Inject
    Instance<StarBoard> starBoard;

    @Inject
    Instance<ContestBoard> contestBoard;

    @Inject
    RankingReader rankings;

    /** The screen the key opens, if the key is known and not revoked. */
    public Optional<ScreenSettings> screen(String key) {
        if (!DeviceKeys.plausible(key)) {
            return Optional.empty();
        }
        return em.createQuery("select s from DisplayScreen s where s.keyHash = :h", DisplayScreen.class)
                .setParameter("h", DeviceKeys.hash(key)).getResultStream().findFirst()
                .filter(s -> !s.isRevoked()).map(s -> ScreenSettings.of(s, key));
    }

    public BoardSnapshot read() {
        BoardSnapshot.HonourPart honours = null;
        if (honourBoard.isResolvable()) {
            HonourBoard h = honourBoard.get();
            honours = new BoardSnapshot.HonourPart(safe("flag", () -> h.currentFlag().orElse(null), null),
                    safe("model posts", h::modelPosts, List.of()), safe("exemplars", h::exemplars, List.of()),
                    safe("notices", h::notices, List.of()));
        }
        List<StarBoard.StarHolder> stars = starBoard.isResolvable() ? safe("stars", () -> starBoard.get().stars(), List.of()) : null;
        List<ContestBoard.ContestWinners> contests = contestBoard.isResolvable()
                ? safe("contests", () -> contestBoard.get().publishedForScreens(), List.of()) : null;
        YearMonth month = YearMonth.from(Times.today());
        return new BoardSnapshot(honours, stars, contests, safe("satisfaction", () -> satisfaction(month), null),
                safe("network", () -> network(Times.today()), null), Times.now());
    }

    private static <T> T safe(String what, Supplier<T> read, T fallback) {
        try {
            T v = read.get();
            return v == null ? fallback : v;
        } catch (RuntimeException e) {
            // one board failing must not blank the whole screen
            LOG.log(Level.WARNING, "display: reading " + what + " failed; the panel shows 暂无", e);
            return fallback;
        }
    }

    BoardSnapshot.Satisfaction satisfaction(YearMonth month) {
        YearMonth from = month.minusMonths(TREND_MONTHS - 1L);
        List<?> rows = em.createNativeQuery("select period_ym, rating_level, count(*) from rating "
                        + "where period_ym >= ? and period_ym <= ? and excluded = false group by period_ym, rating_level")
                .setParameter(1, SchemeMapper.period(from)).setParameter(2, SchemeMapper.period(month)).getResultList();
        Map<Integer, EnumMap<RatingLevel, Integer>> byMonth = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byMonth.computeIfAbsent(((Number) r[0]).intValue(), k -> new EnumMap<>(RatingLevel.class))
                    .put(RatingLevel.valueOf((String) r[1]), ((Number) r[2]).intValue());
        }
        List<BoardSnapshot.TrendPoint> trend = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) {
            EnumMap<RatingLevel, Integer> c = byMonth.get(SchemeMapper.period(m));
            RatingCounts counts = c == null ? RatingCounts.none() : new RatingCounts(c);
            trend.add(new BoardSnapshot.TrendPoint(m, counts.total(), counts.satisfactionRatePercent()));
        }
        BoardSnapshot.TrendPoint now = trend.get(trend.size() - 1);
        List<BoardSnapshot.Rank> ranking = List.of();
        try {
            RankingMonth m = rankings.month(AssessmentSubject.WINDOW, SchemeMapper.period(month));
            ranking = m.rows().stream().map(DisplayBoardReader::rank).toList();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "display: no window ranking for " + month, e);
        }
        return new BoardSnapshot.Satisfaction(month, now.ratings(), now.percent(), trend, ranking);
    }

    private static BoardSnapshot.Rank rank(Ranked<RankingRow> r) {
        return new BoardSnapshot.Rank(r.rank(), r.tied(), r.item().subject().label(), r.item().satisfactionPercent());
    }

    BoardSnapshot.Network network(LocalDate today) {
        LocalDate from = today.withDayOfYear(1);
        List<ServiceNode> nodes = em.createQuery("select n from ServiceNode n left join fetch n.parent", ServiceNode.class).getResultList();
        List<NetworkStatistics.NodeInfo> infos = nodes.stream().map(n -> new NetworkStatistics.NodeInfo(n.getId(), n.getCode(), n.getName(),
                n.getLevel(), n.getParent() == null ? null : n.getParent().getId())).toList();
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = today.plusDays(1).atStartOfDay();
        List<NetworkStatistics.CaseFact> facts = em.createQuery("select c.originNode.id, h.id, c.handledAt, c.deadline"
                        + " from ServiceCase c left join c.handledNode h where c.entrustedAt >= :start and c.entrustedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList().stream()
                .map(r -> new NetworkStatistics.CaseFact(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                        r[2] == null ? null : ((LocalDateTime) r[2]).toLocalDate(), (LocalDate) r[3]))
                .toList();
        List<Long> handUps = em.createQuery("select s.node.id from CaseStepRecord s where s.step = :step"
                        + " and s.serviceCase.entrustedAt >= :start and s.serviceCase.entrustedAt < :end", Long.class)
                .setParameter("step", CaseStep.HAND_UP).setParameter("start", start).setParameter("end", end).getResultList();
        NetworkStatistics.Result r = NetworkStatistics.compute(infos, facts, handUps);
        List<BoardSnapshot.Level> levels = new ArrayList<>();
        for (NodeLevel l : NodeLevel.values()) {
            NetworkStatistics.LevelRow row = r.level(l);
            int count = (int) nodes.stream().filter(n -> n.getLevel() == l && n.isOpen()).count();
            levels.add(new BoardSnapshot.Level(l.label(), motto(l), count, row.figures().accepted(), row.figures().handled(),
                    percent(row.shareOfHandled())));
        }
        return new BoardSnapshot.Network(today.getYear(), levels, r.total().accepted(), r.total().handled(),
                percent(r.total().onTimeRate()));
    }

    static String motto(NodeLevel l) {
        return switch (l) {
            case VILLAGE -> Messages.t("network.stats.motto.village");
            case TOWNSHIP -> Messages.t("network.stats.motto.township");
            case COUNTY -> Messages.t("network.stats.motto.county");
        };
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
