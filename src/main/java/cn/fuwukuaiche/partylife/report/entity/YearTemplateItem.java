package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** One counted item of a year's form: section, group, label, unit, where its figure comes from. */
@Entity
@Table(name = "year_template_item")
public class YearTemplateItem extends BaseEntity implements Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private YearTemplate template;

    @Column(nullable = false)
    private int seq;

    @Column(name = "section_title", nullable = false, length = 64)
    private String sectionTitle;

    @Column(name = "group_title", nullable = false, length = 100)
    private String groupTitle;

    @Column(name = "item_code", nullable = false, length = 48)
    private String itemCode;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false, length = 16)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemSource source;

    @Column(length = 200)
    private String formula;

    protected YearTemplateItem() {
    }

    public YearTemplateItem(YearTemplate template, int seq, String sectionTitle, String groupTitle, String itemCode,
                            String label, String unit, ItemSource source, String formula) {
        this.template = template;
        this.seq = seq;
        this.sectionTitle = sectionTitle;
        this.groupTitle = groupTitle;
        this.itemCode = itemCode;
        this.label = label;
        this.unit = unit;
        this.source = source;
        this.formula = formula;
    }

    @Override
    public String auditType() {
        return "统计表项目";
    }

    @Override
    public String auditLabel() {
        return template.getTemplateYear() + "年 " + label;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("栏目", sectionTitle + " " + groupTitle);
        m.put("项目", label);
        m.put("单位", unit);
        m.put("来源", source.label());
        m.put("公式", formula);
        return m;
    }

    public YearTemplate getTemplate() {
        return template;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
    }

    public String getSectionTitle() {
        return sectionTitle;
    }

    public String getGroupTitle() {
        return groupTitle;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ItemSource getSource() {
        return source;
    }

    public String getFormula() {
        return formula;
    }
}
