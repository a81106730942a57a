package cn.fuwukuaiche.honour.control;

import cn.fuwukuaiche.base.board.HonourBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The honour module's {@link HonourBoard}: reads through {@link HonourBoardReader} (one transaction per call). */
@ApplicationScoped
public class HonourBoardProvider implements HonourBoard {

    @Inject
    HonourBoardReader reader;

    @Override
    public Optional<FlagHolder> currentFlag() {
        return reader.currentFlag();
    }

    @Override
    public List<ModelPost> modelPosts() {
        return reader.modelPosts();
    }

    @Override
    public List<Exemplar> exemplars() {
        return reader.exemplars();
    }

    @Override
    public List<PublicNotice> notices() {
        return reader.notices();
    }
}
