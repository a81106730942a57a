package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
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

/**
 * A place where citizens are served: the county hall (top), a township 便民服务站 or a village 民生服务室.
 * Its agents are the AGENT accounts whose {@code nodeId} points here.
 */
@AuditedAs("服务网点")
@Entity
@Table(name = "service_node")
public class ServiceNode extends BaseEntity implements Audited {

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "node_level", nullable = false, length = 16)
    private NodeLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ServiceNode parent;

    @Column(length = 200)
    private String address;

    /** The public contact phone of the node (an office line, shown on the guide), not a person's. */
    @Column(length = 32)
    private String phone;

    @Column(name = "opening_hours", length = 100)
    private String openingHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NodeStatus status = NodeStatus.OPEN;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ServiceNode() {
    }

    public ServiceNode(String code, String name, NodeLevel level, ServiceNode parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    @Override
    public String auditLabel() {
        return name + "（" + code + "）";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("编码", code);
        m.put("名称", name);
        m.put("层级", level == null ? null : level.label());
        m.put("上级", parent == null ? null : parent.getName());
        m.put("地址", address);
        m.put("联系电话", phone);
        m.put("开放时间", openingHours);
        m.put("状态", status == null ? null : status.label());
        return m;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NodeLevel getLevel() {
        return level;
    }

    public void setLevel(NodeLevel level) {
        this.level = level;
    }

    public ServiceNode getParent() {
        return parent;
    }

    public void setParent(ServiceNode parent) {
        this.parent = parent;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public NodeStatus getStatus() {
        return status;
    }

    public void setStatus(NodeStatus status) {
        this.status = status;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isOpen() {
        return status == NodeStatus.OPEN;
    }
}
