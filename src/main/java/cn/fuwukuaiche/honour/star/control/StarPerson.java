package cn.fuwukuaiche.honour.star.control;

/** A window staff member as the stars pages name them. */
public record StarPerson(long staffId, String name, Long windowId, String windowNo, String windowName, String unitName,
                         Long branchId) {

    /** "张伟（A05）" */
    public String label() {
        return name + (windowNo == null ? "" : "（" + windowNo + "）");
    }
}
