package cn.fuwukuaiche.honour.star.entity;

import java.util.Arrays;
import java.util.Optional;

/** The five stars, in the order the hall names them. */
public enum StarKind {
    HARMONY("和谐服务星"),
    LAW("遵纪守法星"),
    DEDICATION("爱岗敬业星"),
    PERFORMANCE("业绩突出星"),
    INTEGRITY("廉洁高效星");

    private final String label;

    StarKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The star a Chinese name means (as the contest's prize mapping stores it). */
    public static Optional<StarKind> byLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
