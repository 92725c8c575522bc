package org.regionalhealth.reviewcenter.workbench;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a webhook may go (issue 15, docs/security.md §10): https only (unless switched off), no user info, and every
 * address the host resolves to public — not loopback, private (RFC 1918, IPv6 ULA), link-local (cloud metadata at
 * 169.254.169.254), CGNAT (100.64.0.0/10), unspecified, multicast, documentation, benchmark or reserved ranges,
 * including IPv4 hidden in IPv6 (mapped, NAT64, 6to4) — unless a configured allow-list entry (host name, address or
 * CIDR block) names it. Checked when a subscription is made and again before every delivery, so a name that later
 * resolves inward (DNS rebinding) is refused then; the JVM's address cache (30 s) means the connection that follows
 * the check uses the addresses just checked.
 */
final class WebhookTargets {

    /** How a host name becomes addresses; a test passes its own. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private record Block(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }

    /** Ranges that are not public beyond what {@link InetAddress} itself classifies (RFC 6890 and successors). */
    private static final List<Block> NOT_PUBLIC = List.of(
            block("0.0.0.0/8"),
            block("100.64.0.0/10"),
            block("192.0.0.0/24"),
            block("192.0.2.0/24"),
            block("198.18.0.0/15"),
            block("198.51.100.0/24"),
            block("203.0.113.0/24"),
            block("240.0.0.0/4"),
            block("::/96"),
            block("100::/64"),
            block("2001::/23"),
            block("2001:db8::/32"),
            block("fc00::/7"),
            block("fec0::/10"));

    private final boolean httpsOnly;
    private final List<Block> allowedBlocks = new ArrayList<>();
    private final List<String> allowedHosts = new ArrayList<>();
    private final Resolver resolver;

    WebhookTargets(boolean httpsOnly, List<String> allowed, Resolver resolver) {
        this.httpsOnly = httpsOnly;
        this.resolver = resolver;
        for (String entry : allowed) {
            String e = entry.trim().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) {
                continue;
            }
            if (e.contains("/") || Character.digit(e.charAt(0), 16) >= 0 && (e.contains(":") || e.matches("[0-9.]+"))) {
                allowedBlocks.add(block(e.contains("/") ? e : e + (e.contains(":") ? "/128" : "/32")));
            } else {
                allowedHosts.add(e);
            }
        }
    }

    /** Why {@code url} may not receive webhooks (a Chinese sentence), or null when it may. */
    String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            return "回调地址不是有效的 URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && (httpsOnly || !scheme.equals("http"))) {
            return httpsOnly ? "回调地址须为 https URL" : "回调地址须为 http(s) URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "回调地址缺少主机名";
        }
        if (uri.getRawUserInfo() != null) {
            return "回调地址不得含用户名或密码";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (allowedHosts.contains(host)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return "回调地址的主机名无法解析";
        }
        if (addresses == null || addresses.length == 0) {
            return "回调地址的主机名无法解析";
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && allowedBlocks.stream().noneMatch(b -> b.contains(address))) {
                return "回调地址须为公网地址（内网、本机、链路本地等地址须在允许名单中）";
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        if (address instanceof Inet4Address v4) {
            byte[] b = v4.getAddress();
            if ((b[0] & 0xff) == 255) {
                return false;
            }
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            // IPv4 inside IPv6: mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::)
            if (isPrefix(b, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff})
                    || isPrefix(b, new byte[] {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0})) {
                return isPublic(v4(b[12], b[13], b[14], b[15]));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic(v4(b[2], b[3], b[4], b[5]));
            }
        }
        for (Block block : NOT_PUBLIC) {
            if (block.contains(address)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrefix(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte a, byte b, byte c, byte d) {
        try {
            return InetAddress.getByAddress(new byte[] {a, b, c, d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Block block(String cidr) {
        String[] parts = cidr.split("/");
        try {
            // a literal address never touches DNS
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            return new Block(network, Integer.parseInt(parts[1]));
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not an address or CIDR block: " + cidr, e);
        }
    }
}
