package cn.fuwukuaiche.inbox.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.inbox.entity.Notification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The workbench's demo part (order 850, after every area): the notifications the demo's own history would have sent
 * (the sheets it shows as returned: to their windows' staff; the pending 公示 objections: to the leader), so bells ring
 * on the first start, and e-mail addresses for a few accounts (the digest stays off unless configured).
 */
@ApplicationScoped
public class InboxDemoSeeder implements DemoSeeder {

    @Override
    public int order() {
        return 850;
    }

    @Override
    public void seed(DemoContext c) {
        var em = c.em();
        var at = c.today().atTime(8, 50);
        List<Object[]> returned = em.createQuery("select m.id, m.periodYm, w.windowNo, m.returnReason, w.id from MonthlyAssessment m "
                + "join m.window w where m.status = cn.fuwukuaiche.evaluation.entity.AssessmentStatus.RETURNED", Object[].class)
                .getResultList();
        for (Object[] r : returned) {
            List<String> staff = em.createQuery("select u.username from UserAccount u where u.windowId = :w", String.class)
                    .setParameter("w", r[4]).getResultList();
            int ym = (Integer) r[1];
            for (String u : staff) {
                em.persist(new Notification(u, "考评表被退回：" + ym / 100 + "年" + ym % 100 + "月 窗口 " + r[2] + "。原因：" + r[3],
                        "evaluation/sheet/" + r[0], at));
            }
        }
        Long objections = em.createQuery("select count(o) from NoticeObjection o "
                + "where o.status = cn.fuwukuaiche.honour.entity.ObjectionStatus.PENDING", Long.class).getSingleResult();
        if (objections > 0) {
            em.persist(new Notification("leader", "收到公示异议 " + objections + " 条，待核实裁定", "honour/notices", at));
        }
        for (String[] a : new String[][] {{"leader", "wangjianguo@fwkc.example.gov.cn"},
                {"secretary", "secretary@fwkc.example.gov.cn"}, {"staff", "zhangwei@fwkc.example.gov.cn"}}) {
            em.createQuery("update UserAccount u set u.email = :e where u.username = :u").setParameter("e", a[1])
                    .setParameter("u", a[0]).executeUpdate();
        }
    }
}
