package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.base.work.Todo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The daily digest's words (plain Java, {@code DigestTextTest}): the to-dos by light (超期 first) with their deadlines,
 * then the unread notifications; nothing to send when both are empty.
 */
public final class DigestText {

    private DigestText() {
    }

    public record Mail(String subject, String body) {
    }

    public static Optional<Mail> of(String displayName, LocalDate today, List<Todo> todos, List<String> unread, String baseUrl) {
        if (todos.isEmpty() && unread.isEmpty()) {
            return Optional.empty();
        }
        long red = todos.stream().filter(t -> t.light() == Todo.Light.RED).count();
        String subject = "服务快车 · " + today + " 待办 " + todos.size() + " 项" + (red > 0 ? "（超期 " + red + " 项）" : "")
                + (unread.isEmpty() ? "" : "，未读通知 " + unread.size() + " 条");
        StringBuilder b = new StringBuilder(displayName).append("，您好：\n\n");
        if (!todos.isEmpty()) {
            b.append("今日待办（").append(todos.size()).append(" 项）：\n");
            for (Todo t : todos) {
                b.append("- ");
                if (t.light() != Todo.Light.NONE) {
                    b.append('[').append(t.light().label()).append("] ");
                }
                b.append(t.area()).append("：").append(t.what());
                if (!t.whose().isEmpty()) {
                    b.append("（").append(t.whose()).append("）");
                }
                if (t.deadline() != null) {
                    b.append("，期限 ").append(t.deadline());
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (!unread.isEmpty()) {
            b.append("未读通知（").append(unread.size()).append(" 条）：\n");
            unread.forEach(u -> b.append("- ").append(u).append('\n'));
            b.append('\n');
        }
        b.append("登录工作台办理：").append(baseUrl == null || baseUrl.isBlank() ? "/" : baseUrl).append('\n')
                .append("（此邮件由系统每日自动发送，请勿回复。）\n");
        return Optional.of(new Mail(subject, b.toString()));
    }
}
