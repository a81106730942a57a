package cn.fuwukuaiche.evaluation.control.assessment;

import cn.fuwukuaiche.evaluation.entity.AssessmentStatus;
import cn.fuwukuaiche.security.entity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Scopes: STAFF their own window, SECRETARY their branch, LEADER and ADMIN everything — and which buttons
 * that gives on a sheet in each status. The sheet belongs to window 5 of branch 1.
 */
class AssessmentScopeTest {

    static AssessmentScope caller(String who) {
        return switch (who) {
            case "staff@5" -> new AssessmentScope("staff", Set.of(Role.STAFF), null, 5L);
            case "staff@9" -> new AssessmentScope("staff2", Set.of(Role.STAFF), null, 9L);
            case "secretary@1" -> new AssessmentScope("secretary", Set.of(Role.SECRETARY), 1L, null);
            case "secretary@2" -> new AssessmentScope("secretary2", Set.of(Role.SECRETARY), 2L, null);
            case "leader" -> new AssessmentScope("leader", Set.of(Role.LEADER), null, null);
            case "admin" -> new AssessmentScope("admin", Set.of(Role.ADMIN), null, null);
            case "agent" -> new AssessmentScope("agent", Set.of(Role.AGENT), null, null);
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} on a {1} sheet: see={2}, buttons={3}")
    @CsvSource(delimiter = '|', value = {
            // caller    | status    | may see | buttons
            "staff@5     | DRAFT     | true    | EDIT SUBMIT",
            "staff@5     | RETURNED  | true    | EDIT SUBMIT",
            "staff@5     | SUBMITTED | true    | ''",
            "staff@5     | CONFIRMED | true    | ''",
            "staff@9     | DRAFT     | false   | ''",
            "secretary@1 | SUBMITTED | true    | APPROVE RETURN",
            "secretary@1 | APPROVED  | true    | RETURN",
            "secretary@1 | DRAFT     | true    | ''",
            "secretary@2 | SUBMITTED | false   | ''",
            "leader      | SUBMITTED | true    | APPROVE RETURN",
            "leader      | CONFIRMED | true    | CORRECT",
            "admin       | SUBMITTED | true    | ''",
            "admin       | CONFIRMED | true    | ''",
            "agent       | SUBMITTED | false   | ''",
    })
    void each_role_sees_and_acts_within_its_scope(String who, AssessmentStatus status, boolean see, String buttons) {
        AssessmentScope s = caller(who.strip());
        assertEquals(see, s.canSee(1L, 5));
        Set<String> actual = new TreeSet<>();
        s.actions(status, 1L, 5).forEach(a -> actual.add(a.name()));
        Set<String> expected = new TreeSet<>();
        if (!buttons.isBlank()) {
            expected.addAll(Set.of(buttons.trim().split("\\s+")));
        }
        assertEquals(expected, actual);
    }
}
