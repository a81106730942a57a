package cn.fuwukuaiche.honour.commendation.control;

import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.honour.commendation.entity.SubjectKind;
import cn.fuwukuaiche.honour.star.entity.PeriodKind;
import cn.fuwukuaiche.honour.star.entity.StarAward;
import cn.fuwukuaiche.honour.star.entity.StarKind;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.org.entity.Unit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 七一 candidates of a year as the leader sees them: one line per star with its periods, one line per other
 * honour (a contest prize, the flag months, a post), each honour one weight; windows first, then persons; most
 * honours first, then by window.
 *
 * <p>People: 1 = 张伟 at A05, 2 = 李秀英 at B01, 3 = 王芳 without a window; windows 5 = A05, 7 = B01. A star held is
 * {@code 1:HARMONY:2025年8月}; another honour {@code PERSON:1:业务知识大练兵 一等奖} ({@code -} as the text = weight
 * only). A candidate is {@code PERSON:1×2 line；line} ({@code ✓} = already on the stored list).
 */
class CommendationCompilerTest {

    static final CommendationYear YEAR_2026 = CommendationYear.of(2026, 7, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // case | stars the year's query finds | other honours | on the stored list | candidates, in order
            "one line per star with its periods, a weight per award"
                    + "| 1:HARMONY:2025年8月 ; 1:HARMONY:2025年11月 ; 1:LAW:2026年1月 | - | -"
                    + "| PERSON:1×3 和谐服务星 2 次（2025年8月、2025年11月）；遵纪守法星 1 次（2026年1月）",
            "the stars are listed in the five stars' order, not by date"
                    + "| 1:LAW:2025年8月 ; 1:HARMONY:2026年1月 | - | -"
                    + "| PERSON:1×2 和谐服务星 1 次（2026年1月）；遵纪守法星 1 次（2025年8月）",
            "a contest prize joins the person's stars"
                    + "| 1:HARMONY:2025年8月 | PERSON:1:业务知识大练兵 一等奖 | -"
                    + "| PERSON:1×2 和谐服务星 1 次（2025年8月）；业务知识大练兵 一等奖",
            "a prize alone makes a candidate"
                    + "| - | PERSON:2:岗位练兵 二等奖 | -"
                    + "| PERSON:2×1 岗位练兵 二等奖",
            "more honours first"
                    + "| 1:HARMONY:2025年8月 ; 2:LAW:2025年9月 ; 2:LAW:2025年10月 | - | -"
                    + "| PERSON:2×2 遵纪守法星 2 次（2025年9月、2025年10月） / PERSON:1×1 和谐服务星 1 次（2025年8月）",
            "equal honours: by window, people without a window first"
                    + "| 2:LAW:2025年9月 ; 1:HARMONY:2025年8月 ; 3:DEDICATION:2025年7月 | - | -"
                    + "| PERSON:3×1 爱岗敬业星 1 次（2025年7月） / PERSON:1×1 和谐服务星 1 次（2025年8月） / PERSON:2×1 遵纪守法星 1 次（2025年9月）",
            "windows are listed before persons, even with fewer honours"
                    + "| 1:HARMONY:2025年8月 ; 1:LAW:2025年9月 | WINDOW:7:流动红旗 1 个月（2025年9月） | -"
                    + "| WINDOW:7×1 流动红旗 1 个月（2025年9月） / PERSON:1×2 和谐服务星 1 次（2025年8月）；遵纪守法星 1 次（2025年9月）",
            "each further flag month weighs without a line of its own"
                    + "| - | WINDOW:7:流动红旗 1 个月（2025年11月） ; WINDOW:5:流动红旗 2 个月（2025年9月、2025年10月） ; WINDOW:5:- | -"
                    + "| WINDOW:5×2 流动红旗 2 个月（2025年9月、2025年10月） / WINDOW:7×1 流动红旗 1 个月（2025年11月）",
            "the choices of the stored list are marked"
                    + "| 1:HARMONY:2025年8月 ; 2:LAW:2025年9月 | - | PERSON:2"
                    + "| PERSON:1×1 和谐服务星 1 次（2025年8月） / PERSON:2×1✓ 遵纪守法星 1 次（2025年9月）",
            "no honours in the year: no candidates"
                    + "| - | - | - | ''",
    })
    void the_years_candidates_are_compiled(String caseName, String stars, String others, String selected, String expected) {
        List<StarAward> held = new ArrayList<>();
        if (stars != null) {
            for (String s : stars.split(";")) {
                String[] f = s.trim().split(":");
                held.add(star(Integer.parseInt(f[0]), StarKind.valueOf(f[1]), f[2]));
            }
        }
        List<CommendationCompiler.Honour> honours = new ArrayList<>();
        if (others != null) {
            for (String h : others.split(";")) {
                String[] f = h.trim().split(":", 3);
                int id = Integer.parseInt(f[1]);
                String text = f[2].equals("-") ? null : f[2];
                honours.add(f[0].equals("PERSON")
                        ? new CommendationCompiler.Honour(SubjectKind.PERSON, id, PEOPLE[id], "公安", windowOf(id), text)
                        : new CommendationCompiler.Honour(SubjectKind.WINDOW, id, WINDOWS[id], "公安", WINDOWS[id], text));
            }
        }
        Set<String> onList = selected == null ? Set.of() : Set.of(selected.split("\\s*,\\s*"));

        List<CommendationCandidate> candidates = CommendationCompiler.compile(returning(held), YEAR_2026, honours, onList);

        assertEquals(expected, candidates.stream().map(c -> c.key() + "×" + c.weight() + (c.selected() ? "✓" : "") + " "
                + c.honoursText()).collect(Collectors.joining(" / ")));
    }

    static final String[] PEOPLE = {null, "张伟", "李秀英", "王芳"};
    static final String[] WINDOWS = {null, null, null, null, null, "A05 户籍业务", null, "B01 社保业务"};

    private static String windowOf(int person) {
        return person == 1 ? WINDOWS[5] : person == 2 ? WINDOWS[7] : null;
    }

    private static StarAward star(int person, StarKind kind, String periodLabel) {
        Unit unit = new Unit(null, "县公安局", "公安", null, 1);
        Staff staff = withId(new Staff("QS000" + person, PEOPLE[person], Gender.FEMALE, PoliticalStatus.PARTY_MEMBER, unit), person);
        String window = windowOf(person);
        ServiceWindow w = window == null ? null : withId(new ServiceWindow(window.substring(0, 3), window.substring(4), unit, null,
                null, null), person == 1 ? 5 : 7);
        LocalDate start = LocalDate.of(2025, 8, 1);
        return new StarAward(staff, w, kind, PeriodKind.MONTH, start, start.plusMonths(1).minusDays(1), periodLabel);
    }

    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field f = BaseEntity.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entity manager whose one query (the year's confirmed stars) finds {@code stars}. */
    private static EntityManager returning(List<StarAward> stars) {
        Object query = Proxy.newProxyInstance(CommendationCompilerTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> proxy;
                    case "getResultList" -> stars;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (EntityManager) Proxy.newProxyInstance(CommendationCompilerTest.class.getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createQuery") && args.length == 2 && args[1] == StarAward.class) {
                        return query;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
