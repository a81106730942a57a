package cn.fuwukuaiche.base.control;

import java.util.Arrays;
import java.util.List;

/**
 * Which address a request came from, for limits per client. The servlet's remote address is the truth unless
 * the operator says how many reverse proxies stand in front ({@code trustedProxies}, setting
 * {@code app.http.trusted-proxies}, default 0): then each trusted proxy appended the address it saw to
 * {@code X-Forwarded-For}, and the client is that many entries from the right. Entries further left were
 * written by the client itself and are never believed, so a forged header cannot buy a fresh allowance.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String resolve(String remoteAddress, String forwardedFor, int trustedProxies) {
        String remote = remoteAddress == null || remoteAddress.isBlank() ? "?" : remoteAddress.strip();
        if (trustedProxies <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (hops.isEmpty()) {
            return remote;
        }
        // the nearest proxy is the remote address itself; it appended the address it saw last
        int index = hops.size() - trustedProxies;
        return hops.get(Math.max(0, index));
    }
}
