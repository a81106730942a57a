package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.base.board.BoardChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test deployment only: the board changes that reached commit, as the display screens would receive them. */
@ApplicationScoped
public class ContestBoardEvents {

    private final List<BoardChanged> committed = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) BoardChanged e) {
        committed.add(e);
    }

    public long count(String sourcePrefix) {
        return committed.stream().filter(e -> e.source().startsWith(sourcePrefix)).count();
    }
}
