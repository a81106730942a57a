package cn.fuwukuaiche.display.control;

import cn.fuwukuaiche.base.board.NetworkBoard;
import cn.fuwukuaiche.base.board.SatisfactionBoard;
import cn.fuwukuaiche.base.board.ContestBoard;
import cn.fuwukuaiche.base.board.HonourBoard;
import cn.fuwukuaiche.base.board.MeetingBoard;
import cn.fuwukuaiche.base.board.StarBoard;
import cn.fuwukuaiche.display.entity.NameDisplay;
import cn.fuwukuaiche.display.entity.Panel;
import cn.fuwukuaiche.display.entity.ScreenTheme;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedAssemblerTest {

    static final YearMonth OCT = YearMonth.of(2026, 10);

    static BoardSnapshot full() {
        HonourBoard.FlagHolder flag = new HonourBoard.FlagHolder(OCT, 5, "A05", "户籍业务", "县公安局", 2, 3);
        HonourBoard.ModelPost withPhoto = new HonourBoard.ModelPost(7, "党员示范岗", 11, "张伟", new byte[] {(byte) 0xFF, (byte) 0xD8, 1},
                "中共党员", "户籍业务", "户口迁移\n身份证办理", "一次告知、限时办结", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        HonourBoard.ModelPost noPhoto = new HonourBoard.ModelPost(8, "巾帼建功岗", 12, "欧阳娜", null, "群众", "社保业务", "社保登记",
                null, LocalDate.of(2026, 1, 1), null);
        HonourBoard.Exemplar ex = new HonourBoard.Exemplar(3, "李强", "不动产登记", "2026年度行业标兵", "全年零差评，\"首问负责\"");
        HonourBoard.PublicNotice notice = new HonourBoard.PublicNotice(9, "流动红旗（2026年10月）", "户籍业务窗口", "月度排名第一",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 6), null);
        List<StarBoard.StarHolder> stars = List.of(new StarBoard.StarHolder("和谐服务星", 11, "张伟", "户籍业务", "2026年10月"));
        List<ContestBoard.ContestWinners> contests = List.of(new ContestBoard.ContestWinners(1, "业务知识竞赛", "个人赛", "2026年第三季度",
                List.of(new ContestBoard.Winner(1, "一等奖", "王芳", "综合受理"), new ContestBoard.Winner(1, "一等奖", "综合受理", "综合受理"))));
        SatisfactionBoard.Satisfaction sat = new SatisfactionBoard.Satisfaction(OCT, 800, new BigDecimal("98.625"),
                List.of(new SatisfactionBoard.TrendPoint(OCT, 800, new BigDecimal("98.625"))),
                List.of(new SatisfactionBoard.Rank(1, false, "A01 综合受理", new BigDecimal("100"))));
        NetworkBoard.Network net = new NetworkBoard.Network(2026, List.of(new NetworkBoard.Level("村级", "小事不出村", 12, 40, 30,
                new BigDecimal("60.0"))), 50, 50, new BigDecimal("96.0"));
        return new BoardSnapshot(new BoardSnapshot.HonourPart(flag, List.of(withPhoto, noPhoto), List.of(ex), List.of(notice)), stars,
                contests, sat, net, LocalDateTime.of(2026, 11, 3, 9, 30));
    }

    static ScreenSettings screen(NameDisplay nd) {
        return new ScreenSettings(1, "demo-screen-hall", "一楼大厅大屏", "一楼大厅", List.of(Panel.FLAG, Panel.MODEL_POSTS), 15,
                ScreenTheme.RED, nd);
    }

    @Test
    void surname_screens_show_surname_plus_tongzhi_everywhere_a_person_is_named() {
        DisplayFeed f = FeedAssembler.assemble(screen(NameDisplay.SURNAME), full());
        assertEquals("张同志", f.modelPosts().get(0).name());
        assertEquals("欧阳同志", f.modelPosts().get(1).name());
        assertEquals("张同志", f.stars().get(0).name());
        assertEquals("李同志", f.exemplars().get(0).name());
        assertEquals("王同志", f.contests().get(0).winners().get(0).name());
        assertEquals("综合受理", f.contests().get(0).winners().get(1).name(), "a team keeps its window's name");
        assertEquals("户籍业务窗口", f.notices().get(0).subject(), "a window is not a person");
    }

    @Test
    void full_name_screens_and_the_rest_of_the_feed() {
        DisplayFeed f = FeedAssembler.assemble(screen(NameDisplay.FULL), full());
        assertEquals("张伟", f.modelPosts().get(0).name());
        assertEquals(List.of("honours", "stars", "contests"), f.boards());
        assertEquals("2026年10月", f.flag().month());
        assertEquals(2, f.flag().streakMonths());
        assertEquals("/api/display/demo-screen-hall/photos/7", f.modelPosts().get(0).photoUrl());
        assertNull(f.modelPosts().get(1).photoUrl(), "no photo, no URL");
        assertEquals("2026年12月31日", f.modelPosts().get(0).until());
        assertEquals("2026年11月2日", f.notices().get(0).from());
        assertEquals(List.of("FLAG", "MODEL_POSTS"), f.screen().panels().stream().map(DisplayFeed.PanelRef::id).toList());
        assertEquals("服务快车", f.brand());
    }

    @Test
    void without_the_honour_star_and_contest_modules_the_panels_are_empty() {
        BoardSnapshot b = full();
        BoardSnapshot bare = new BoardSnapshot(null, null, null, b.satisfaction(), b.network(), b.readAt());
        DisplayFeed f = FeedAssembler.assemble(screen(NameDisplay.FULL), bare);
        assertEquals(List.of(), f.boards());
        assertNull(f.flag());
        assertTrue(f.modelPosts().isEmpty() && f.stars().isEmpty() && f.exemplars().isEmpty() && f.notices().isEmpty()
                && f.contests().isEmpty());
        assertFalse(FeedAssembler.hasContent(Panel.FLAG, f));
        assertTrue(FeedAssembler.hasContent(Panel.SATISFACTION, f));
        assertTrue(FeedJson.write(f).contains("\"flag\":null,\"modelPosts\":[]"));
    }

    @Test
    void json_is_stable_escaped_and_carries_no_photo_bytes() {
        DisplayFeed f = FeedAssembler.assemble(screen(NameDisplay.FULL), full());
        String json = FeedJson.write(f);
        assertEquals(json, FeedJson.write(FeedAssembler.assemble(screen(NameDisplay.FULL), full())), "same content, same bytes");
        assertEquals(ETags.of(json), ETags.of(FeedJson.write(FeedAssembler.assemble(screen(NameDisplay.FULL), full()))));
        assertTrue(json.startsWith("{\"screen\":{\"name\":\"一楼大厅大屏\""), json);
        assertTrue(json.contains("\"duties\":\"户口迁移\\n身份证办理\""), json);
        assertTrue(json.contains("全年零差评，\\\"首问负责\\\""), json);
        assertTrue(json.contains("\"percent\":98.6"), "percent with one decimal: " + json);
        assertTrue(json.contains("\"photoUrl\":\"/api/display/demo-screen-hall/photos/7\""));
        assertFalse(json.contains("staffId") || json.contains("photo\":["), json);
        assertFalse(json.contains("2026-11-03T09:30"), "no read time in the body (it would defeat the ETag)");
    }

    @Test
    void the_months_meetings_are_counts_by_kind_and_the_next_meetings_day_without_a_name() {
        BoardSnapshot b = full();
        MeetingBoard.MonthOfMeetings month = new MeetingBoard.MonthOfMeetings(YearMonth.of(2026, 12), List.of(
                new MeetingBoard.BranchMonth("中心党支部", List.of(new MeetingBoard.KindCount("支部党员大会", 1),
                        new MeetingBoard.KindCount("党课", 1), new MeetingBoard.KindCount("主题党日", 1)), null),
                new MeetingBoard.BranchMonth("第一联合党支部", List.of(), new MeetingBoard.NextMeeting("主题党日",
                        LocalDateTime.of(2026, 12, 14, 15, 0)))));
        BoardSnapshot withMeetings = new BoardSnapshot(b.honours(), b.stars(), b.contests(), b.satisfaction(), b.network(), null,
                month, b.readAt());
        DisplayFeed f = FeedAssembler.assemble(screen(NameDisplay.SURNAME), withMeetings);
        assertEquals(List.of("honours", "stars", "contests", "meetings"), f.boards());
        assertTrue(FeedAssembler.hasContent(Panel.PARTY_LIFE, f));
        assertEquals("2026年12月", f.partyLife().month());
        assertEquals(3, f.partyLife().branches().get(0).total());
        assertEquals(0, f.partyLife().branches().get(1).total());
        String json = FeedJson.write(f);
        assertTrue(json.endsWith(",\"partyLife\":{\"month\":\"2026年12月\",\"branches\":[{\"branch\":\"中心党支部\",\"total\":3,"
                + "\"held\":[{\"kind\":\"支部党员大会\",\"count\":1},{\"kind\":\"党课\",\"count\":1},{\"kind\":\"主题党日\",\"count\":1}],"
                + "\"nextKind\":null,\"nextAt\":null},{\"branch\":\"第一联合党支部\",\"total\":0,\"held\":[],"
                + "\"nextKind\":\"主题党日\",\"nextAt\":\"12月14日 15:00\"}]}}"), json);
        // without the meetings module: no part, the panel shows 暂无
        DisplayFeed bare = FeedAssembler.assemble(screen(NameDisplay.FULL), b);
        assertNull(bare.partyLife());
        assertFalse(FeedAssembler.hasContent(Panel.PARTY_LIFE, bare));
        assertTrue(FeedJson.write(bare).endsWith(",\"partyLife\":null}"));
    }

    @Test
    void a_change_gives_a_new_etag() {
        String before = FeedJson.write(FeedAssembler.assemble(screen(NameDisplay.FULL), full()));
        BoardSnapshot b = full();
        BoardSnapshot.HonourPart h = b.honours();
        BoardSnapshot changed = new BoardSnapshot(new BoardSnapshot.HonourPart(new HonourBoard.FlagHolder(OCT, 6, "A06", "出入境",
                "县公安局", 1, 1), h.modelPosts(), h.exemplars(), h.notices()), b.stars(), b.contests(), b.satisfaction(), b.network(), b.readAt());
        String after = FeedJson.write(FeedAssembler.assemble(screen(NameDisplay.FULL), changed));
        assertFalse(ETags.of(before).equals(ETags.of(after)));
    }

    @Test
    void screen_forms_are_checked_field_by_field() {
        ScreenForm ok = new ScreenForm(" 大厅 ", "一楼", List.of(Panel.FLAG, Panel.FLAG), 15, ScreenTheme.RED, NameDisplay.FULL);
        assertEquals("大厅", ok.validate().name());
        assertEquals(List.of(Panel.FLAG), ok.validate().panels());
        record Case(ScreenForm form, String field) {
        }
        for (Case c : List.of(
                new Case(new ScreenForm("", "一楼", List.of(Panel.FLAG), 15, ScreenTheme.RED, NameDisplay.FULL), "name"),
                new Case(new ScreenForm("大厅", " ", List.of(Panel.FLAG), 15, ScreenTheme.RED, NameDisplay.FULL), "place"),
                new Case(new ScreenForm("大厅", "一楼", List.of(), 15, ScreenTheme.RED, NameDisplay.FULL), "panels"),
                new Case(new ScreenForm("大厅", "一楼", List.of(Panel.FLAG), 3, ScreenTheme.RED, NameDisplay.FULL), "secondsPerPanel"),
                new Case(new ScreenForm("大厅", "一楼", List.of(Panel.FLAG), null, ScreenTheme.RED, NameDisplay.FULL), "secondsPerPanel"),
                new Case(new ScreenForm("大厅", "一楼", List.of(Panel.FLAG), 15, null, NameDisplay.FULL), "theme"),
                new Case(new ScreenForm("大厅", "一楼", List.of(Panel.FLAG), 15, ScreenTheme.DARK, null), "nameDisplay"))) {
            cn.fuwukuaiche.base.control.BusinessException e = org.junit.jupiter.api.Assertions.assertThrows(
                    cn.fuwukuaiche.base.control.BusinessException.class, () -> c.form().validate());
            assertEquals(c.field(), e.field(), e.getMessage());
        }
    }
}
