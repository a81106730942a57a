package cn.fuwukuaiche.security.control;

import cn.fuwukuaiche.security.control.ScopeDirectory.Choice;

import java.util.List;

/**
 * A face: the area that owns a kind of account scope lists its choices for the user admin form (org: branches and
 * windows, network: service nodes). Implemented as a CDI bean in the owning area and gathered by
 * {@link ScopeDirectory}, so security names no other area's entity.
 */
public interface ScopeChoices {

    /** Active party branches, in their display order. */
    default List<Choice> branches() {
        return List.of();
    }

    /** Active windows, labelled "number name（unit）". */
    default List<Choice> windows() {
        return List.of();
    }

    /** Open and suspended service nodes, labelled with their level, in tree order. */
    default List<Choice> nodes() {
        return List.of();
    }
}
