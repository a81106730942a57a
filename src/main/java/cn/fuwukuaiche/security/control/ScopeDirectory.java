package cn.fuwukuaiche.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.function.Function;

/**
 * The choices for an account's scope (branch, window, service node), as id and label, for the user
 * admin form. The areas that own them answer through {@link ScopeChoices} (org: branches and windows,
 * network: nodes); an area that is not deployed leaves its list empty.
 */
@ApplicationScoped
public class ScopeDirectory {

    @Inject
    @Any
    Instance<ScopeChoices> owners;

    public record Choice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public List<Choice> branches() {
        return all(ScopeChoices::branches);
    }

    public List<Choice> windows() {
        return all(ScopeChoices::windows);
    }

    public List<Choice> nodes() {
        return all(ScopeChoices::nodes);
    }

    private List<Choice> all(Function<ScopeChoices, List<Choice>> kind) {
        return owners.stream().flatMap(o -> kind.apply(o).stream()).toList();
    }
}
