//! Which IP addresses dossier refuses to connect to by default.
//!
//! A URL in an article or a feed is input from strangers. Without a check,
//! `http://169.254.169.254/` (cloud metadata), `http://localhost:8080/admin`
//! or a router's web page would be fetched and stored as evidence. The rule
//! is applied to the *resolved* addresses of every hop, not to the host
//! name, because a public name can resolve to a private address. Every
//! special-purpose range is refused, not only RFC 1918: documentation,
//! benchmarking, carrier-grade NAT and multicast addresses are never a news
//! site either. IPv4 addresses embedded in IPv6 (mapped, compatible, NAT64)
//! are judged by their IPv4 part.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// The kind of a non-public address (`"loopback"`, `"private"`, …), or
/// `None` for a public address that may be fetched.
pub fn non_public_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => v4_kind(v4),
        IpAddr::V6(v6) => v6_kind(v6),
    }
}

fn v4_kind(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, c, _] = ip.octets();
    Some(match (a, b, c) {
        (0, _, _) => "unspecified",
        (127, _, _) => "loopback",
        (10, _, _) | (192, 168, _) => "private",
        (172, 16..=31, _) => "private",
        (169, 254, _) => "link-local",
        (100, 64..=127, _) => "carrier-grade nat",
        (192, 0, 0) => "protocol-assignment",
        (192, 0, 2) | (198, 51, 100) | (203, 0, 113) => "documentation",
        (198, 18..=19, _) => "benchmarking",
        (224..=239, _, _) => "multicast",
        (240..=255, _, _) => "reserved",
        _ => return None,
    })
}

fn v6_kind(ip: Ipv6Addr) -> Option<&'static str> {
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    let seg = ip.segments();
    // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible) and 64:ff9b::a.b.c.d
    // (NAT64) all reach an IPv4 host, so they are judged as that host.
    let embedded =
        (seg[..5] == [0, 0, 0, 0, 0] && (seg[5] == 0xffff || seg[5] == 0)) || (seg[..6] == [0x64, 0xff9b, 0, 0, 0, 0]);
    if embedded {
        let v4 = Ipv4Addr::new((seg[6] >> 8) as u8, seg[6] as u8, (seg[7] >> 8) as u8, seg[7] as u8);
        return v4_kind(v4);
    }
    Some(match seg[0] {
        s if s & 0xfe00 == 0xfc00 => "private",
        s if s & 0xffc0 == 0xfe80 => "link-local",
        s if s & 0xffc0 == 0xfec0 => "site-local",
        s if s & 0xff00 == 0xff00 => "multicast",
        0x2001 if seg[1] == 0x0db8 => "documentation",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(addr: &str, expected: Option<&str>) {
        let ip: IpAddr = addr.parse().unwrap();
        assert_eq!(non_public_kind(ip), expected, "{addr}");
    }

    #[test]
    fn special_purpose_addresses_are_refused() {
        check("127.0.0.1", Some("loopback"));
        check("127.8.9.10", Some("loopback"));
        check("0.0.0.0", Some("unspecified"));
        check("10.1.2.3", Some("private"));
        check("172.16.0.1", Some("private"));
        check("172.31.255.255", Some("private"));
        check("192.168.1.1", Some("private"));
        check("169.254.169.254", Some("link-local"));
        check("100.64.0.1", Some("carrier-grade nat"));
        check("224.0.0.1", Some("multicast"));
        check("255.255.255.255", Some("reserved"));
        check("::1", Some("loopback"));
        check("::", Some("unspecified"));
        check("fd00::1", Some("private"));
        check("fe80::1", Some("link-local"));
        check("::ffff:127.0.0.1", Some("loopback"));
        check("::ffff:10.0.0.1", Some("private"));
        check("64:ff9b::a9fe:a9fe", Some("link-local"));
        check("2001:db8::1", Some("documentation"));
    }

    #[test]
    fn public_addresses_are_allowed() {
        check("93.184.216.34", None);
        check("172.32.0.1", None);
        check("100.128.0.1", None);
        check("8.8.8.8", None);
        check("2606:4700::1111", None);
        check("::ffff:8.8.8.8", None);
    }
}
