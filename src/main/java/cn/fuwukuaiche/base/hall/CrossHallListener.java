package cn.fuwukuaiche.base.hall;

import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.queries.ReadObjectQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * EclipseLink's session listener (persistence.xml, {@code eclipselink.session-event-listener}): a find by id of a
 * hall-owned entity that came back empty is handed to {@link CrossHallRefusal}, which audits it when the id is another
 * hall's. One place for every by-id page, service call and API body, as the boundary itself is one place. The
 * refusal itself is EclipseLink's (the row is not found); this only records it, and never fails the caller.
 */
public class CrossHallListener extends SessionEventAdapter {

    private static final Logger LOG = Logger.getLogger(CrossHallListener.class.getName());

    @Override
    public void postExecuteQuery(SessionEvent event) {
        DatabaseQuery query = event.getQuery();
        if (!(query instanceof ReadObjectQuery read) || event.getResult() != null || read.getSelectionId() == null) {
            return;
        }
        ClassDescriptor descriptor = query.getDescriptor();
        if (descriptor == null || !descriptor.hasMultitenantPolicy() || descriptor.getTables().isEmpty()) {
            return;
        }
        Object hall = event.getSession().getProperty(HallContext.PROPERTY);
        if (hall == null) {
            return;
        }
        try {
            CDI.current().select(CrossHallRefusal.class).get().lookedUp(descriptor.getJavaClass().getSimpleName(),
                    descriptor.getTables().get(0).getName(), "id", read.getSelectionId(), HallSql.value(hall));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cross-hall audit of " + descriptor.getJavaClass().getSimpleName() + " "
                    + read.getSelectionId() + " not written: " + e);
        }
    }
}
