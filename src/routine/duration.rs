//! Durations written the way people write them: `"45s"`, `"2m"`, `"1m30s"`,
//! `"1.5s"`, `"1h"`, or a bare number of seconds (`45`).

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A non-negative duration with millisecond resolution.
///
/// Stored as milliseconds in a `u32` (about 49 days), far beyond any limit the
/// format allows, so arithmetic on validated values cannot overflow.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Dur(u32);

impl Dur {
    pub const ZERO: Dur = Dur(0);

    pub const fn from_secs(secs: u32) -> Dur {
        Dur(secs * 1000)
    }

    pub const fn from_millis(ms: u32) -> Dur {
        Dur(ms)
    }

    pub const fn as_millis(self) -> u32 {
        self.0
    }

    pub fn as_secs_f64(self) -> f64 {
        f64::from(self.0) / 1000.0
    }

    pub fn is_zero(&self) -> bool {
        self.0 == 0
    }

    pub fn std(self) -> Duration {
        Duration::from_millis(u64::from(self.0))
    }

    pub fn saturating_add(self, other: Dur) -> Dur {
        Dur(self.0.saturating_add(other.0))
    }

    pub fn saturating_sub(self, other: Dur) -> Dur {
        Dur(self.0.saturating_sub(other.0))
    }
}

impl From<Dur> for Duration {
    fn from(d: Dur) -> Duration {
        d.std()
    }
}

/// Why a duration string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DurError {
    Empty,
    Negative(String),
    Syntax(String),
    /// The text, and the unit in it.
    Unit(String, String),
    TooLong(String),
}

impl fmt::Display for DurError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DurError::Empty => crate::tr!("error-duration-empty"),
            DurError::Negative(text) => crate::tr!("error-duration-negative", text = text),
            DurError::Syntax(text) => crate::tr!("error-duration-syntax", text = text),
            DurError::Unit(text, unit) => {
                crate::tr!("error-duration-unit", text = text, unit = unit)
            }
            DurError::TooLong(text) => crate::tr!("error-duration-too-long", text = text),
        })
    }
}

impl std::error::Error for DurError {}

const MAX_MS: u64 = 24 * 3600 * 1000;

impl FromStr for Dur {
    type Err = DurError;

    fn from_str(text: &str) -> Result<Dur, DurError> {
        let s = text.trim();
        if s.is_empty() {
            return Err(DurError::Empty);
        }
        if s.starts_with('-') {
            return Err(DurError::Negative(text.to_string()));
        }
        let syntax = || DurError::Syntax(text.to_string());
        let mut total_ms: f64 = 0.0;
        let mut rest = s;
        let mut parts = 0;
        while !rest.is_empty() {
            let number_len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(rest.len());
            if number_len == 0 {
                return Err(syntax());
            }
            let number: f64 = rest[..number_len].parse().map_err(|_| syntax())?;
            rest = rest[number_len..].trim_start();
            let unit_len = rest
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(rest.len());
            let unit = &rest[..unit_len];
            let scale = match unit.to_ascii_lowercase().as_str() {
                // A bare number is seconds, but only on its own: "1m30" is ambiguous.
                "" if parts == 0 && unit_len == rest.len() => 1000.0,
                "" => return Err(syntax()),
                "h" | "hr" | "hour" | "hours" => 3_600_000.0,
                "m" | "min" | "mins" | "minute" | "minutes" => 60_000.0,
                "s" | "sec" | "secs" | "second" | "seconds" => 1000.0,
                "ms" => 1.0,
                other => return Err(DurError::Unit(text.to_string(), other.to_string())),
            };
            total_ms += number * scale;
            if total_ms > MAX_MS as f64 {
                return Err(DurError::TooLong(text.to_string()));
            }
            rest = rest[unit_len..].trim_start();
            parts += 1;
        }
        Ok(Dur(total_ms.round() as u32))
    }
}

impl fmt::Display for Dur {
    /// Writes the shortest natural form: `45s`, `2m`, `1m30s`, `1h5m`, `2.5s`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0;
        if ms == 0 {
            return f.write_str("0s");
        }
        let hours = ms / 3_600_000;
        let minutes = ms % 3_600_000 / 60_000;
        let secs_ms = ms % 60_000;
        if hours > 0 {
            write!(f, "{hours}h")?;
        }
        if minutes > 0 {
            write!(f, "{minutes}m")?;
        }
        if secs_ms > 0 {
            if secs_ms.is_multiple_of(1000) {
                write!(f, "{}s", secs_ms / 1000)?;
            } else if secs_ms < 1000 {
                write!(f, "{secs_ms}ms")?;
            } else {
                let text = format!("{:.3}", f64::from(secs_ms) / 1000.0);
                write!(f, "{}s", text.trim_end_matches('0'))?;
            }
        }
        Ok(())
    }
}

impl Serialize for Dur {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Dur {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Dur, D::Error> {
        deserializer.deserialize_any(DurVisitor)
    }
}

struct DurVisitor;

impl Visitor<'_> for DurVisitor {
    type Value = Dur;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a duration like \"45s\", \"2m\" or \"1m30s\"")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Dur, E> {
        v.parse().map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Dur, E> {
        if v.saturating_mul(1000) > MAX_MS {
            return Err(E::custom(DurError::TooLong(v.to_string())));
        }
        Ok(Dur(v as u32 * 1000))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Dur, E> {
        if v < 0 {
            return Err(E::custom(DurError::Negative(v.to_string())));
        }
        self.visit_u64(v as u64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Dur, E> {
        if v < 0.0 {
            return Err(E::custom(DurError::Negative(v.to_string())));
        }
        if !v.is_finite() || v * 1000.0 > MAX_MS as f64 {
            return Err(E::custom(DurError::TooLong(v.to_string())));
        }
        Ok(Dur((v * 1000.0).round() as u32))
    }
}

/// Formats a duration as a clock, `m:ss` (or `h:mm:ss`), rounding up so a
/// countdown shows `0:01` until the very end.
pub fn clock(d: Duration) -> String {
    let total = d.as_millis().div_ceil(1000) as u64;
    let (h, m, s) = (total / 3600, total % 3600 / 60, total % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A short human total such as `14 min` or `45 s` or `1 h 5 min`.
pub fn human(d: Duration) -> String {
    let secs = d.as_secs_f64().round() as u64;
    if secs < 60 {
        format!("{secs} s")
    } else if secs < 3600 {
        format!("{} min", (secs + 30) / 60)
    } else {
        let minutes = (secs + 30) / 60;
        format!("{} h {} min", minutes / 60, minutes % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Dur, DurError> {
        s.parse()
    }

    #[test]
    fn reads_the_forms_people_write() {
        assert_eq!(p("45s"), Ok(Dur::from_secs(45)));
        assert_eq!(p("2m"), Ok(Dur::from_secs(120)));
        assert_eq!(p("1m30s"), Ok(Dur::from_secs(90)));
        assert_eq!(p("1m 30s"), Ok(Dur::from_secs(90)));
        assert_eq!(p("1.5s"), Ok(Dur::from_millis(1500)));
        assert_eq!(p("90"), Ok(Dur::from_secs(90)));
        assert_eq!(p("1h"), Ok(Dur::from_secs(3600)));
        assert_eq!(p("250ms"), Ok(Dur::from_millis(250)));
        assert_eq!(p("20 min"), Ok(Dur::from_secs(1200)));
        assert_eq!(p("0s"), Ok(Dur::ZERO));
    }

    #[test]
    fn rejects_what_is_not_a_duration() {
        assert!(matches!(p(""), Err(DurError::Empty)));
        assert!(matches!(p("-5s"), Err(DurError::Negative(_))));
        assert!(matches!(p("abc"), Err(DurError::Syntax(_))));
        assert!(matches!(p("1m30"), Err(DurError::Syntax(_))));
        assert!(matches!(p("5 parsecs"), Err(DurError::Unit(_, _))));
        assert!(matches!(p("1.2.3s"), Err(DurError::Syntax(_))));
        assert!(matches!(p("25h"), Err(DurError::TooLong(_))));
        assert!(matches!(
            p("99999999999999999999s"),
            Err(DurError::TooLong(_))
        ));
    }

    #[test]
    fn displays_in_the_shortest_natural_form() {
        for (ms, text) in [
            (0, "0s"),
            (45_000, "45s"),
            (120_000, "2m"),
            (90_000, "1m30s"),
            (3_900_000, "1h5m"),
            (2_500, "2.5s"),
            (250, "250ms"),
        ] {
            assert_eq!(Dur::from_millis(ms).to_string(), text);
            assert_eq!(p(text), Ok(Dur::from_millis(ms)), "round trip of {text}");
        }
    }

    #[test]
    fn clock_rounds_up() {
        assert_eq!(clock(Duration::from_millis(27_001)), "0:28");
        assert_eq!(clock(Duration::from_secs(27)), "0:27");
        assert_eq!(clock(Duration::from_millis(1)), "0:01");
        assert_eq!(clock(Duration::ZERO), "0:00");
        assert_eq!(clock(Duration::from_secs(3725)), "1:02:05");
    }

    #[test]
    fn human_totals() {
        assert_eq!(human(Duration::from_secs(45)), "45 s");
        assert_eq!(human(Duration::from_secs(14 * 60 + 10)), "14 min");
        assert_eq!(human(Duration::from_secs(3900)), "1 h 5 min");
    }

    proptest::proptest! {
        #[test]
        fn display_round_trips(ms in 0u32..(24 * 3600 * 1000)) {
            let d = Dur::from_millis(ms);
            proptest::prop_assert_eq!(d.to_string().parse::<Dur>(), Ok(d));
        }

        #[test]
        fn never_panics(s in ".{0,40}") {
            let _ = s.parse::<Dur>();
        }
    }
}
