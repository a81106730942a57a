package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.network.control.NetworkStatistics.CaseFact;
import cn.fuwukuaiche.network.control.NetworkStatistics.NodeInfo;
import cn.fuwukuaiche.network.entity.NodeLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkStatisticsTest {

    static final NodeInfo COUNTY = new NodeInfo(1, "C", "县政务服务中心", NodeLevel.COUNTY, null);
    static final NodeInfo TOWN = new NodeInfo(2, "T01", "青石镇便民服务站", NodeLevel.TOWNSHIP, 1L);
    static final NodeInfo VILLAGE_A = new NodeInfo(3, "T01V01", "青石村民生服务室", NodeLevel.VILLAGE, 2L);
    static final NodeInfo VILLAGE_B = new NodeInfo(4, "T01V02", "桃园村民生服务室", NodeLevel.VILLAGE, 2L);
    static final LocalDate D = LocalDate.of(2026, 11, 10);

    @Test
    void each_level_gets_the_cases_it_closed_and_the_shares_add_up() {
        List<CaseFact> cases = List.of(
                new CaseFact(3, 3L, D, D),                 // closed in the village, on time
                new CaseFact(3, 3L, D.plusDays(1), D),     // closed in the village, late
                new CaseFact(4, 4L, D, D),                 // closed in the other village
                new CaseFact(3, 2L, D, D),                 // handed up once, closed in the township
                new CaseFact(4, 1L, D, D.plusDays(3)),     // handed up twice, closed at the county
                new CaseFact(4, null, null, D));           // still open
        List<Long> handUps = List.of(3L, 4L, 2L);
        NetworkStatistics.Result r = NetworkStatistics.compute(List.of(COUNTY, TOWN, VILLAGE_A, VILLAGE_B), cases, handUps);

        var a = r.nodes().get(2).figures();
        assertEquals(3, a.accepted());
        assertEquals(2, a.handled());
        assertEquals(1, a.handedUp());
        assertEquals(1, a.onTime());
        assertEquals(0.5, a.onTimeRate(), 1e-9);

        assertEquals(3, r.level(NodeLevel.VILLAGE).figures().handled());
        assertEquals(0.6, r.level(NodeLevel.VILLAGE).shareOfHandled(), 1e-9, "小事不出村: 3 of 5 handled cases");
        assertEquals(0.2, r.level(NodeLevel.TOWNSHIP).shareOfHandled(), 1e-9);
        assertEquals(0.2, r.level(NodeLevel.COUNTY).shareOfHandled(), 1e-9);
        assertEquals(6, r.total().accepted());
        assertEquals(5, r.total().handled());
        assertEquals(3, r.total().handedUp());
        assertEquals(4, r.total().onTime());
    }

    @Test
    void a_node_without_cases_shows_zeros_and_no_share() {
        NetworkStatistics.Result r = NetworkStatistics.compute(List.of(COUNTY, TOWN), List.of(), List.of());
        assertEquals(0, r.nodes().get(1).figures().accepted());
        assertEquals(1.0, r.nodes().get(1).figures().onTimeRate());
        assertEquals(0.0, r.level(NodeLevel.VILLAGE).shareOfHandled());
    }
}
