//! Movement breaks: a sitting timer driven by real activity, which offers
//! the desk-break routine after a stretch of work.
//!
//! Core: no clock, no idle source and no file is read here; the moment,
//! the idle time and what the desktop is doing come in as an
//! [`timer::Observation`], so whole simulated workdays run in milliseconds.
//!
//! - this file: [`Breaks`] as written in `settings.ron`;
//! - [`timer`]: the state machine that counts sitting time, decides when a
//!   break is due and when to look again;
//! - [`ledger`]: what became of each stretch, kept in `breaks.jsonl`;
//! - [`summary`]: breaks per day, for the history.

use chrono::{NaiveTime, Timelike};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use crate::reminders::{Days, clock_time};
use crate::routine::Dur;

pub mod ledger;
pub mod summary;
pub mod timer;

/// The shortest and longest stretch of sitting a break can follow.
pub const EVERY_RANGE: std::ops::RangeInclusive<Dur> =
    Dur::from_secs(60)..=Dur::from_secs(4 * 3600);
/// The shortest time away that counts as a break.
pub const AWAY_MIN: Dur = Dur::from_secs(30);

/// `breaks: (every: "45m", away: "5m", routine: "desk-break", hours:
/// "09:00-17:30", days: Weekdays)`. Every field may be left out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Breaks {
    /// Sitting time after which a break is offered.
    #[serde(deserialize_with = "every")]
    pub every: Dur,
    /// Time away from keyboard and mouse that counts as a break.
    #[serde(deserialize_with = "away")]
    pub away: Dur,
    /// The routine a break starts.
    pub routine: String,
    /// The local hours breaks are offered in.
    pub hours: Hours,
    pub days: Days,
}

impl Default for Breaks {
    fn default() -> Breaks {
        Breaks {
            every: Dur::from_secs(45 * 60),
            away: Dur::from_secs(5 * 60),
            routine: "desk-break".into(),
            hours: Hours::ALL_DAY,
            days: Days::Daily,
        }
    }
}

fn every<'de, D: Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
    let every = Dur::deserialize(d)?;
    if !EVERY_RANGE.contains(&every) {
        return Err(de::Error::custom(crate::tr!(
            "notice-breaks-every-range",
            every = every.to_string()
        )));
    }
    Ok(every)
}

fn away<'de, D: Deserializer<'de>>(d: D) -> Result<Dur, D::Error> {
    let away = Dur::deserialize(d)?;
    if away < AWAY_MIN {
        return Err(de::Error::custom(crate::tr!(
            "notice-breaks-away-least",
            away = away.to_string()
        )));
    }
    Ok(away)
}

/// A span of local time within one day, `"09:00-17:30"`; the end may be
/// `24:00`. Kept in minutes from midnight, start before end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hours {
    pub start: u32,
    pub end: u32,
}

const DAY_MINUTES: u32 = 24 * 60;

impl Hours {
    pub const ALL_DAY: Hours = Hours {
        start: 0,
        end: DAY_MINUTES,
    };

    /// Whether a local time of day falls within (start included, end not).
    pub fn contains(&self, t: NaiveTime) -> bool {
        let m = t.hour() * 60 + t.minute();
        (self.start..self.end).contains(&m)
    }

    /// The start as a time of day.
    pub fn start_time(&self) -> NaiveTime {
        NaiveTime::from_hms_opt(self.start / 60, self.start % 60, 0).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<Hours, String> {
        let shape = || crate::tr!("notice-breaks-bad-hours", text = text);
        let (a, b) = text.split_once('-').ok_or_else(shape)?;
        let minutes = |t: &str| -> Result<u32, String> {
            if t.trim() == "24:00" {
                return Ok(DAY_MINUTES);
            }
            let t = clock_time::parse(t)?;
            Ok(t.hour() * 60 + t.minute())
        };
        let (start, end) = (minutes(a)?, minutes(b)?);
        if start >= end {
            return Err(crate::tr!("notice-breaks-hours-backwards", text = text));
        }
        Ok(Hours { start, end })
    }

    /// `09:00-17:30`.
    pub fn label(&self) -> String {
        let hm = |m: u32| format!("{:02}:{:02}", m / 60, m % 60);
        format!("{}-{}", hm(self.start), hm(self.end))
    }
}

impl Serialize for Hours {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.label())
    }
}

impl<'de> Deserialize<'de> for Hours {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Hours, D::Error> {
        let text = String::deserialize(d)?;
        Hours::parse(&text).map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Settings, lenient, to_ron};

    fn read(text: &str) -> Result<Breaks, String> {
        ron::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn breaks_read_as_written_in_the_issue() {
        let b = read(
            r#"(every: "45m", away: "5m", routine: "desk-break", hours: "09:00-17:30", days: Weekdays)"#,
        )
        .unwrap();
        assert_eq!(b.every, Dur::from_secs(45 * 60));
        assert_eq!(b.away, Dur::from_secs(300));
        assert_eq!(
            b.hours,
            Hours {
                start: 9 * 60,
                end: 17 * 60 + 30
            }
        );
        assert_eq!(b.days, Days::Weekdays);
        // Left-out fields take their defaults.
        let b = read(r#"(every: "1m")"#).unwrap();
        assert_eq!(b.every, Dur::from_secs(60));
        assert_eq!(b.routine, "desk-break");
        assert_eq!(b.hours, Hours::ALL_DAY);
        assert_eq!(Hours::parse("00:00-24:00").unwrap(), Hours::ALL_DAY);
    }

    #[test]
    fn mistakes_say_what_to_write() {
        let e = read(r#"(every: "30s")"#).unwrap_err();
        assert!(e.contains("1m to 4h"), "{e}");
        let e = read(r#"(every: "5h")"#).unwrap_err();
        assert!(e.contains("1m to 4h"), "{e}");
        let e = read(r#"(away: "10s")"#).unwrap_err();
        assert!(e.contains("at least 30s"), "{e}");
        let e = read(r#"(hours: "17:30-09:00")"#).unwrap_err();
        assert!(e.contains("end before they start"), "{e}");
        let e = read(r#"(hours: "nine to five")"#).unwrap_err();
        assert!(e.contains("like \"09:00-17:30\""), "{e}");
        let e = read(r#"(hours: "09:00-25:00")"#).unwrap_err();
        assert!(e.contains("00 to 23"), "{e}");
        let e = read(r#"(evrey: "45m")"#).unwrap_err();
        assert!(e.contains("evrey"), "{e}");
    }

    #[test]
    fn a_mistake_is_located_and_breaks_stay_off() {
        let text = "(\n    volume: 0.5,\n    breaks: (every: \"45m\", away: \"5s\"),\n)";
        let (s, notices) = lenient::<Settings>("settings.ron", text);
        assert_eq!(s.breaks, None, "breaks stay off until fixed");
        assert_eq!(s.volume, 0.5, "the rest of the file applies");
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(
            notices[0].starts_with("settings.ron:3:") && notices[0].contains("at least 30s"),
            "{notices:?}"
        );
        // The notice says what happens: off, not "its default".
        assert!(
            notices[0].contains("movement breaks stay off until it is fixed")
                && !notices[0].contains("default"),
            "{notices:?}"
        );
        // Absent: off; written back, they read the same.
        assert_eq!(Settings::default().breaks, None);
        let on = Settings {
            breaks: Some(Box::new(Breaks {
                hours: Hours::parse("08:15-16:00").unwrap(),
                days: Days::Weekdays,
                ..Breaks::default()
            })),
            ..Settings::default()
        };
        let (back, notices) = lenient::<Settings>("s.ron", &to_ron(&on));
        assert!(notices.is_empty(), "{notices:?}\n{}", to_ron(&on));
        assert_eq!(back.breaks, on.breaks);
        assert!(
            to_ron(&on).contains("hours: \"08:15-16:00\""),
            "{}",
            to_ron(&on)
        );
    }
}
