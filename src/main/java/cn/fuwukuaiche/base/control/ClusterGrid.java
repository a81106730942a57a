package cn.fuwukuaiche.base.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Payara Micro data grid this node belongs to, if any: the running {@link HazelcastInstance} Payara binds at
 * JNDI {@code payara/Hazelcast}, used only with {@code app.cluster.enabled=true} (the cluster scripts, config/cluster/;
 * docs/deploy.md). Without it (the run command, the tests' servers, all {@code --nocluster}) everything stays in this JVM. A node whose partners cannot be
 * reached (a wrong port, the other node down) is a grid of one: it serves alone, logs so, and takes the others in when
 * they appear (Hazelcast's TCP/IP join keeps trying the member list).
 *
 * <p>What the portal keeps in the grid: the limiters' counts ({@link #countStore}) and the board signal
 * ({@code display.control.BoardBridge}). Nothing else: the database stays the one place of record.
 */
@ApplicationScoped
public class ClusterGrid {

    private static final Logger LOG = Logger.getLogger(ClusterGrid.class.getName());

    /** Where Payara Micro binds its Hazelcast instance. */
    public static final String JNDI_NAME = "payara/Hazelcast";

    private volatile HazelcastInstance hazelcast;

    /**
     * On only where the node is started as a member of a cluster (the cluster scripts and docs/deploy.md set it):
     * Payara Micro runs a Hazelcast member even with {@code --nocluster}, a grid of one that must not be mistaken for
     * a cluster.
     */
    @Inject
    @ConfigProperty(name = "app.cluster.enabled", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void init() {
        if (!enabled) {
            LOG.info("cluster: off (app.cluster.enabled=false, a single node): limits and board changes stay on this node");
            return;
        }
        hazelcast = lookUp();
        if (hazelcast == null) {
            LOG.warning("cluster: app.cluster.enabled=true but Payara Micro has no data grid at " + JNDI_NAME
                    + " (started with --nocluster or --nohazelcast?): this node runs alone, limits and board changes stay on it");
            return;
        }
        int size = hazelcast.getCluster().getMembers().size();
        if (size < 2) {
            LOG.warning("cluster: this node runs ALONE in data grid " + hazelcast.getConfig().getClusterName()
                    + " (1 member: no other node answered at " + memberList() + "); it serves on its own and takes the"
                    + " others in when they start");
        } else {
            LOG.info("cluster: member of data grid " + hazelcast.getConfig().getClusterName() + " with " + size + " members "
                    + hazelcast.getCluster().getMembers());
        }
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent e) {
                LOG.info("cluster: node joined " + e.getMember().getAddress() + "; now " + e.getMembers().size() + " members");
            }

            @Override
            public void memberRemoved(MembershipEvent e) {
                LOG.warning("cluster: node left " + e.getMember().getAddress() + "; now " + e.getMembers().size() + " members"
                        + (e.getMembers().size() < 2 ? " (this node runs alone)" : ""));
            }
        });
    }

    private static HazelcastInstance lookUp() {
        try {
            Object o = new InitialContext().lookup(JNDI_NAME);
            if (o instanceof HazelcastInstance h && h.getLifecycleService().isRunning()) {
                return h;
            }
            return null;
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "cluster: no Hazelcast instance at " + JNDI_NAME, e);
            return null;
        }
    }

    private String memberList() {
        try {
            return String.valueOf(hazelcast.getConfig().getNetworkConfig().getJoin().getTcpIpConfig().getMembers());
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** A grid over a running instance without JNDI (tests, tools); the portal gets its own through CDI. */
    public static ClusterGrid of(HazelcastInstance instance) {
        ClusterGrid g = new ClusterGrid();
        g.hazelcast = instance;
        return g;
    }

    /** The running grid, or empty on a single node (--nocluster) or once Hazelcast has shut down. */
    public Optional<HazelcastInstance> hazelcast() {
        HazelcastInstance h = hazelcast;
        return h != null && h.getLifecycleService().isRunning() ? Optional.of(h) : Optional.empty();
    }

    /** True when this node is a member of a grid (even a grid of one, waiting for the others). */
    public boolean clustered() {
        return hazelcast().isPresent();
    }

    /** How many nodes the grid has now (1 without a grid). */
    public int members() {
        return hazelcast().map(h -> h.getCluster().getMembers().size()).orElse(1);
    }

    /** This node's address in the grid, for logs ("-" without a grid). */
    public String localMember() {
        return hazelcast().map(h -> h.getCluster().getLocalMember()).map(Member::toString).orElse("-");
    }

    /**
     * A store of a limiter's counts named {@code name}: one map in the grid shared by every node when clustered (so 5
     * objections an hour are 5 with two nodes), else this node's memory holding at most {@code maxKeys} keys.
     */
    public CountStore countStore(String name, int maxKeys) {
        Optional<HazelcastInstance> h = hazelcast();
        if (h.isEmpty()) {
            return new LocalCountStore(maxKeys);
        }
        IMap<String, long[]> map = h.get().getMap("fwkc-limit-" + name);
        return new GridCountStore(map, new LocalCountStore(maxKeys));
    }
}
