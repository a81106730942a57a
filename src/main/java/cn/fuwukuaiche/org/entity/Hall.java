package cn.fuwukuaiche.org.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.NamedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 政务服务中心: a county service hall, one building with several {@link Floor}s. Its {@code code} (lower-case letters,
 * digits and '-') names it in public URLs ({@code /h/{code}/…}).
 */
@AuditedAs("政务服务中心")
@Entity
@Table(name = "hall")
public class Hall extends NamedEntity implements Audited {

    /** What a hall code may look like: 2 to 32 lower-case letters, digits or '-', starting with a letter. */
    public static final String CODE_PATTERN = "[a-z][a-z0-9-]{1,31}";

    @Column(nullable = false, length = 32, unique = true)
    private String code;

    @Column(nullable = false, length = 64)
    private String county;

    @Column(length = 200)
    private String address;

    protected Hall() {
    }

    public Hall(String code, String name, String county, String address) {
        super(name);
        this.code = code;
        this.county = county;
        this.address = address;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("代码", code);
        m.put("名称", getName());
        m.put("县（区）", county);
        m.put("地址", address);
        return m;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
