package cn.fuwukuaiche.base.demo;

/**
 * One feature's part of the demo county. Each feature adds its own seeder bean; the loader runs them
 * once, on the first start with {@code app.demo=true}, in {@link #order()}, in one transaction.
 * Orders: 0 accounts, 100 organisation, 150 calendar, 200 evaluation, 300 honours, 400 contests,
 * 500 network, 600 display.
 */
public interface DemoSeeder {

    int order();

    void seed(DemoContext context);
}
