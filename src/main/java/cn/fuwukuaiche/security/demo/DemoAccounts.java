package cn.fuwukuaiche.security.demo;

import cn.fuwukuaiche.base.demo.DemoContext;
import cn.fuwukuaiche.base.demo.DemoSeeder;
import cn.fuwukuaiche.security.entity.Role;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.enterprise.context.Dependent;

import java.util.EnumSet;

/**
 * One demo account per role; the README lists them. Later seeders bind them to their branch,
 * window and node and add more.
 */
@Dependent
public class DemoAccounts implements DemoSeeder {

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void seed(DemoContext ctx) {
        String hash = ctx.passwordHash();
        ctx.em().persist(new UserAccount("admin", "系统管理员", hash, EnumSet.of(Role.ADMIN)));
        ctx.em().persist(new UserAccount("leader", "王建国", hash, EnumSet.of(Role.LEADER)));
        ctx.em().persist(new UserAccount("secretary", "李秀英", hash, EnumSet.of(Role.SECRETARY)));
        ctx.em().persist(new UserAccount("staff", "张伟", hash, EnumSet.of(Role.STAFF)));
        ctx.em().persist(new UserAccount("agent", "刘洋", hash, EnumSet.of(Role.AGENT)));
        ctx.em().flush();
    }
}
