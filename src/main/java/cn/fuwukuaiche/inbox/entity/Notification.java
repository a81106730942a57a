package cn.fuwukuaiche.inbox.entity;

import cn.fuwukuaiche.base.entity.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** One notification to one account: what happened, where it is dealt with, when, and whether it was read. */
@Entity
@Table(name = "notification")
public class Notification extends BaseEntity {

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false, length = 200)
    private String route;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(String recipient, String text, String route, LocalDateTime createdAt) {
        this.recipient = recipient;
        this.text = text.length() > 500 ? text.substring(0, 499) + "…" : text;
        this.route = route;
        this.createdAt = createdAt;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getText() {
        return text;
    }

    public String getRoute() {
        return route;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(LocalDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
