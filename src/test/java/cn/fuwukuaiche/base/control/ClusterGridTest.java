package cn.fuwukuaiche.base.control;

import com.hazelcast.config.JoinConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which Hazelcast member is a cluster: Payara Micro runs one even with --nocluster, joining nobody. */
class ClusterGridTest {

    static JoinConfig nothing() {
        JoinConfig j = new JoinConfig();
        j.getMulticastConfig().setEnabled(false);
        j.getTcpIpConfig().setEnabled(false);
        j.getAutoDetectionConfig().setEnabled(false);
        return j;
    }

    @Test
    void a_member_that_joins_nobody_is_a_single_node() {
        assertFalse(ClusterGrid.joinsOthers(nothing()));
        JoinConfig emptyList = nothing();
        emptyList.getTcpIpConfig().setEnabled(true);
        assertFalse(ClusterGrid.joinsOthers(emptyList), "TCP/IP with no member to ask");
    }

    @Test
    void a_member_list_dns_or_kubernetes_make_a_cluster() {
        JoinConfig tcp = nothing();
        tcp.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5701").addMember("127.0.0.1:5702");
        assertTrue(ClusterGrid.joinsOthers(tcp));
        JoinConfig k8s = nothing();
        k8s.getKubernetesConfig().setEnabled(true);
        assertTrue(ClusterGrid.joinsOthers(k8s));
    }
}
