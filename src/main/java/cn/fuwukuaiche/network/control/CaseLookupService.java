package cn.fuwukuaiche.network.control;

import cn.fuwukuaiche.base.hall.PageHall;
import cn.fuwukuaiche.calendar.DeadlineLight;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.network.entity.CaseStep;
import cn.fuwukuaiche.network.entity.CaseStepRecord;
import cn.fuwukuaiche.network.entity.ServiceCase;
import cn.fuwukuaiche.calendar.WorkCalendarProvider;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The public case lookup (办件查询): case number + query code show the status and the steps, and nothing
 * private (no applicant, no phone, no notes, no agent's name). A wrong number, a wrong code or both give
 * the same answer; every attempt counts against the caller's address.
 */
@Stateless
@PermitAll
public class CaseLookupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    LookupGuard guard;

    @Inject
    WorkCalendarProvider calendars;

    @Inject
    NetworkSettingsService settings;

    public enum Outcome { FOUND, NOT_FOUND, RATE_LIMITED }

    public record PublicStep(String step, String node, String toNode, LocalDateTime at) {
    }

    public record PublicCase(String caseNumber, String itemName, String stateLabel, String currentNode,
                             LocalDate acceptedOn, LocalDate deadline, DeadlineLight light, Boolean handledOnTime,
                             List<PublicStep> steps) {
    }

    public record LookupResult(Outcome outcome, PublicCase found, Instant retryAt) {
    }

    @PageHall
    public LookupResult lookup(String clientAddress, String caseNumber, String queryCode) {
        Optional<Instant> refused = guard.refusedUntil(clientAddress);
        if (refused.isPresent()) {
            return new LookupResult(Outcome.RATE_LIMITED, null, refused.get());
        }
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase();
        String code = queryCode == null ? "" : queryCode.strip();
        ServiceCase c = number.isEmpty() ? null : em.createQuery(
                        "select c from ServiceCase c where c.caseNumber = :n", ServiceCase.class)
                .setParameter("n", number).getResultStream().findFirst().orElse(null);
        // compare even when there is no case, so a wrong number costs as long as a wrong code
        String expected = c == null ? "no-such-case" : c.getQueryCode();
        boolean match = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), code.getBytes(StandardCharsets.UTF_8));
        if (c == null || !match) {
            return new LookupResult(Outcome.NOT_FOUND, null, null);
        }
        CaseService.CaseRow row = CaseService.row(c, Times.today(), settings.current().getCaseYellowDays(), calendars.current());
        List<PublicStep> steps = c.getSteps().stream().map(CaseLookupService::publicStep).toList();
        return new LookupResult(Outcome.FOUND, new PublicCase(c.getCaseNumber(), c.getItem().getName(), c.getState().label(),
                c.getCurrentNode().getName(), c.getAcceptedAt() == null ? null : c.getAcceptedAt().toLocalDate(),
                c.getDeadline(), row.light(), row.handledOnTime(), steps), null);
    }

    private static PublicStep publicStep(CaseStepRecord s) {
        String to = s.getStep() == CaseStep.HAND_UP || s.getStep() == CaseStep.RETURN
                ? s.getToNode() == null ? null : s.getToNode().getName() : null;
        return new PublicStep(s.getStep().label(), s.getNode().getName(), to, s.getOccurredAt());
    }
}
