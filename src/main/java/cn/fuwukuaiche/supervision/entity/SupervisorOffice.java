package cn.fuwukuaiche.supervision.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** 上级主管单位, e.g. 市政务服务管理局: the halls it supervises (ids of org's halls). Belongs to no hall. */
@AuditedAs("上级主管单位")
@Entity
@Table(name = "supervisor_office")
public class SupervisorOffice extends NamedEntity implements Audited {

    @Column(length = 64)
    private String region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supervisor_office_hall", joinColumns = @JoinColumn(name = "office_id"))
    @Column(name = "hall_id")
    private Set<Long> hallIds = new TreeSet<>();

    protected SupervisorOffice() {
    }

    public SupervisorOffice(String name, String region) {
        super(name);
        this.region = region;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("地区", region);
        m.put("所辖中心", new TreeSet<>(hallIds).toString());
        return m;
    }

    public String getRegion() {
        return region;
    }

    public Set<Long> getHallIds() {
        return hallIds;
    }
}
