package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** 政务服务中心: the county service hall, one building with several {@link Floor}s. There is one per installation. */
@AuditedAs("政务服务中心")
@Entity
@Table(name = "hall")
public class Hall extends NamedEntity implements Audited {

    @Column(nullable = false, length = 64)
    private String county;

    @Column(length = 200)
    private String address;

    protected Hall() {
    }

    public Hall(String name, String county, String address) {
        super(name);
        this.county = county;
        this.address = address;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("名称", getName());
        m.put("县（区）", county);
        m.put("地址", address);
        return m;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
