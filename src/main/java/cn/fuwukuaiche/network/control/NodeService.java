package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.audit.control.AuditService;
import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.control.Input;
import cn.fuwukuaiche.network.control.SheetRows.SheetRow;
import cn.fuwukuaiche.network.entity.CaseState;
import cn.fuwukuaiche.network.entity.NodeLevel;
import cn.fuwukuaiche.network.entity.NodeStatus;
import cn.fuwukuaiche.network.entity.ServiceNode;
import cn.fuwukuaiche.security.control.AccountDirectory;
import cn.fuwukuaiche.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The network's nodes as a tree: everyone signed in reads it, ADMIN maintains and imports it. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class NodeService {

    /** The columns of the node sheet, in export order; the import accepts them in any order. */
    public static final List<String> SHEET_COLUMNS = List.of("编码", "名称", "层级", "上级编码", "地址", "联系电话", "开放时间", "状态");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountDirectory accounts;

    @Inject
    AuditService audit;

    /** Every node, county first, then townships and villages in their order. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT, Role.Names.STAFF, Role.Names.SECRETARY})
    public List<ServiceNode> all() {
        return em.createQuery("select n from ServiceNode n left join fetch n.parent order by n.sortOrder, n.code", ServiceNode.class)
                .getResultList();
    }

    /** A node in the tree view with its counts. */
    public record NodeRow(ServiceNode node, long agents, long openCases, long casesThisYear) {
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER, Role.Names.AGENT, Role.Names.STAFF, Role.Names.SECRETARY})
    public List<NodeRow> rows(java.time.LocalDate yearStart) {
        Map<Long, Long> agents = accounts.activeAccountsPerNode();
        Map<Long, Long> open = counts(em.createQuery(
                "select c.currentNode.id, count(c) from ServiceCase c where c.state in :open group by c.currentNode.id", Object[].class)
                .setParameter("open", List.of(CaseState.ENTRUSTED, CaseState.ACCEPTED)).getResultList());
        Map<Long, Long> year = counts(em.createQuery(
                "select c.originNode.id, count(c) from ServiceCase c where c.entrustedAt >= :from group by c.originNode.id", Object[].class)
                .setParameter("from", yearStart.atStartOfDay()).getResultList());
        return all().stream().map(n -> new NodeRow(n, agents.getOrDefault(n.getId(), 0L), open.getOrDefault(n.getId(), 0L),
                year.getOrDefault(n.getId(), 0L))).toList();
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        for (Object[] r : rows) {
            m.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return m;
    }

    public record NodeForm(String code, String name, NodeLevel level, Long parentId, String address, String phone,
                           String openingHours, NodeStatus status) {
    }

    public ServiceNode create(NodeForm form) {
        form = normalized(form);
        ServiceNode parent = validate(form, null);
        ServiceNode n = new ServiceNode(form.code().strip(), form.name().strip(), form.level(), parent);
        apply(n, form, parent);
        n.setSortOrder(nextSortOrder(parent));
        em.persist(n);
        em.flush();
        audit.created(n, null);
        return n;
    }

    public ServiceNode update(long id, long expectedVersion, NodeForm form, String reason) {
        ServiceNode n = em.find(ServiceNode.class, id);
        if (n == null) {
            throw new BusinessException("该网点不存在");
        }
        if (n.getVersion() != expectedVersion) {
            throw new OptimisticLockException("网点 " + n.getName() + " 已被他人修改");
        }
        form = normalized(form);
        ServiceNode parent = validate(form, n);
        if (n.getLevel() != form.level() && hasChildren(n)) {
            throw new BusinessException("level", "该网点下还有下级网点，不能改变层级");
        }
        Map<String, Object> before = n.auditState();
        apply(n, form, parent);
        em.flush();
        audit.updated(before, n, reason);
        return n;
    }

    /** The import result: how many nodes were added and changed. */
    public record ImportResult(int created, int updated) {
    }

    /**
     * Creates or updates nodes by code from a sheet in the export's format. All or nothing: the first bad
     * row refuses the whole sheet with its row number, so a half-imported tree never exists.
     */
    public ImportResult importSheet(byte[] xlsx) {
        List<SheetRow> rows = SheetRows.read(new ByteArrayInputStream(xlsx), SHEET_COLUMNS);
        if (rows.isEmpty()) {
            throw new BusinessException("表格中没有网点数据");
        }
        // parents before children, whatever order the sheet has
        List<SheetRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparing(r -> NodeLevel.parse(r.get("层级")).map(Enum::ordinal).orElse(9)));
        int created = 0;
        int updated = 0;
        for (SheetRow r : ordered) {
            NodeLevel level = NodeLevel.parse(r.get("层级")).orElseThrow(() -> r.error("层级须为 县级、乡镇级 或 村级"));
            NodeStatus status = NodeStatus.parse(r.get("状态")).orElseThrow(() -> r.error("状态须为 正常开放、暂停服务 或 已撤销"));
            Long parentId = null;
            if (!r.get("上级编码").isEmpty()) {
                ServiceNode parent = byCode(r.get("上级编码"));
                if (parent == null) {
                    throw r.error("上级编码 " + r.get("上级编码") + " 不存在");
                }
                parentId = parent.getId();
            }
            NodeForm raw = new NodeForm(r.get("编码"), r.get("名称"), level, parentId, r.get("地址"), r.get("联系电话"),
                    r.get("开放时间"), status);
            ServiceNode existing = byCode(r.get("编码"));
            try {
                NodeForm form = normalized(raw);
                if (existing == null) {
                    create(form);
                    created++;
                } else {
                    Map<String, Object> before = existing.auditState();
                    ServiceNode parent = validate(form, existing);
                    apply(existing, form, parent);
                    em.flush();
                    if (!before.equals(existing.auditState())) {
                        audit.updated(before, existing, "Excel 导入");
                        updated++;
                    }
                }
            } catch (BusinessException e) {
                throw r.error(e.getMessage());
            }
        }
        audit.event(AuditAction.IMPORT, "服务网点", null, "导入服务网点：新增 " + created + " 个，修改 " + updated + " 个", null, null);
        return new ImportResult(created, updated);
    }

    private ServiceNode validate(NodeForm form, ServiceNode self) {
        ServiceNode parent = form.parentId() == null ? null : em.find(ServiceNode.class, form.parentId());
        if (form.parentId() != null && parent == null) {
            throw new BusinessException("parentId", "上级网点不存在");
        }
        NodeRules.validate(form.code(), form.name(), form.level(), parent == null ? null : parent.getLevel(), form.phone());
        ServiceNode sameCode = byCode(form.code().strip());
        if (sameCode != null && (self == null || !sameCode.getId().equals(self.getId()))) {
            throw new BusinessException("code", "编码 " + form.code().strip() + " 已被「" + sameCode.getName() + "」使用");
        }
        if (self != null && !self.getCode().equals(form.code().strip())) {
            throw new BusinessException("code", "网点编码创建后不可修改");
        }
        if (form.level() == NodeLevel.COUNTY) {
            ServiceNode county = em.createQuery("select n from ServiceNode n where n.level = :l", ServiceNode.class)
                    .setParameter("l", NodeLevel.COUNTY).setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (county != null && (self == null || !county.getId().equals(self.getId()))) {
                throw new BusinessException("level", "全县只有一个县级网点（" + county.getName() + "）");
            }
        }
        return parent;
    }

    /**
     * The one input normaliser ({@link Input}) for forms and imports alike: no line break or control character in the
     * single-line fields; the phone as stored ({@code +86 138 0013 8000} → 13800138000, a landline keeps its dash).
     */
    static NodeForm normalized(NodeForm f) {
        Input.requireSingleLine("code", "编码", f.code());
        Input.requireSingleLine("name", "网点名称", f.name());
        Input.requireSingleLine("address", "地址", f.address());
        Input.requireSingleLine("phone", "联系电话", f.phone());
        Input.requireSingleLine("openingHours", "开放时间", f.openingHours());
        return new NodeForm(f.code(), f.name(), f.level(), f.parentId(), f.address(), Input.phone(f.phone()), f.openingHours(),
                f.status());
    }

    private static void apply(ServiceNode n, NodeForm form, ServiceNode parent) {
        n.setName(form.name().strip());
        n.setLevel(form.level());
        n.setParent(parent);
        n.setAddress(blankToNull(form.address()));
        n.setPhone(blankToNull(form.phone()));
        n.setOpeningHours(blankToNull(form.openingHours()));
        n.setStatus(form.status() == null ? NodeStatus.OPEN : form.status());
    }

    private boolean hasChildren(ServiceNode n) {
        return em.createQuery("select count(c) from ServiceNode c where c.parent = :p", Long.class)
                .setParameter("p", n).getSingleResult() > 0;
    }

    private int nextSortOrder(ServiceNode parent) {
        Integer max = em.createQuery("select max(n.sortOrder) from ServiceNode n", Integer.class).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    ServiceNode byCode(String code) {
        return em.createQuery("select n from ServiceNode n where n.code = :c", ServiceNode.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
