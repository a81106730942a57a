package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.base.report.YearFigure;
import cn.fuwukuaiche.base.report.YearFigureSource;
import cn.fuwukuaiche.base.report.YearItems;
import cn.fuwukuaiche.org.entity.Branch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * 党组织换届 for the yearly report (issue 19): per branch, 应换届 1 when its committee's term ends in (or before) the
 * year or it was elected in the year, 已换届 1 when elected in the year ({@link ElectionRules}). The evidence is the
 * organisation page, where ADMIN keeps each branch's term.
 */
@ApplicationScoped
public class BranchYearFigures implements YearFigureSource {

    @Inject
    OrgDirectory org;

    @Override
    public List<YearFigure> figures(int year) {
        List<YearFigure> out = new ArrayList<>();
        for (Branch b : org.branches()) {
            String term = b.getTermStart() == null ? "未填任期" : "任期 " + b.getTermStart() + " 至 " + b.getTermEnd();
            String route = "org?branch=" + b.getId();
            out.add(new YearFigure(YearItems.BRANCH_ELECTION_DUE, b.getId(), ElectionRules.due(b, year) ? 1 : 0, route,
                    b.getName() + " " + term));
            out.add(new YearFigure(YearItems.BRANCH_ELECTION_DONE, b.getId(), ElectionRules.elected(b.getTermStart(), year) ? 1 : 0,
                    route, b.getName() + " " + term));
        }
        return out;
    }
}
