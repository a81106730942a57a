package cn.fuwukuaiche.partylife.pipeline.ui;

import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.partylife.pipeline.control.PipelineFileService;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;

/** 我的发展进程: a person's own stage, what is next and its clock; nothing of the file (no papers, no reviews). */
@Dependent
@Route("party-life/my-pipeline")
@Menu(title = "partylife.pipeline.menuMine", order = 71, icon = "vaadin:road")
@PermitAll
public class MyPipelineView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public MyPipelineView(PipelineFileService files) {
        addClassName("my-pipeline-view");
        add(new H2(getTranslation("partylife.pipeline.mine")));
        files.mine().ifPresentOrElse(m -> {
            Span stage = new Span(m.stage().label());
            stage.setId("my-stage");
            stage.getElement().getThemeList().add("badge");
            add(new Paragraph(getTranslation("partylife.pipeline.mineFacts", m.branch(), Times.format(m.appliedOn()))), stage);
            Paragraph next = new Paragraph(m.next().isEmpty() ? getTranslation("partylife.pipeline.mineNothing")
                    : getTranslation("partylife.pipeline.mineNext", String.join("、", m.next())));
            next.setId("my-next");
            add(next);
            if (m.due() != null) {
                add(Lights.badge(m.clock(), m.due(), m.light()));
            }
            if (m.probationEndsOn() != null) {
                add(new Paragraph(getTranslation("partylife.pipeline.probationEnds", Times.format(m.probationEndsOn()))));
            }
        }, () -> {
            Paragraph none = new Paragraph(getTranslation("partylife.pipeline.mineNone"));
            none.setId("my-none");
            add(none);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partylife.pipeline.mine");
    }
}
