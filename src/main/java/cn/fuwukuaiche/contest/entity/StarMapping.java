package cn.fuwukuaiche.contest.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** ADMIN's mapping: a prize makes its winner a candidate for a star (e.g. 一等奖 → 业绩突出星). */
@Entity
@Table(name = "contest_star_mapping")
public class StarMapping extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, unique = true)
    private Prize prize;

    @Column(nullable = false, length = 32)
    private String star;

    protected StarMapping() {
    }

    public StarMapping(Prize prize, String star) {
        this.prize = prize;
        this.star = star;
    }

    public Prize getPrize() { return prize; }
    public String getStar() { return star; }
    public void setStar(String star) { this.star = star; }
}
