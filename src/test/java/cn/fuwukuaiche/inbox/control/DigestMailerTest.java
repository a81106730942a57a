package cn.fuwukuaiche.inbox.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The digest through Jakarta Mail to an in-process SMTP server (GreenMail), with and without a login. */
class DigestMailerTest {

    GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    @Test
    void a_chinese_digest_arrives_intact() throws Exception {
        int port = smtp.getSmtp().getPort();
        DigestMailer.send(new DigestMailer.Smtp("127.0.0.1", port, "", "", false, "fwkc@example.gov.cn"), "zhangwei@example.gov.cn",
                new DigestText.Mail("服务快车 · 待办 2 项（超期 1 项）", "张伟，您好：\n- [超期] 回访差评评价人\n"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("服务快车 · 待办 2 项（超期 1 项）", m.getSubject());
        assertEquals("zhangwei@example.gov.cn", m.getAllRecipients()[0].toString());
        assertTrue(GreenMailUtil.getBody(m).contains("=E8") || m.getContent().toString().contains("回访差评评价人"),
                "the body: " + m.getContent());
        assertTrue(m.getContent().toString().contains("张伟，您好"), String.valueOf(m.getContent()));
    }

    @Test
    void with_a_login_the_server_is_asked_with_it() throws Exception {
        smtp.setUser("fwkc", "secret");
        int port = smtp.getSmtp().getPort();
        DigestMailer.send(new DigestMailer.Smtp("127.0.0.1", port, "fwkc", "secret", false, "fwkc@example.gov.cn"), "leader@example.gov.cn",
                new DigestText.Mail("服务快车 · 待办 1 项", "王建国，您好：\n"));
        assertTrue(smtp.waitForIncomingEmail(10_000, 1));
        assertEquals("服务快车 · 待办 1 项", smtp.getReceivedMessages()[0].getSubject());
    }
}
