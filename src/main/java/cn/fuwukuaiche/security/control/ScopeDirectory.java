package cn.fuwukuaiche.security.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The choices for an account's scope (branch, window, service node), as id and label, for the user
 * admin form. The organisation and network modules fill these as their tables appear.
 */
@ApplicationScoped
public class ScopeDirectory {

    public record Choice(Long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public List<Choice> branches() {
        return List.of();
    }

    public List<Choice> windows() {
        return List.of();
    }

    public List<Choice> nodes() {
        return List.of();
    }
}
