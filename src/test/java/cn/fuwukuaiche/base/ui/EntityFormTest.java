package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service's refusal lands beside the field it names, stays until the user changes the value, and keeps the input. */
class EntityFormTest {

    private final EntityForm form = new EntityForm();
    private final TextField name = form.field("name", new TextField("名称"));
    private final IntegerField days = form.field("days", new IntegerField("天数"));

    @Test
    void aRefusalNamingAFieldStandsBesideItAndKeepsTheInput() {
        name.setValue("东坡村");
        String notice = form.attempt(() -> {
            throw new BusinessException("name", "名称已存在");
        });
        assertNull(notice, "shown beside the field, not as a notification");
        assertTrue(name.isInvalid());
        assertEquals("名称已存在", name.getErrorMessage());
        assertEquals("东坡村", name.getValue());
        assertFalse(days.isInvalid());
    }

    @Test
    void theMessageGoesWhenTheUserChangesTheValue() {
        days.setValue(0);
        form.attempt(() -> {
            throw new BusinessException("days", "天数须为 1 到 60");
        });
        assertTrue(days.isInvalid());
        days.setValue(5);
        assertFalse(days.isInvalid());
    }

    @Test
    void aSaveWithTheRefusedValueUnchangedIsStoppedBeforeTheService() {
        name.setValue("重名");
        form.attempt(() -> {
            throw new BusinessException("name", "名称已存在");
        });
        assertFalse(form.binder().validate().isOk(), "the same value is refused again without asking the service");
    }

    @Test
    void aRefusalWithoutAKnownFieldIsANotification() {
        assertEquals("不在您的范围内", form.attempt(() -> {
            throw new BusinessException("scope", "不在您的范围内");
        }));
        assertEquals("无权限", form.attempt(() -> {
            throw new BusinessException("无权限");
        }));
        assertFalse(name.isInvalid());
    }

    @Test
    void aStaleSaveSaysSomeoneElseChangedIt() {
        name.setValue("我的输入");
        String notice = form.attempt(() -> {
            throw new RuntimeException(new OptimisticLockException("stale"));
        });
        assertEquals(Messages.t("error.concurrent"), notice);
        assertEquals("我的输入", name.getValue());
    }

    @Test
    void aSaveThatGoesThroughShowsNothing() {
        assertNull(form.attempt(() -> {
        }));
    }
}
