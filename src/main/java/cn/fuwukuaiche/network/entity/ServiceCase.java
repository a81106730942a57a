package cn.fuwukuaiche.network.entity;

import cn.fuwukuaiche.base.entity.Audited;
import cn.fuwukuaiche.base.entity.AuditedAs;
import cn.fuwukuaiche.base.entity.BaseEntity;
import cn.fuwukuaiche.base.rating.RatingLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case handled on a citizen's behalf (代办件). The glossary calls it {@code Case}; the class is
 * {@code ServiceCase} because CASE is a reserved word in JPQL.
 *
 * <p>It is accepted at its {@code originNode}, sits at its {@code currentNode} (which changes when it is
 * handed up, and returns to the origin for delivery once handled) and remembers the {@code handledNode}
 * that closed it, which is what the statistics of 小事不出村、大事不出乡 count. The applicant's name and
 * phone are private: only the agents of the nodes involved, leaders and admins see them.
 */
@AuditedAs("代办件")
@Entity
@Table(name = "service_case")
public class ServiceCase extends BaseEntity implements Audited {

    @Column(name = "case_number", nullable = false, unique = true, length = 32)
    private String caseNumber;

    /** Handed to the applicant with the case number; together they open the public lookup. */
    @Column(name = "query_code", nullable = false, length = 16)
    private String queryCode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private ServiceItem item;

    @Column(name = "applicant_name", nullable = false, length = 64)
    private String applicantName;

    @Column(name = "applicant_phone", nullable = false, length = 32)
    private String applicantPhone;

    /** What the applicant asks for, in the agent's words. */
    @Column(length = 500)
    private String request;

    @ManyToOne(optional = false)
    @JoinColumn(name = "origin_node_id", nullable = false)
    private ServiceNode originNode;

    @ManyToOne(optional = false)
    @JoinColumn(name = "current_node_id", nullable = false)
    private ServiceNode currentNode;

    @ManyToOne
    @JoinColumn(name = "handled_node_id")
    private ServiceNode handledNode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseState state = CaseState.ENTRUSTED;

    @Column(name = "entrusted_at", nullable = false)
    private LocalDateTime entrustedAt;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    /** The item's promised limit when the case was accepted: later changes to the item do not move it. */
    @Column(name = "promised_days", nullable = false)
    private int promisedDays;

    /** 承诺办结日: {@code promisedDays} working days after acceptance. */
    @Column(name = "deadline")
    private LocalDate deadline;

    /** Set while the case sits at a node that cannot handle it: it must be handed up by this day. */
    @Column(name = "hand_up_by")
    private LocalDate handUpBy;

    @Column(name = "hand_up_count", nullable = false)
    private int handUpCount;

    @Column(name = "handled_at")
    private LocalDateTime handledAt;

    /** 办理结果, written by the node that handled it. */
    @Column(length = 500)
    private String result;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    @Column(name = "archived_at")
    private LocalDateTime archivedAt;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Column(name = "followed_up_at")
    private LocalDateTime followedUpAt;

    /** The applicant's satisfaction at the follow-up (回访), which counts as a 好差评 rating. */
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private RatingLevel satisfaction;

    @Column(name = "follow_up_note", length = 500)
    private String followUpNote;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_case_material", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "line_no")
    private List<CaseMaterial> materials = new ArrayList<>();

    @OneToMany(mappedBy = "serviceCase")
    @OrderBy("seq ASC")
    private List<CaseStepRecord> steps = new ArrayList<>();

    protected ServiceCase() {
    }

    public ServiceCase(String caseNumber, String queryCode, ServiceItem item, String applicantName, String applicantPhone,
                       ServiceNode originNode, LocalDateTime entrustedAt) {
        this.caseNumber = caseNumber;
        this.queryCode = queryCode;
        this.item = item;
        this.applicantName = applicantName;
        this.applicantPhone = applicantPhone;
        this.originNode = originNode;
        this.currentNode = originNode;
        this.entrustedAt = entrustedAt;
        this.promisedDays = item.getPromisedDays();
    }

    public boolean allMaterialsProvided() {
        return materials.stream().allMatch(CaseMaterial::isProvided);
    }

    /** The day the promise is measured against: the handling day once handled. */
    public LocalDate handledOn() {
        return handledAt == null ? null : handledAt.toLocalDate();
    }

    @Override
    public String auditLabel() {
        return caseNumber + " " + (item == null ? "" : item.getName());
    }

    /** No applicant name or phone: the audit trail is read by more people than the case. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("办件编号", caseNumber);
        m.put("事项", item == null ? null : item.getName());
        m.put("受理网点", originNode == null ? null : originNode.getName());
        m.put("所在网点", currentNode == null ? null : currentNode.getName());
        m.put("状态", state == null ? null : state.label());
        m.put("承诺办结日", deadline);
        m.put("办理结果", result);
        m.put("满意度", satisfaction == null ? null : satisfaction.label());
        return m;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getQueryCode() {
        return queryCode;
    }

    public ServiceItem getItem() {
        return item;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantPhone() {
        return applicantPhone;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public ServiceNode getOriginNode() {
        return originNode;
    }

    public ServiceNode getCurrentNode() {
        return currentNode;
    }

    public void setCurrentNode(ServiceNode currentNode) {
        this.currentNode = currentNode;
    }

    public ServiceNode getHandledNode() {
        return handledNode;
    }

    public void setHandledNode(ServiceNode handledNode) {
        this.handledNode = handledNode;
    }

    public CaseState getState() {
        return state;
    }

    public void setState(CaseState state) {
        this.state = state;
    }

    public LocalDateTime getEntrustedAt() {
        return entrustedAt;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public void setAcceptedAt(LocalDateTime acceptedAt) {
        this.acceptedAt = acceptedAt;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public void setPromisedDays(int promisedDays) {
        this.promisedDays = promisedDays;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public LocalDate getHandUpBy() {
        return handUpBy;
    }

    public void setHandUpBy(LocalDate handUpBy) {
        this.handUpBy = handUpBy;
    }

    public int getHandUpCount() {
        return handUpCount;
    }

    public void setHandUpCount(int handUpCount) {
        this.handUpCount = handUpCount;
    }

    public LocalDateTime getHandledAt() {
        return handledAt;
    }

    public void setHandledAt(LocalDateTime handledAt) {
        this.handledAt = handledAt;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(LocalDateTime deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public LocalDateTime getArchivedAt() {
        return archivedAt;
    }

    public void setArchivedAt(LocalDateTime archivedAt) {
        this.archivedAt = archivedAt;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public void setReportedAt(LocalDateTime reportedAt) {
        this.reportedAt = reportedAt;
    }

    public LocalDateTime getFollowedUpAt() {
        return followedUpAt;
    }

    public void setFollowedUpAt(LocalDateTime followedUpAt) {
        this.followedUpAt = followedUpAt;
    }

    public RatingLevel getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(RatingLevel satisfaction) {
        this.satisfaction = satisfaction;
    }

    public String getFollowUpNote() {
        return followUpNote;
    }

    public void setFollowUpNote(String followUpNote) {
        this.followUpNote = followUpNote;
    }

    public List<CaseMaterial> getMaterials() {
        return materials;
    }

    public List<CaseStepRecord> getSteps() {
        return steps;
    }
}
