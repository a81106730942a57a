package cn.fuwukuaiche.partylife.report.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.report.entity.ItemSource;
import cn.fuwukuaiche.partylife.report.entity.YearTemplate;
import cn.fuwukuaiche.partylife.report.entity.YearTemplateItem;
import cn.fuwukuaiche.security.control.CurrentUser;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form of each year. A year without a template reads the latest earlier one (or, the first time, seed part 5,
 * {@link TemplateText#standard()}); the template is stored when the year's report starts or ADMIN edits it. ADMIN adds,
 * renames and drops typed items of a year not yet reported; a reported year's form never changes.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.SECRETARY})
public class YearTemplateService {

    public static final String MSG_REPORTED = "该年度已开始填报，模板不能再改（可修改下一年度的模板）";
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,47}");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @PermitAll
    public List<ItemDef> items(int year) {
        return stored(year).map(YearTemplateService::defs).orElseGet(() -> earlier(year));
    }

    private List<ItemDef> earlier(int year) {
        return em.createQuery("select t from YearTemplate t where t.templateYear < :y order by t.templateYear desc", YearTemplate.class)
                .setParameter("y", year).setMaxResults(1).getResultList().stream().findFirst().map(YearTemplateService::defs)
                .orElseGet(TemplateText::standard);
    }

    static List<ItemDef> defs(YearTemplate t) {
        return t.getItems().stream().map(i -> new ItemDef(i.getSectionTitle(), i.getGroupTitle(), i.getItemCode(), i.getLabel(),
                i.getUnit(), i.getSource(), i.getFormula())).toList();
    }

    Optional<YearTemplate> stored(int year) {
        return em.createQuery("select t from YearTemplate t where t.templateYear = :y", YearTemplate.class).setParameter("y", year)
                .getResultList().stream().findFirst();
    }

    /** The year's template, stored from the latest earlier one (or seed part 5) if it is not yet. */
    public YearTemplate ensure(int year) {
        return stored(year).orElseGet(() -> {
            YearTemplate t = new YearTemplate(year, Times.now(), currentUser.username().orElse(AuditService.SYSTEM));
            int seq = 0;
            for (ItemDef d : earlier(year)) {
                t.getItems().add(new YearTemplateItem(t, seq += 10, d.section(), d.group(), d.code(), d.label(), d.unit(),
                        d.source(), d.formula()));
            }
            em.persist(t);
            audit.created(t, "按上一年度模板建立");
            return t;
        });
    }

    private YearTemplate editable(int year) {
        long reports = em.createQuery("select count(r) from YearReport r where r.reportYear = :y", Long.class).setParameter("y", year)
                .getSingleResult();
        if (reports > 0) {
            throw new BusinessException(MSG_REPORTED);
        }
        return ensure(year);
    }

    private static String unit(String unit) {
        if (unit == null || !TemplateText.UNITS.contains(unit.strip())) {
            throw new BusinessException("unit", "单位须为表中的单位（次、人、人次、篇、个、项、元、%、天 等）");
        }
        return unit.strip();
    }

    private static String label(String label) {
        String l = Input.requireSingleLine("label", "项目名称", label);
        if (l == null) {
            throw new BusinessException("label", "请填写项目名称");
        }
        if (l.length() > 200) {
            throw new BusinessException("label", "项目名称过长");
        }
        return l;
    }

    /** Adds a typed item after {@code afterCode} (in its section and group). */
    @RolesAllowed(Role.Names.ADMIN)
    public void addItem(int year, String afterCode, String code, String label, String unit, String reason) {
        YearTemplate t = editable(year);
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            throw new BusinessException("code", "代码须为小写字母开头的字母、数字或下划线");
        }
        if (t.getItems().stream().anyMatch(i -> i.getItemCode().equals(c))) {
            throw new BusinessException("code", "该代码已存在");
        }
        YearTemplateItem after = item(t, afterCode);
        YearTemplateItem added = new YearTemplateItem(t, after.getSeq() + 1, after.getSectionTitle(), after.getGroupTitle(), c,
                label(label), unit(unit), ItemSource.TYPED, null);
        List<YearTemplateItem> items = t.getItems();
        items.add(items.indexOf(after) + 1, added);
        int seq = 0;
        for (YearTemplateItem i : items) {
            i.setSeq(seq += 10);
        }
        em.flush();
        audit.created(added, reason);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void renameItem(int year, String code, String label, String unit, String reason) {
        YearTemplateItem i = item(editable(year), code);
        Map<String, Object> before = i.auditState();
        i.setLabel(label(label));
        if (i.getSource() == ItemSource.TYPED) {
            i.setUnit(unit(unit));
        } else if (unit != null && !unit.strip().equals(i.getUnit())) {
            throw new BusinessException("unit", "来自记录或计算的项目不能改单位");
        }
        em.flush();
        audit.updated(before, i, reason);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void dropItem(int year, String code, String reason) {
        YearTemplate t = editable(year);
        YearTemplateItem i = item(t, code);
        for (YearTemplateItem other : t.getItems()) {
            if (other.getFormula() != null && Formula.parse(other.getFormula()).parts().contains(code)) {
                throw new BusinessException("code", "「" + other.getLabel() + "」由此项计算，不能删除");
            }
        }
        t.getItems().remove(i);
        em.flush();
        audit.deleted(i, reason);
    }

    private static YearTemplateItem item(YearTemplate t, String code) {
        return t.getItems().stream().filter(i -> i.getItemCode().equals(code)).findFirst()
                .orElseThrow(() -> new BusinessException("code", "该项目不存在"));
    }
}
