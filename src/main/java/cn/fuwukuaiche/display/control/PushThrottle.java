package cn.fuwukuaiche.display.control;

/**
 * When to tell the screens about new ratings: at once after a quiet spell, and at most once per {@code windowMillis}
 * while ratings keep coming (many a minute in a busy hall; hundreds a second through the API under load). The one
 * push at the end of a busy window carries every rating committed before it, because the screens read the board
 * anew. Plain Java, no clock of its own: the caller passes the times (table-tested in {@code PushThrottleTest}).
 */
public final class PushThrottle {

    /** Nothing to schedule: a push is already on its way and will include this rating. */
    public static final long ALREADY_SCHEDULED = -1;

    private final long windowMillis;
    private long lastPushAt = Long.MIN_VALUE / 2;
    private boolean scheduled;

    public PushThrottle(long windowMillis) {
        if (windowMillis < 0) {
            throw new IllegalArgumentException("windowMillis < 0");
        }
        this.windowMillis = windowMillis;
    }

    /**
     * A rating has committed at {@code nowMillis}: how long to wait before pushing (0 = now), or
     * {@link #ALREADY_SCHEDULED} when a push is pending anyway.
     */
    public synchronized long recorded(long nowMillis) {
        if (scheduled) {
            return ALREADY_SCHEDULED;
        }
        scheduled = true;
        return Math.max(0, lastPushAt + windowMillis - nowMillis);
    }

    /** The scheduled push starts at {@code nowMillis}: ratings from now on need a push of their own. */
    public synchronized void pushing(long nowMillis) {
        scheduled = false;
        lastPushAt = nowMillis;
    }
}
