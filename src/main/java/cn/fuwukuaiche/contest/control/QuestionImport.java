package cn.fuwukuaiche.contest.control;

import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.control.XlsxGuard;

import cn.fuwukuaiche.base.export.ExcelExport;
import cn.fuwukuaiche.contest.entity.Question;
import cn.fuwukuaiche.contest.entity.QuestionType;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bank's Excel format, for import and export alike: 类别 | 难度（易/中/难 or 1–3）| 题型（单选/多选/判断）| 题干 |
 * 选项A … 选项F | 答案 (letters such as "AC", or 对/错 for 判断). Import first checks every row and shows the errors
 * row by row; nothing is saved while any row is wrong.
 */
public final class QuestionImport {

    public static final List<String> HEADERS = List.of("类别", "难度", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "答案");

    public record Row(int line, String category, int difficulty, QuestionType type, String stem, List<String> options, String answer,
                      String error) {

        public Question toQuestion() {
            return new Question(category.strip(), difficulty, type, stem.strip(), type == QuestionType.TRUE_FALSE ? List.of() : options,
                    Grading.normalize(type, answer));
        }

        public Row withError(String e) {
            return new Row(line, category, difficulty, type, stem, options, answer, e);
        }
    }

    private QuestionImport() {
    }

    /** The first problem of a row, in Chinese, or empty when the row is fine. */
    public static Optional<String> check(Row r) {
        // the one input normaliser: category, options and answer are single-line; the stem may hold line breaks
        Optional<String> control = Input.singleLineProblem(r.category()).map(m -> "类别" + m)
                .or(() -> Input.multiLineProblem(r.stem()).map(m -> "题干" + m))
                .or(() -> Input.singleLineProblem(r.answer()).map(m -> "答案" + m))
                .or(() -> r.options() == null ? Optional.empty() : r.options().stream()
                        .flatMap(o -> Input.singleLineProblem(o).stream()).findFirst().map(m -> "选项" + m));
        if (control.isPresent()) {
            return control;
        }
        if (r.category() == null || r.category().isBlank()) {
            return Optional.of("缺少类别");
        }
        if (r.category().strip().length() > 32) {
            return Optional.of("类别最多 32 个字");
        }
        if (r.difficulty() < 1 || r.difficulty() > 3) {
            return Optional.of("难度须为 易、中、难");
        }
        if (r.type() == null) {
            return Optional.of("题型须为 单选、多选 或 判断");
        }
        if (r.stem() == null || r.stem().isBlank()) {
            return Optional.of("缺少题干");
        }
        if (r.stem().length() > 1000) {
            return Optional.of("题干最多 1000 个字");
        }
        String key = Grading.normalize(r.type(), r.answer());
        if (key.isEmpty()) {
            return Optional.of(r.type() == QuestionType.TRUE_FALSE ? "判断题答案须为 对 或 错" : "答案须为选项字母，如 A 或 AC");
        }
        if (r.type() != QuestionType.TRUE_FALSE) {
            int n = r.options() == null ? 0 : r.options().size();
            if (n < 2) {
                return Optional.of("选择题至少需要两个选项");
            }
            for (char c : key.toCharArray()) {
                if (c - 'A' >= n) {
                    return Optional.of("答案 " + c + " 没有对应的选项");
                }
            }
            if (r.type() == QuestionType.MULTIPLE && key.length() < 2) {
                return Optional.of("多选题答案至少两个选项");
            }
        }
        return Optional.empty();
    }

    public static int difficultyOf(String s) {
        if (s == null) {
            return 0;
        }
        return switch (s.strip()) {
            case "易", "1", "1.0" -> 1;
            case "中", "2", "2.0" -> 2;
            case "难", "3", "3.0" -> 3;
            default -> 0;
        };
    }

    /** Reads and checks every row of the first sheet (the header row is skipped). */
    public static List<Row> read(InputStream in) {
        List<Row> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(XlsxGuard.checked(in))) {
            Sheet sheet = wb.getFirstSheet();
            for (org.dhatim.fastexcel.reader.Row xr : sheet.read()) {
                int line = xr.getRowNum();
                if (line == 1) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < HEADERS.size(); i++) {
                    Cell c = i < xr.getCellCount() ? xr.getCell(i) : null;
                    cells.add(c == null ? "" : c.getText().strip());
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                List<String> options = new ArrayList<>();
                for (int i = 4; i <= 9; i++) {
                    if (!cells.get(i).isEmpty()) {
                        options.add(cells.get(i));
                    }
                }
                Row r = new Row(line, cells.get(0), difficultyOf(cells.get(1)), QuestionType.ofLabel(cells.get(2)), cells.get(3), options,
                        cells.get(10), null);
                rows.add(r.withError(check(r).orElse(null)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    public static byte[] export(List<Question> questions) {
        List<ExcelExport.Column<Question>> cols = new ArrayList<>();
        cols.add(new ExcelExport.Column<>("类别", Question::getCategory));
        cols.add(new ExcelExport.Column<>("难度", q -> Question.difficultyLabel(q.getDifficulty())));
        cols.add(new ExcelExport.Column<>("题型", q -> q.getType().label().substring(0, 2)));
        cols.add(new ExcelExport.Column<>("题干", Question::getStem));
        for (int i = 0; i < 6; i++) {
            int k = i;
            cols.add(new ExcelExport.Column<>(HEADERS.get(4 + i), q -> q.getType() == QuestionType.TRUE_FALSE || k >= q.getOptionList().size()
                    ? null : q.getOptionList().get(k)));
        }
        cols.add(new ExcelExport.Column<>("答案", q -> q.getType() == QuestionType.TRUE_FALSE ? ("T".equals(q.getAnswerKey()) ? "对" : "错")
                : q.getAnswerKey()));
        return ExcelExport.toBytes("题库", cols, questions);
    }
}
