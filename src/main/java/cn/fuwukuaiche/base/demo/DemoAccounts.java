package cn.fuwukuaiche.base.demo;

import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.persistence.EntityManager;

import java.util.EnumSet;

/** One demo account per role; the README lists them. All share one hash (hashing is slow on purpose). */
final class DemoAccounts {

    private DemoAccounts() {
    }

    static void create(EntityManager em, String hash) {
        em.persist(new UserAccount("admin", "系统管理员", hash, EnumSet.of(Role.ADMIN)));
        em.persist(new UserAccount("leader", "王建国", hash, EnumSet.of(Role.LEADER)));
        em.persist(new UserAccount("secretary", "李秀英", hash, EnumSet.of(Role.SECRETARY)));
        em.persist(new UserAccount("staff", "张伟", hash, EnumSet.of(Role.STAFF)));
        em.persist(new UserAccount("agent", "刘洋", hash, EnumSet.of(Role.AGENT)));
    }
}
