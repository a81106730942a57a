package cn.fuwukuaiche.security.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RolelessSessionFilterTest {

    @ParameterizedTest(name = "caller {0}, signed in {1}, a role {2} → ends {3}")
    @CsvSource(delimiter = '|', value = {
            // no caller: nothing to end
            "false | here    | false | false",
            "false | none    | false | false",
            // signed in on this node run: never ended, even when the container answers no for every role
            "true  | here    | false | false",
            "true  | here    | true  | false",
            // a session from another node (or one signed in before this node started): ended only without roles
            "true  | other   | false | true",
            "true  | other   | true  | false",
            "true  | none    | false | true",
            "true  | none    | true  | false",
    })
    void only_a_roleless_session_signed_in_elsewhere_is_ended(boolean caller, String signedIn, boolean anyRole, boolean ends) {
        Object signedInOn = switch (signedIn) {
            case "here" -> RolelessSessionFilter.NODE_RUN;
            case "other" -> "4f1c0d2e-another-node";
            default -> null;
        };
        assertEquals(ends, RolelessSessionFilter.ends(caller, signedInOn, anyRole));
    }
}
