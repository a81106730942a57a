package cn.fuwukuaiche.partylife.report.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.org.entity.Branch;
import cn.fuwukuaiche.partylife.report.control.ItemDef;
import cn.fuwukuaiche.partylife.report.control.RecordFigures;
import cn.fuwukuaiche.partylife.report.control.TemplateText;
import cn.fuwukuaiche.partylife.report.control.YearReportRules;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import cn.fuwukuaiche.partylife.report.entity.YearReport;
import cn.fuwukuaiche.partylife.report.entity.YearReportPart;
import cn.fuwukuaiche.partylife.report.entity.YearReportValue;
import cn.fuwukuaiche.partylife.report.entity.YearTemplate;
import cn.fuwukuaiche.partylife.report.entity.YearTemplateItem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo county's yearly reports (issue 19, order 800, after branch life and honours): the branch committees' terms
 * (中心党支部 elected this year, 第一联合党支部 due this year, 第二 elected last year); last year's report confirmed by
 * the leader with every part submitted; this year's half filled ({@link YearReportDemoFigures}).
 */
@Dependent
public class YearReportDemoSeeder implements DemoSeeder {

    @Inject
    RecordFigures records;

    @Override
    public int order() {
        return 800;
    }

    @Override
    public void seed(DemoContext ctx) {
        EntityManager em = ctx.em();
        int year = ctx.today().getYear();
        List<Branch> branches = em.createQuery("select b from Branch b where b.active = true order by b.displayOrder, b.name",
                Branch.class).getResultList();
        for (Branch b : branches) {
            switch (b.getName()) {
                case "中心党支部" -> b.setTerm(LocalDate.of(year, 4, 20), LocalDate.of(year + 5, 4, 19));
                case "第一联合党支部" -> b.setTerm(LocalDate.of(year - 5, 5, 10), LocalDate.of(year, 5, 9));
                case "第二联合党支部" -> b.setTerm(LocalDate.of(year - 1, 6, 1), LocalDate.of(year + 2, 5, 31));
                default -> b.setTerm(LocalDate.of(year - 3, 3, 1), LocalDate.of(year + 2, 2, 28));
            }
        }
        em.flush();
        template(em, year - 1);
        template(em, year);
        report(em, branches, year - 1, YearReportDemoFigures.LAST_YEAR, null, ctx.today().withDayOfYear(1).minusDays(1));
        report(em, branches, year, YearReportDemoFigures.THIS_YEAR, YearReportDemoFigures.THIS_YEAR_SUBMITTED, ctx.today());
    }

    private static void template(EntityManager em, int year) {
        YearTemplate t = new YearTemplate(year, LocalDate.of(year, 1, 5).atTime(9, 0), "admin");
        int seq = 0;
        for (ItemDef d : TemplateText.standard()) {
            t.getItems().add(new YearTemplateItem(t, seq += 10, d.section(), d.group(), d.code(), d.label(), d.unit(), d.source(),
                    d.formula()));
        }
        em.persist(t);
    }

    /** submitted null: every part submitted and the report confirmed. */
    private void report(EntityManager em, List<Branch> branches, int year, Map<String, Map<String, String>> figures,
                        java.util.Set<String> submitted, LocalDate day) {
        List<ItemDef> items = TemplateText.standard();
        RecordFigures.Known known = records.of(year);
        YearReport r = new YearReport(year);
        em.persist(r);
        for (Branch b : branches) {
            part(em, r, b.getId(), b.getName(), items, known, figures, submitted, day);
        }
        part(em, r, YearReportPart.GENERAL, YearReportDemoFigures.GENERAL, items, known, figures, submitted, day);
        if (submitted == null) {
            r.confirm(day.atTime(16, 0), "leader");
        }
    }

    private static void part(EntityManager em, YearReport r, long branchId, String name, List<ItemDef> items,
                             RecordFigures.Known known, Map<String, Map<String, String>> figures, java.util.Set<String> submitted,
                             LocalDate day) {
        Map<String, String> typed = figures.get(name);
        boolean done = submitted == null || submitted.contains(name);
        if (typed == null && !done) {
            return;
        }
        YearReportPart p = new YearReportPart(r, branchId);
        r.getParts().add(p);
        for (ItemDef i : items) {
            String text = typed == null ? null : typed.get(i.code());
            if (text != null) {
                YearReportValue v = new YearReportValue(p, i.code());
                v.typed(YearReportRules.parse(i, text, false).value(), "见" + name + "工作台账");
                p.getValues().add(v);
            } else if (done && i.source() == ItemSource.RECORD && known.codes().contains(i.code())) {
                YearFigure f = known.figure(branchId, i.code());
                YearReportValue v = new YearReportValue(p, i.code());
                v.fromRecord(java.math.BigDecimal.valueOf(f.value()), f.evidenceRoute(), f.evidence());
                p.getValues().add(v);
            }
        }
        if (done) {
            p.submit(day.atTime(10, 0), name.startsWith("第一") ? "secretary" : name.startsWith("第二") ? "secretary2" : "leader");
        }
        em.persist(p);
    }
}
