package cn.fuwukuaiche.partylife.meeting.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/**
 * A time when a staff member was a full or probationary member of a branch (and party group): from and to, both
 * inclusive, to empty while it lasts. 应到 is counted from these, so a member who joins or leaves mid-year counts only
 * for the meetings of his time. Kept by the org area's staff save (its {@code StaffSaved} event).
 */
@Entity
@Table(name = "party_membership_period")
public class MembershipPeriod extends BaseEntity {

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "branch_id", nullable = false)
    private Long branchId;

    @Column(name = "party_group_id")
    private Long partyGroupId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected MembershipPeriod() {
    }

    public MembershipPeriod(Long staffId, Long branchId, Long partyGroupId, LocalDate validFrom, LocalDate validTo) {
        this.staffId = staffId;
        this.branchId = branchId;
        this.partyGroupId = partyGroupId;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getBranchId() {
        return branchId;
    }

    public Long getPartyGroupId() {
        return partyGroupId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
