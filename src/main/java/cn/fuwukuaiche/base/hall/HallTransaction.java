package cn.fuwukuaiche.base.hall;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.util.concurrent.Callable;

/** A new transaction for {@link HallScope}: {@link HallBoundary} gives it the forced hall before any work in it. */
@Stateless
public class HallTransaction {

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
