package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 党建工作统计表 of one year: its items in form order. A year's template is made from the year before (or, the
 * first time, from seed part 5) and changes only while no report of that year exists, so a past report keeps its form.
 */
@Entity
@Table(name = "year_template")
public class YearTemplate extends BaseEntity implements Audited {

    @Column(name = "template_year", nullable = false, unique = true)
    private int templateYear;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("seq")
    private List<YearTemplateItem> items = new ArrayList<>();

    protected YearTemplate() {
    }

    public YearTemplate(int templateYear, LocalDateTime createdAt, String createdBy) {
        this.templateYear = templateYear;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    @Override
    public String auditType() {
        return "统计表模板";
    }

    @Override
    public String auditLabel() {
        return templateYear + "年";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("年度", templateYear);
        m.put("项目数", items.size());
        return m;
    }

    public int getTemplateYear() {
        return templateYear;
    }

    public List<YearTemplateItem> getItems() {
        return items;
    }
}
