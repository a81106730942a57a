package cn.fuwukuaiche.org.control;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of the organisation tree 总支 → 支部 → 单位 → 窗口 → 人员, with its counts (党员数, 窗口数,
 * 女职工数, 人数) over the active people and windows below it.
 */
public record OrgTreeNode(Level level, Long id, String name, String detail, int members, int windows, int women,
                          int people, List<OrgTreeNode> children) {

    public enum Level {
        GENERAL_BRANCH, BRANCH, UNIT, WINDOW, STAFF
    }

    public OrgTreeNode(Level level, Long id, String name, String detail) {
        this(level, id, name, detail, 0, 0, 0, 0, new ArrayList<>());
    }

    /** This node with counts summed from its children (a staff or window leaf counts itself). */
    static OrgTreeNode counted(Level level, Long id, String name, String detail, List<OrgTreeNode> children,
                               int ownMembers, int ownWindows, int ownWomen, int ownPeople) {
        int m = ownMembers;
        int w = ownWindows;
        int f = ownWomen;
        int p = ownPeople;
        for (OrgTreeNode c : children) {
            m += c.members;
            w += c.windows;
            f += c.women;
            p += c.people;
        }
        return new OrgTreeNode(level, id, name, detail, m, w, f, p, children);
    }

    /** This subtree cut down to the nodes matching {@code text} and their ancestors; null when nothing matches. */
    public OrgTreeNode filtered(String text) {
        if (name.contains(text) || (detail != null && detail.contains(text))) {
            return this;
        }
        List<OrgTreeNode> kept = new ArrayList<>();
        for (OrgTreeNode c : children) {
            OrgTreeNode f = c.filtered(text);
            if (f != null) {
                kept.add(f);
            }
        }
        return kept.isEmpty() ? null : new OrgTreeNode(level, id, name, detail, members, windows, women, people, kept);
    }

    /** Depth-first search by name (used by tests and the view's search). */
    public List<OrgTreeNode> find(String text) {
        List<OrgTreeNode> out = new ArrayList<>();
        if (name.contains(text) || (detail != null && detail.contains(text))) {
            out.add(this);
        }
        for (OrgTreeNode c : children) {
            out.addAll(c.find(text));
        }
        return out;
    }
}
