package cn.fuwukuaiche.partylife.pipeline.control;

import cn.fuwukuaiche.calendar.WorkCalendar;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import cn.fuwukuaiche.partylife.pipeline.entity.MembershipApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The settings of 发展党员 ({@code app.partylife.pipeline.*}, defaults in {@link PipelineSettings#DEFAULTS}) and the work calendar. */
@ApplicationScoped
public class PipelineConfig {

    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.talk-months", defaultValue = "1")
    int talkMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.review-months", defaultValue = "6")
    int reviewMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.candidate-after-months", defaultValue = "12")
    int candidateAfterMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.notice-working-days", defaultValue = "5")
    int noticeWorkingDays;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.approval-months", defaultValue = "3")
    int approvalMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.probation-months", defaultValue = "12")
    int probationMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.probation-review-months", defaultValue = "3")
    int probationReviewMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.request-days-before", defaultValue = "30")
    int requestDaysBefore;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.full-vote-months", defaultValue = "1")
    int fullVoteMonths;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.training-days", defaultValue = "3")
    int trainingDays;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.training-hours", defaultValue = "24")
    int trainingHours;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.min-age", defaultValue = "18")
    int minAge;
    @Inject
    @ConfigProperty(name = "app.partylife.pipeline.yellow-working-days", defaultValue = "10")
    int yellowWorkingDays;

    @Inject
    WorkCalendarProvider calendars;

    public PipelineSettings settings() {
        return new PipelineSettings(talkMonths, reviewMonths, candidateAfterMonths, noticeWorkingDays, approvalMonths, probationMonths,
                probationReviewMonths, requestDaysBefore, fullVoteMonths, trainingDays, trainingHours, minAge, yellowWorkingDays);
    }

    public WorkCalendar calendar() {
        return calendars.current();
    }

    /** What the rules know of an application. */
    public static PipelineRules.Facts facts(MembershipApplication a) {
        return new PipelineRules.Facts(a.getStage(), a.getAppliedOn(), a.getTalkedOn(), a.getActivistOn(), a.getCandidateOn(),
                a.getLastReviewOn(), a.getPoliticalCheckOn(), a.getTrainedOn(), a.getPreReviewedOn(), a.getNoticeState(),
                a.getPledgeFormOn(), a.getAdmitVoteOn(), a.getHigherTalkOn(), a.getApprovedOn(), a.getProbationEndsOn(),
                a.getExtensionMonths() > 0, a.getFullRequestOn(), a.getFullVoteOn(), a.getLastStepOn());
    }
}
