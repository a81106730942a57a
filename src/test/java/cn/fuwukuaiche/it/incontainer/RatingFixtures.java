package cn.fuwukuaiche.it.incontainer;

import cn.fuwukuaiche.evaluation.control.RectificationOpener;
import cn.fuwukuaiche.base.rating.RatingLevel;
import cn.fuwukuaiche.evaluation.entity.Rating;
import cn.fuwukuaiche.evaluation.entity.RatingAppeal;
import cn.fuwukuaiche.evaluation.entity.RatingChannel;
import cn.fuwukuaiche.evaluation.entity.Rectification;
import cn.fuwukuaiche.base.time.Times;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test deployment only: a 差评 with its rectification (and, if asked, a pending appeal) on a given window,
 * made directly so in-container tests need neither a device key nor the rate limiter.
 */
@Stateless
@PermitAll
public class RatingFixtures {

    @PersistenceContext(properties = @jakarta.persistence.PersistenceProperty(name = "fwkc.hall", value = "1")) // the demo county (issue 23)
    EntityManager em;

    @Inject
    RectificationOpener opener;

    public record Made(long ratingId, long rectificationId, Long appealId) {
    }

    public Made badRating(String windowNo, String comment, boolean withPendingAppeal) {
        ServiceWindow w = em.createNamedQuery(ServiceWindow.BY_NO, ServiceWindow.class).setParameter("windowNo", windowNo).getSingleResult();
        Rating r = new Rating(w, null, RatingLevel.DISSATISFIED, RatingChannel.ONLINE, Times.now());
        r.setComment(comment);
        em.persist(r);
        em.flush();
        Rectification rect = opener.open(r);
        em.flush();
        Long appealId = null;
        if (withPendingAppeal) {
            RatingAppeal a = new RatingAppeal(r, "评价人回访时表示误按按键", "staff");
            em.persist(a);
            em.flush();
            appealId = a.getId();
        }
        return new Made(r.getId(), rect.getId(), appealId);
    }
}
