package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.network.control.CaseFollowedUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test deployment only: remembers the follow-up events, as the evaluation area's observer would receive them. */
@ApplicationScoped
public class NetworkEvents {

    private final List<CaseFollowedUp> followedUp = new CopyOnWriteArrayList<>();

    void on(@Observes CaseFollowedUp e) {
        followedUp.add(e);
    }

    public List<CaseFollowedUp> followedUp() {
        return followedUp;
    }
}
