package cn.fuwukuaiche.base.report;

import java.util.List;

/**
 * A face (docs/architecture.md): the figures of the yearly 党建工作统计表 that an area knows from its own records.
 * Each area implements it as a CDI bean in its {@code control} package (e.g. {@code MeetingYearFigures}); the yearly
 * report finds them through {@code Instance<YearFigureSource>} and fills the items named in {@link YearItems} from
 * them, so an item the record knows is never typed in. An area not deployed leaves its items to be typed.
 */
public interface YearFigureSource {

    /** Every figure this area knows for the calendar year, per branch; one grouped query per kind, never one per row. */
    List<YearFigure> figures(int year);
}
