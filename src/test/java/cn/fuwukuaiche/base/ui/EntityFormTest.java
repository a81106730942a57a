package cn.fuwukuaiche.base.ui;

import cn.fuwukuaiche.base.control.BusinessException;
import cn.fuwukuaiche.base.i18n.Messages;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service's refusal lands beside the field it names, stays until the user changes the value, and keeps the input. */
class EntityFormTest {

    private final EntityForm form = new EntityForm();
    private final TextField name = form.field("name", new TextField("名称"));
    private final IntegerField days = form.field("days", new IntegerField("天数"));

    @Test
    void aRefusalNamingAFieldStandsBesideItAndKeepsTheInput() {
        name.setValue("东坡村");
        boolean saved = form.save(() -> {
            throw new BusinessException("name", "名称已存在");
        });
        assertFalse(saved, "the dialog stays open");
        assertTrue(name.isInvalid());
        assertEquals("名称已存在", name.getErrorMessage());
        assertEquals("东坡村", name.getValue());
        assertFalse(days.isInvalid());
    }

    @Test
    void theMessageGoesWhenTheUserChangesTheValue() {
        days.setValue(0);
        form.problem(new BusinessException("days", "天数须为 1 到 60"));
        assertTrue(days.isInvalid());
        days.setValue(5);
        assertFalse(days.isInvalid());
    }

    @Test
    void theMessageStaysThroughAnyRecheckWhileTheValueIsUnchanged() {
        name.setValue("重名");
        form.problem(new BusinessException("name", "名称已存在"));
        assertFalse(form.binder().validate().isOk());
        assertEquals("名称已存在", name.getErrorMessage());
    }

    @Test
    void aRefusalAboutAMarkedComponentStandsOnItUntilTheNextSave() {
        TextField upload = form.mark("evidence", new TextField("佐证材料"));
        assertEquals(null, form.problem(new BusinessException("evidence", "请上传整改佐证材料")));
        assertTrue(upload.isInvalid());
        assertEquals("请上传整改佐证材料", upload.getErrorMessage());
        assertTrue(form.save(() -> {
        }));
        assertFalse(upload.isInvalid());
    }

    @Test
    void aRefusalWithoutAKnownFieldIsANotification() {
        assertEquals("不在您的范围内", form.problem(new BusinessException("scope", "不在您的范围内")));
        assertEquals("无权限", form.problem(new BusinessException("无权限")));
        assertFalse(name.isInvalid());
    }

    @Test
    void aStaleSaveSaysSomeoneElseChangedIt() {
        name.setValue("我的输入");
        String notice = form.problem(new RuntimeException(new OptimisticLockException("stale")));
        assertEquals(Messages.t("error.concurrent"), notice);
        assertEquals("我的输入", name.getValue());
    }

    @Test
    void aSaveThatGoesThroughSaysSo() {
        boolean[] asked = {false};
        assertTrue(form.save(() -> asked[0] = true));
        assertTrue(asked[0]);
    }
}
