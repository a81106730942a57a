package cn.fuwukuaiche.evaluation.entity;

/** Where a 好差评 rating came from (国办发〔2019〕51号: 一次一评 on site, 一事一评 online). */
public enum RatingChannel {
    PAD("窗口评价器"),
    QR_CODE("二维码"),
    ONLINE("网上评价"),
    HOTLINE("服务热线"),
    FOLLOW_UP("代办回访");

    private final String label;

    RatingChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
