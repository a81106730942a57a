package cn.fuwukuaiche.inbox.control;

import cn.fuwukuaiche.base.work.Todo;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DigestTextTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void nothing_to_do_and_nothing_unread_sends_nothing() {
        assertTrue(DigestText.of("张伟", TODAY, List.of(), List.of(), "").isEmpty());
    }

    @Test
    void the_digest_lists_the_todos_with_light_and_deadline_then_the_unread_notifications() {
        var mail = DigestText.of("张伟", TODAY, List.of(
                new Todo("差评整改", "回访差评评价人", "A05 窗口", LocalDate.of(2026, 12, 4), Todo.Light.RED, "rectifications"),
                new Todo("竞赛", "参加并交卷：业务知识大练兵", "", null, Todo.Light.NONE, "my-contests")),
                List.of("考评表被退回：2026年12月 A05。原因：请核对"), "https://fwkc.example.gov.cn").orElseThrow();
        assertEquals("服务快车 · 2026-12-07 待办 2 项（超期 1 项），未读通知 1 条", mail.subject());
        assertEquals("""
                张伟，您好：

                今日待办（2 项）：
                - [超期] 差评整改：回访差评评价人（A05 窗口），期限 2026-12-04
                - 竞赛：参加并交卷：业务知识大练兵

                未读通知（1 条）：
                - 考评表被退回：2026年12月 A05。原因：请核对

                登录工作台办理：https://fwkc.example.gov.cn
                （此邮件由系统每日自动发送，请勿回复。）
                """, mail.body());
    }
}
