package cn.fuwukuaiche.base.ui;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * vaadin-cdi 15.0.x looks the menu access control up as a CDI bean and has no fallback for the
 * interface, so the default implementation is offered as one; the menu then filters entries by the
 * routes' access annotations.
 */
@ApplicationScoped
public class AppMenuAccessControl extends DefaultMenuAccessControl {
}
