package cn.fuwukuaiche.org.control;

import cn.fuwukuaiche.security.control.ScopeChoices;
import cn.fuwukuaiche.security.control.ScopeDirectory.Choice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The organisation's part of the account scopes: active branches and windows (see {@link ScopeChoices}). */
@ApplicationScoped
public class OrgScopeProvider implements ScopeChoices {

    @Inject
    OrgDirectory org;

    @Override
    public List<Choice> branches() {
        return org.branches().stream().map(b -> new Choice(b.getId(), b.getName())).toList();
    }

    @Override
    public List<Choice> windows() {
        return org.windows().stream()
                .map(w -> new Choice(w.getId(), w.getWindowNo() + " " + w.getName() + "（" + w.getUnit().displayName() + "）"))
                .toList();
    }
}
