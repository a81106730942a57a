package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.BusinessException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How a paper is drawn from the bank: one rule per line, "类别:难度:数量" (难度 1 易, 2 中, 3 难), e.g.
 * "户籍业务:1:2". Questions are drawn in rule order; within a rule at random. With "the same paper for all"
 * the random source is seeded by the contest only; with "shuffled per person" by contest and person, and the
 * whole paper is shuffled too.
 */
public final class PaperRules {

    public record Rule(String category, int difficulty, int count) {
    }

    private PaperRules() {
    }

    public static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        if (text == null || text.isBlank()) {
            throw new BusinessException("paperRules", "请填写组卷规则，每行一条：类别:难度:数量");
        }
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            String s = raw.strip().replace('：', ':');
            if (s.isEmpty()) {
                continue;
            }
            String[] p = s.split(":");
            if (p.length != 3 || p[0].isBlank()) {
                throw new BusinessException("paperRules", "第 " + line + " 行格式应为 类别:难度:数量");
            }
            int d;
            int n;
            try {
                d = Integer.parseInt(p[1].strip());
                n = Integer.parseInt(p[2].strip());
            } catch (NumberFormatException e) {
                throw new BusinessException("paperRules", "第 " + line + " 行的难度和数量须为数字");
            }
            if (d < 1 || d > 3) {
                throw new BusinessException("paperRules", "第 " + line + " 行难度须为 1（易）、2（中）或 3（难）");
            }
            if (n < 1 || n > 100) {
                throw new BusinessException("paperRules", "第 " + line + " 行数量须在 1–100 之间");
            }
            rules.add(new Rule(p[0].strip(), d, n));
        }
        if (rules.isEmpty()) {
            throw new BusinessException("paperRules", "请填写组卷规则，每行一条：类别:难度:数量");
        }
        return rules;
    }

    /** The key of a pool: "类别:难度". */
    public static String poolKey(String category, int difficulty) {
        return category + ":" + difficulty;
    }

    /**
     * Draws the paper. {@code pools} maps {@link #poolKey} to the ids of active questions, in id order.
     *
     * @throws BusinessException when a pool has fewer questions than its rule asks for
     */
    public static List<Long> draw(List<Rule> rules, Map<String, List<Long>> pools, long seed, boolean shuffleAll) {
        Random random = new Random(seed);
        List<Long> paper = new ArrayList<>();
        for (Rule r : rules) {
            List<Long> pool = new ArrayList<>(pools.getOrDefault(poolKey(r.category(), r.difficulty()), List.of()));
            pool.removeAll(paper);
            if (pool.size() < r.count()) {
                throw new BusinessException("paperRules", "题库中“" + r.category() + "”难度" + r.difficulty() + "的题目只有 "
                        + pool.size() + " 道，不足 " + r.count() + " 道");
            }
            Collections.shuffle(pool, random);
            paper.addAll(pool.subList(0, r.count()));
        }
        if (shuffleAll) {
            Collections.shuffle(paper, random);
        }
        return paper;
    }

    public static long seed(long contestId, long staffId, boolean perPerson) {
        return perPerson ? contestId * 1_000_003L + staffId : contestId * 1_000_003L;
    }
}
