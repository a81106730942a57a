package cn.fuwukuaiche.it;

import cn.fuwukuaiche.audit.entity.AuditAction;
import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.hall.HallContext;
import cn.fuwukuaiche.base.hall.HallScope;
import cn.fuwukuaiche.evaluation.control.DeviceKeyCheck;
import cn.fuwukuaiche.evaluation.control.RatingRefusedException;
import cn.fuwukuaiche.org.control.StaffService;
import cn.fuwukuaiche.org.control.UnitService;
import cn.fuwukuaiche.org.control.WindowService;
import cn.fuwukuaiche.org.entity.Floor;
import cn.fuwukuaiche.org.entity.Gender;
import cn.fuwukuaiche.org.entity.Hall;
import cn.fuwukuaiche.org.entity.PoliticalStatus;
import cn.fuwukuaiche.org.entity.ServiceWindow;
import cn.fuwukuaiche.org.entity.Staff;
import cn.fuwukuaiche.security.control.UserService;
import cn.fuwukuaiche.security.entity.UserAccount;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hall as the boundary (issue 23), in the container: a second hall with its own floor, unit, window and person,
 * made through the services for that hall; the demo county's admin then finds none of them — not in the lists, not by
 * id — and the second hall finds none of the demo county's. A transaction with no hall reads nothing hall-owned.
 * Part of {@link ServicesIT}.
 */
abstract class HallServicesIT extends SupervisionServicesIT {

    @Inject
    UnitService unitService;

    @Inject
    WindowService windows;

    @Inject
    StaffService people;

    @Inject
    UserService users;

    @Inject
    DeviceKeyCheck keys;

    /** No hall property: only what HallBoundary or a test sets. */
    @PersistenceContext
    EntityManager bare;

    private record SecondHall(long hall, long window, long staff) {
    }

    private static SecondHall made;

    /** One second hall per deployment, made by the admin through the services, for that hall. */
    private SecondHall secondHall() {
        if (made == null) {
            made = makeSecondHall();
        }
        return made;
    }

    private SecondHall makeSecondHall() {
        long hall = HallScope.call(HallContext.NO_HALL, () -> {
            Hall h = new Hall("hall-it-" + System.nanoTime() % 100000, "第二政务服务中心", "第二县", null);
            em.persist(h);
            em.flush();
            return h.getId();
        });
        long floor = HallScope.call(hall, () -> {
            Hall h = em.find(Hall.class, hall);
            Floor f = new Floor(h, 1, "一楼");
            em.persist(f);
            em.flush();
            return f.getId();
        });
        return HallScope.call(hall, () -> {
            long unit = unitService.saveUnit(null, 0, new UnitService.UnitForm("第二县社保局", "社保", null, 1, true), null).getId();
            ServiceWindow w = windows.saveWindow(null, 0, new WindowService.WindowForm("Z91", "第二县社保窗口", unit, floor, null,
                    null, true), null);
            Staff s = people.createStaff(new StaffService.StaffForm("Z9100", "第二县员工", Gender.FEMALE, PoliticalStatus.MASSES,
                    unit, w.getId(), null, null, null, null, null, null, true));
            return new SecondHall(hall, w.getId(), s.getId());
        });
    }

    /** Refused cross-hall lookups of {@code entity} (of one id, or any) audited in {@code hall}. */
    private long refusals(String entity, Long id, long hall) {
        return read(() -> em.createQuery("select count(a) from AuditEntry a where a.action = :r and a.entityType = :t "
                        + "and a.hallId = :h" + (id == null ? "" : " and a.entityId = :id"), Long.class)
                .setParameter("r", AuditAction.REFUSED.name()).setParameter("t", entity).setParameter("h", hall)
                .setParameter(id == null ? "t" : "id", id == null ? entity : String.valueOf(id)).getSingleResult());
    }

    private long demoHall() {
        return read(() -> em.createQuery("select h.id from Hall h where h.code = 'qingshan'", Long.class).getSingleResult());
    }

    @Test
    void a_halls_records_are_not_found_from_another_hall_and_the_other_way_round() throws Exception {
        SecondHall second = signIn.as("admin", this::secondHall);

        // the demo county's admin: the second hall's window and person are in no list and not found by id
        signIn.as("admin", () -> {
            List<ServiceWindow> mine = windows.findWindows(new WindowService.WindowFilter(null, null, null, null, true));
            assertTrue(mine.size() >= 30, "the demo county's windows: " + mine.size());
            assertTrue(mine.stream().noneMatch(w -> w.getId() == second.window()), "another hall's window in the list");
            assertTrue(people.findStaff(StaffService.StaffFilter.all()).stream().noneMatch(s -> s.getId() == second.staff()));
            BusinessException none = assertThrows(BusinessException.class, () -> people.staff(second.staff()));
            assertEquals("该人员不存在", none.getMessage());
        });
        // the refusal is in the demo county's audit, naming the record and the hall it belongs to
        assertEquals(1L, refusals("Staff", second.staff(), demoHall()), "refused and audited");
        assertTrue(read(() -> em.createQuery("select a.summary from AuditEntry a where a.action = :r and a.entityId = :id",
                        String.class).setParameter("r", AuditAction.REFUSED.name()).setParameter("id", String.valueOf(second.staff()))
                .getResultList()).stream().allMatch(t -> t.contains("另一中心")));
        assertNull(read(() -> em.find(Staff.class, second.staff())), "found by id from the demo county's hall");
        assertNull(read(() -> em.find(ServiceWindow.class, second.window())));

        // the second hall sees its own window and person only
        signIn.as("admin", () -> HallScope.run(second.hall(), () -> {
            List<ServiceWindow> its = windows.findWindows(new WindowService.WindowFilter(null, null, null, null, true));
            assertEquals(List.of(second.window()), its.stream().map(ServiceWindow::getId).toList());
            assertEquals(List.of(second.staff()), people.findStaff(StaffService.StaffFilter.all()).stream().map(Staff::getId).toList());
            assertEquals(0L, em.createQuery("select count(r) from Rating r", Long.class).getSingleResult());
            // accounts are not hall-owned entities, but the user admin lists its own hall's only
            assertTrue(users.list().isEmpty(), "the second hall has no accounts yet");
        }));
        signIn.as("admin", () -> assertTrue(users.list().stream().map(UserAccount::getUsername).toList().contains("leader")));
    }

    /**
     * Every hall-owned entity, the way every list and by-id page reaches it (JPA): from the demo hall 白水县, no record of
     * the demo county is found by its id, and each entity's list holds exactly 白水县's own rows — as many as the
     * database has with its hall_id. Each refused find is audited in 白水县.
     */
    @Test
    void no_entity_of_the_demo_county_is_found_or_listed_from_another_hall() {
        long baishui = read(() -> em.createQuery("select h.id from Hall h where h.code = 'baishui'", Long.class).getSingleResult());
        var descriptors = read(() -> new java.util.ArrayList<>(containerEm.unwrap(org.eclipse.persistence.sessions.Session.class)
                .getDescriptors().values()));
        List<String> checked = new java.util.ArrayList<>();
        long refusedBefore = read(() -> em.createQuery("select count(a) from AuditEntry a where a.action = 'REFUSED' and a.hallId = :h",
                Long.class).setParameter("h", baishui).getSingleResult());
        for (var d : descriptors) {
            if (!d.hasMultitenantPolicy() || d.isAggregateDescriptor() || d.getTables().isEmpty()) {
                continue;
            }
            String table = d.getTables().get(0).getName().toLowerCase();
            Class<?> type = d.getJavaClass();
            String entity = d.getAlias();
            Number demoId = (Number) read(() -> em.createNativeQuery("select min(id) from " + table + " where hall_id = " + DEMO_HALL)
                    .getSingleResult());
            long own = ((Number) read(() -> em.createNativeQuery("select count(*) from " + table + " where hall_id = " + baishui)
                    .getSingleResult())).longValue();
            HallScope.run(baishui, () -> {
                if (demoId != null) {
                    assertNull(em.find(type, demoId.longValue()), entity + " " + demoId + " of the demo county found from 白水县");
                }
                assertEquals(own, em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult(),
                        entity + ": 白水县's list holds its own rows only");
            });
            if (demoId != null) {
                checked.add(entity);
            }
        }
        assertTrue(checked.size() >= 40, "entities with demo county rows looked up from 白水县: " + checked);
        long refused = read(() -> em.createQuery("select count(a) from AuditEntry a where a.action = 'REFUSED' and a.hallId = :h",
                Long.class).setParameter("h", baishui).getSingleResult());
        assertEquals(refusedBefore + checked.size(), refused, "each refused find audited in 白水县");
    }

    @Test
    void a_device_key_of_one_hall_is_unknown_at_another_halls_address() throws Exception {
        SecondHall second = signIn.as("admin", this::secondHall);
        assertEquals("A01", keys.check("demo-pad-A01").windowNo()); // the demo county's pad, at its own hall
        long before = refusals("RatingDeviceKey", null, second.hall());
        HallScope.run(second.hall(), () -> assertThrows(RatingRefusedException.class, () -> keys.check("demo-pad-A01")));
        assertEquals(before + 1, refusals("RatingDeviceKey", null, second.hall()), "the foreign key's use is audited at that hall");
        HallScope.run(second.hall(), () -> assertThrows(RatingRefusedException.class, () -> keys.check("demo-pad-A01")));
        assertEquals(before + 1, refusals("RatingDeviceKey", null, second.hall()), "once a minute per key, not per request");
    }

    @Test
    void an_account_of_no_hall_finds_nothing_hall_owned_and_a_transaction_of_no_hall_is_refused() throws Exception {
        signIn.as("admin", () -> HallScope.run(HallContext.NO_HALL, () -> {
            assertEquals(List.of(), windows.findWindows(new WindowService.WindowFilter(null, null, null, null, true)));
            assertEquals(0L, em.createQuery("select count(s) from Staff s", Long.class).getSingleResult());
        }));
        // no hall at all: EclipseLink refuses the query rather than return every hall's rows
        tx.begin();
        try {
            assertThrows(RuntimeException.class, () -> bare.createQuery("select w from ServiceWindow w", ServiceWindow.class)
                    .getResultList());
        } finally {
            tx.rollback();
        }
    }
}
