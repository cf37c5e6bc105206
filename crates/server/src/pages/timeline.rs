//! A time axis as inline SVG: one mark per dated item, stacked when several
//! fall on one day, each a link to its span in the reader.
//!
//! Key decision: the SVG is built on the server with fixed geometry (no
//! script, no inline styles, so the CSP holds), and every label is escaped.
//! Kinds are told apart by shape as well as colour (circle for dates,
//! square for claims, diamond for events, triangle for mentions), and the
//! list under the chart carries the same items as text.

use crate::html::{escape, escape_into};
use std::fmt::Write;

pub struct Point {
    /// `YYYY-MM-DD` or `YYYY-MM`.
    pub date: String,
    /// `date`, `claim`, `event` or `mention`.
    pub kind: String,
    pub label: String,
    pub href: String,
}

/// Days since 1970-01-01 for `YYYY-MM(-DD)` (days from the civil calendar
/// algorithm; months without a day count as the 1st).
fn day_number(date: &str) -> Option<i64> {
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10).and_then(|d| d.parse().ok()).unwrap_or(1);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

const WIDTH: f64 = 960.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 40.0;
const AXIS_Y: f64 = 40.0;
const ROW: f64 = 16.0;

fn shape(out: &mut String, kind: &str, x: f64, y: f64) {
    let class = format!("pt pt-{}", kind.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>());
    let _ = match kind {
        "claim" => {
            write!(out, r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="10" height="10"/>"#, x - 5.0, y - 5.0)
        }
        "event" => write!(
            out,
            r#"<polygon class="{class}" points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}"/>"#,
            x,
            y - 6.0,
            x + 6.0,
            y,
            x,
            y + 6.0,
            x - 6.0,
            y
        ),
        "mention" => write!(
            out,
            r#"<polygon class="{class}" points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}"/>"#,
            x,
            y - 6.0,
            x + 6.0,
            y + 5.0,
            x - 6.0,
            y + 5.0
        ),
        _ => write!(out, r#"<circle class="{class}" cx="{x:.1}" cy="{y:.1}" r="5"/>"#),
    };
}

/// The SVG for `points`; an explanatory paragraph when none are dated.
pub fn svg(points: &[Point], title: &str) -> String {
    let dated: Vec<(i64, &Point)> = points.iter().filter_map(|p| Some((day_number(&p.date)?, p))).collect();
    if dated.is_empty() {
        return "<p class=\"empty\">Nothing dated to show.</p>".to_string();
    }
    let min = dated.iter().map(|d| d.0).min().unwrap_or(0);
    let max = dated.iter().map(|d| d.0).max().unwrap_or(0);
    let span = (max - min).max(1) as f64;
    let x_of = |day: i64| LEFT + (day - min) as f64 / span * (WIDTH - LEFT - RIGHT);
    // Stack marks that would overlap (within 8 px) upwards from the axis.
    let mut stacks: Vec<(f64, usize)> = Vec::new();
    let mut marks = String::new();
    let mut tallest = 0;
    for (day, p) in &dated {
        let x = x_of(*day);
        let level = match stacks.iter_mut().find(|(sx, _)| (sx - x).abs() < 8.0) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                stacks.push((x, 0));
                0
            }
        };
        tallest = tallest.max(level);
        let y = AXIS_Y + 18.0 + level as f64 * ROW;
        let _ = write!(marks, r#"<a href="{}"><title>"#, escape(&p.href));
        escape_into(&mut marks, &format!("{} · {} · {}", p.date, p.kind, p.label));
        marks.push_str("</title>");
        shape(&mut marks, &p.kind, x, y);
        marks.push_str("</a>");
    }
    let height = AXIS_Y + 40.0 + tallest as f64 * ROW;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="timeline" viewBox="0 0 {WIDTH} {height:.0}" role="img" aria-labelledby="tl-title"><title id="tl-title">"#
    );
    escape_into(&mut out, title);
    let _ = write!(
        out,
        r#"</title><line class="axis" x1="{LEFT}" y1="{AXIS_Y}" x2="{:.0}" y2="{AXIS_Y}"/>"#,
        WIDTH - RIGHT
    );
    // About six ticks, at evenly spaced days, labelled with their dates.
    let ticks = 6;
    for i in 0..=ticks {
        let day = min + ((max - min) as f64 * i as f64 / ticks as f64).round() as i64;
        let x = x_of(day);
        let label = date_of(day);
        let _ = write!(
            out,
            r#"<line class="tick" x1="{x:.1}" y1="{:.0}" x2="{x:.1}" y2="{:.0}"/><text class="tick-label" x="{x:.1}" y="{:.0}" text-anchor="middle">{label}</text>"#,
            AXIS_Y - 5.0,
            AXIS_Y + 5.0,
            AXIS_Y - 12.0
        );
        if max == min {
            break;
        }
    }
    out.push_str(&marks);
    out.push_str("</svg>");
    out
}

/// `YYYY-MM-DD` for a day number (inverse of [`day_number`]).
fn date_of(z: i64) -> String {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-03-06").map(date_of).as_deref(), Some("2025-03-06"));
        assert_eq!(day_number("2024-02"), day_number("2024-02-01"));
        assert_eq!(day_number("2024-13-01"), None);
    }

    #[test]
    fn labels_are_escaped() {
        let p = Point {
            date: "2025-03-01".into(),
            kind: "claim".into(),
            label: "<script>x</script>".into(),
            href: "/d\"x".into(),
        };
        let s = svg(&[p], "t");
        assert!(!s.contains("<script>"));
        assert!(s.contains("&lt;script&gt;") && s.contains("/d&quot;x"));
    }
}
