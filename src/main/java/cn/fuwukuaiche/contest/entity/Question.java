package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One question of the bank (题库). Options are stored one per line and lettered A, B, C… in order. */
@AuditedAs("题目")
@Entity
@Table(name = "contest_question")
public class Question extends BaseEntity implements Audited {

    @Column(nullable = false, length = 32)
    private String category;

    /** 1 易, 2 中, 3 难. */
    @Column(nullable = false)
    private int difficulty;

    @Enumerated(EnumType.STRING)
    @Column(name = "qtype", nullable = false, length = 16)
    private QuestionType type;

    @Column(nullable = false, length = 1000)
    private String stem;

    @Column(columnDefinition = "TEXT")
    private String options;

    @Column(name = "answer_key", nullable = false, length = 16)
    private String answerKey;

    private boolean active = true;

    protected Question() {
    }

    public Question(String category, int difficulty, QuestionType type, String stem, List<String> options, String answerKey) {
        this.category = category;
        this.difficulty = difficulty;
        this.type = type;
        this.stem = stem;
        setOptionList(options);
        this.answerKey = answerKey;
    }

    public List<String> getOptionList() {
        if (type == QuestionType.TRUE_FALSE) {
            return List.of("正确", "错误");
        }
        return options == null || options.isBlank() ? List.of() : Arrays.asList(options.split("\n"));
    }

    public void setOptionList(List<String> list) {
        this.options = list == null ? null : String.join("\n", list);
    }

    public static String difficultyLabel(int d) {
        return switch (d) {
            case 1 -> "易";
            case 2 -> "中";
            case 3 -> "难";
            default -> String.valueOf(d);
        };
    }

    @Override
    public String auditLabel() {
        return stem.length() > 20 ? stem.substring(0, 20) + "…" : stem;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("类别", category);
        m.put("难度", difficultyLabel(difficulty));
        m.put("题型", type == null ? null : type.label());
        m.put("题干", stem);
        m.put("选项", options);
        m.put("答案", answerKey);
        m.put("启用", active);
        return m;
    }

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public int getDifficulty() { return difficulty; }
    public void setDifficulty(int difficulty) { this.difficulty = difficulty; }
    public QuestionType getType() { return type; }
    public void setType(QuestionType type) { this.type = type; }
    public String getStem() { return stem; }
    public void setStem(String stem) { this.stem = stem; }
    public String getAnswerKey() { return answerKey; }
    public void setAnswerKey(String answerKey) { this.answerKey = answerKey; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
