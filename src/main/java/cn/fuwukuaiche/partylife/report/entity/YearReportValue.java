package cn.fuwukuaiche.partylife.report.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/**
 * One figure of a part: typed (with a note or an attachment as evidence) or taken from the record (stored when the
 * part is submitted, with the route to the records behind it).
 */
@Entity
@Table(name = "year_report_value")
public class YearReportValue extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "part_id")
    private YearReportPart part;

    @Column(name = "item_code", nullable = false, length = 48)
    private String itemCode;

    @Column(precision = 16, scale = 2)
    private BigDecimal amount;

    @Column(length = 1000)
    private String note;

    @Column(name = "from_record", nullable = false)
    private boolean fromRecord;

    @Column(name = "evidence_route", length = 300)
    private String evidenceRoute;

    @Column(length = 300)
    private String evidence;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] attachment;

    protected YearReportValue() {
    }

    public YearReportValue(YearReportPart part, String itemCode) {
        this.part = part;
        this.itemCode = itemCode;
    }

    public void typed(BigDecimal amount, String note) {
        this.amount = amount;
        this.note = note;
        this.fromRecord = false;
        this.evidenceRoute = null;
        this.evidence = null;
    }

    public void fromRecord(BigDecimal amount, String evidenceRoute, String evidence) {
        this.amount = amount;
        this.fromRecord = true;
        this.evidenceRoute = evidenceRoute;
        this.evidence = evidence;
        this.note = null;
    }

    public void attach(String name, byte[] content) {
        this.attachmentName = name;
        this.attachment = content;
    }

    public YearReportPart getPart() {
        return part;
    }

    public String getItemCode() {
        return itemCode;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public boolean isFromRecord() {
        return fromRecord;
    }

    public String getEvidenceRoute() {
        return evidenceRoute;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public byte[] getAttachment() {
        return attachment;
    }
}
