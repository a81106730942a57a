package cn.fuwukuaiche.honour.star.control;

/**
 * A star decision, a criterion or the star settings changed (fired by {@link StarService} inside its transaction): the
 * pending proposals may have changed, so {@link StarProposalCount} counts again after the commit.
 */
public record StarsChanged(String what) {
}
