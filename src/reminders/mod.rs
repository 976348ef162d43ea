//! Reminders the person plans: which routine, at what time, on which days,
//! and what became of each one.
//!
//! Core: no clock is read and no file is touched here except through the
//! [`ledger`]; "now" always comes in as an argument, with its time zone, so
//! a simulated week (with a daylight-saving change, a suspend, a clock
//! jump) runs in milliseconds in the tests.
//!
//! - this file: a [`Reminder`] as written in `settings.ron`;
//! - [`schedule`]: when each reminder falls, in local time;
//! - [`ledger`]: what happened to each one (shown, started, snoozed,
//!   skipped, missed), kept in `plan.jsonl`;
//! - [`decide`]: what to show now, and when to look again;
//! - [`adherence`]: planned against done, for the history.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use crate::tr;

pub mod adherence;
pub mod decide;
pub mod ledger;
pub mod schedule;

/// One planned routine, e.g. `(routine: "sciatica-relief", at: "18:30",
/// days: Daily)`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    /// A routine id, as `limber list` shows it.
    pub routine: String,
    /// The local time of day, `HH:MM`.
    #[serde(with = "clock_time")]
    pub at: NaiveTime,
    pub days: Days,
}

/// The days a reminder is on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Days {
    Daily,
    /// Monday to Friday.
    Weekdays,
    /// Saturday and Sunday.
    Weekends,
    /// These days, written as a list: `[Mon, Wed, Fri]`.
    On(Vec<Weekday>),
}

impl Days {
    pub fn includes(&self, day: Weekday) -> bool {
        match self {
            Days::Daily => true,
            Days::Weekdays => !matches!(day, Weekday::Sat | Weekday::Sun),
            Days::Weekends => matches!(day, Weekday::Sat | Weekday::Sun),
            Days::On(days) => days.contains(&day),
        }
    }

    /// "daily", "weekdays", "weekends", "Mon, Wed, Fri", in the current
    /// language.
    pub fn label(&self) -> String {
        match self {
            Days::Daily => tr!("days-daily"),
            Days::Weekdays => tr!("days-weekdays"),
            Days::Weekends => tr!("days-weekends"),
            Days::On(days) => days
                .iter()
                .map(|d| day_label(*d))
                .collect::<Vec<_>>()
                .join(&tr!("days-list-separator")),
        }
    }
}

const DAY_NAMES: [(&str, Weekday); 7] = [
    ("Mon", Weekday::Mon),
    ("Tue", Weekday::Tue),
    ("Wed", Weekday::Wed),
    ("Thu", Weekday::Thu),
    ("Fri", Weekday::Fri),
    ("Sat", Weekday::Sat),
    ("Sun", Weekday::Sun),
];

/// A weekday as the settings file writes it: `Mon` (never translated; for
/// people, see [`day_label`]).
pub fn short_day(day: Weekday) -> &'static str {
    DAY_NAMES
        .iter()
        .find(|(_, d)| *d == day)
        .map_or("", |(name, _)| name)
}

/// A weekday's short name in the current language: "Mon".
pub fn day_label(day: Weekday) -> String {
    match day {
        Weekday::Mon => tr!("days-mon"),
        Weekday::Tue => tr!("days-tue"),
        Weekday::Wed => tr!("days-wed"),
        Weekday::Thu => tr!("days-thu"),
        Weekday::Fri => tr!("days-fri"),
        Weekday::Sat => tr!("days-sat"),
        Weekday::Sun => tr!("days-sun"),
    }
}

/// A month's short name in the current language: "Dec".
pub fn month_label(month: u32) -> String {
    match month {
        1 => tr!("days-month-jan"),
        2 => tr!("days-month-feb"),
        3 => tr!("days-month-mar"),
        4 => tr!("days-month-apr"),
        5 => tr!("days-month-may"),
        6 => tr!("days-month-jun"),
        7 => tr!("days-month-jul"),
        8 => tr!("days-month-aug"),
        9 => tr!("days-month-sep"),
        10 => tr!("days-month-oct"),
        11 => tr!("days-month-nov"),
        _ => tr!("days-month-dec"),
    }
}

/// A date with its weekday, in the current language: "Wed 2 Dec",
/// "Mi., 2. Dez.".
pub fn short_date(date: NaiveDate) -> String {
    tr!(
        "days-date",
        weekday = day_label(date.weekday()),
        day = date.day(),
        month = month_label(date.month()),
    )
}

impl Serialize for Days {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Days::Daily => s.serialize_unit_variant("Days", 0, "Daily"),
            Days::Weekdays => s.serialize_unit_variant("Days", 1, "Weekdays"),
            Days::Weekends => s.serialize_unit_variant("Days", 2, "Weekends"),
            Days::On(days) => {
                use serde::ser::SerializeSeq;
                let mut seq = s.serialize_seq(Some(days.len()))?;
                for d in days {
                    seq.serialize_element(&DayName(*d))?;
                }
                seq.end()
            }
        }
    }
}

/// A weekday written as `Mon`.
struct DayName(Weekday);

impl Serialize for DayName {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let index = self.0.num_days_from_monday();
        s.serialize_unit_variant("Day", index, short_day(self.0))
    }
}

/// A day as written: `Mon` … `Sun` (or in full, `Monday`).
#[derive(Deserialize)]
enum DayFile {
    #[serde(alias = "Monday")]
    Mon,
    #[serde(alias = "Tuesday")]
    Tue,
    #[serde(alias = "Wednesday")]
    Wed,
    #[serde(alias = "Thursday")]
    Thu,
    #[serde(alias = "Friday")]
    Fri,
    #[serde(alias = "Saturday")]
    Sat,
    #[serde(alias = "Sunday")]
    Sun,
}

impl From<DayFile> for Weekday {
    fn from(d: DayFile) -> Weekday {
        match d {
            DayFile::Mon => Weekday::Mon,
            DayFile::Tue => Weekday::Tue,
            DayFile::Wed => Weekday::Wed,
            DayFile::Thu => Weekday::Thu,
            DayFile::Fri => Weekday::Fri,
            DayFile::Sat => Weekday::Sat,
            DayFile::Sun => Weekday::Sun,
        }
    }
}

/// The named choices, as written.
#[derive(Deserialize)]
enum NamedDays {
    Daily,
    Weekdays,
    Weekends,
}

impl<'de> Deserialize<'de> for Days {
    /// RON hands a bare identifier to a visitor as a nameless unit, so the
    /// value is read as raw text and parsed by its shape: a list of days,
    /// or one of the names.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Days, D::Error> {
        let raw = Box::<ron::value::RawValue>::deserialize(d)?;
        let text = raw.get_ron().trim();
        if text.starts_with('[') {
            let days: Vec<DayFile> = ron::from_str(text).map_err(|e| {
                de::Error::custom(tr!("days-unknown-day", error = e.code.to_string()))
            })?;
            let mut days: Vec<Weekday> = days.into_iter().map(Weekday::from).collect();
            if days.is_empty() {
                return Err(de::Error::custom(tr!("days-empty-list")));
            }
            days.sort_by_key(|d| d.num_days_from_monday());
            days.dedup();
            return Ok(Days::On(days));
        }
        match ron::from_str::<NamedDays>(text) {
            Ok(NamedDays::Daily) => Ok(Days::Daily),
            Ok(NamedDays::Weekdays) => Ok(Days::Weekdays),
            Ok(NamedDays::Weekends) => Ok(Days::Weekends),
            Err(_) => Err(de::Error::custom(unknown_days(text))),
        }
    }
}

fn unknown_days(name: &str) -> String {
    tr!("days-unknown-choice", name = name)
}

/// `HH:MM` times of day, as people write them.
pub mod clock_time {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use crate::tr;

    pub fn parse(text: &str) -> Result<NaiveTime, String> {
        let t = text.trim();
        let shape = || tr!("days-bad-time", text = text);
        let (h, m) = t.split_once(':').ok_or_else(shape)?;
        let hour: u32 = h.parse().map_err(|_| shape())?;
        let minute: u32 = m.parse().map_err(|_| shape())?;
        NaiveTime::from_hms_opt(hour, minute, 0)
            .ok_or_else(|| tr!("days-time-out-of-range", text = text))
    }

    pub fn format(t: &NaiveTime) -> String {
        t.format("%H:%M").to_string()
    }

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format(t))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let text = String::deserialize(d)?;
        parse(&text).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Reminder, String> {
        ron::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn reminders_read_as_written_in_the_issue() {
        let r = read(r#"(routine: "sciatica-relief", at: "18:30", days: Daily)"#).unwrap();
        assert_eq!(r.routine, "sciatica-relief");
        assert_eq!(r.at, NaiveTime::from_hms_opt(18, 30, 0).unwrap());
        assert_eq!(r.days, Days::Daily);
        let r = read(r#"(routine: "stretches-only", at: "07:45", days: Weekdays)"#).unwrap();
        assert_eq!(r.days, Days::Weekdays);
        let r = read(r#"(routine: "x", at: "7:05", days: [Fri, Mon, Wed, Mon])"#).unwrap();
        assert_eq!(
            r.days,
            Days::On(vec![Weekday::Mon, Weekday::Wed, Weekday::Fri])
        );
        assert_eq!(r.at, NaiveTime::from_hms_opt(7, 5, 0).unwrap());
    }

    #[test]
    fn mistakes_say_what_to_write() {
        let e = read(r#"(routine: "x", at: "25:00", days: Daily)"#).unwrap_err();
        assert!(e.contains("hours go from 00 to 23"), "{e}");
        let e = read(r#"(routine: "x", at: "evening", days: Daily)"#).unwrap_err();
        assert!(e.contains("like \"18:30\""), "{e}");
        let e = read(r#"(routine: "x", at: "18:30", days: Sometimes)"#).unwrap_err();
        assert!(e.contains("Daily, Weekdays, Weekends"), "{e}");
        let e = read(r#"(routine: "x", at: "18:30", days: [Mon, Funday])"#).unwrap_err();
        assert!(
            e.contains("Funday") && e.contains("write days as Mon"),
            "{e}"
        );
        let e = read(r#"(routine: "x", at: "18:30", days: [])"#).unwrap_err();
        assert!(e.contains("empty"), "{e}");
    }

    #[test]
    fn days_round_trip_through_ron() {
        for days in [
            Days::Daily,
            Days::Weekdays,
            Days::Weekends,
            Days::On(vec![Weekday::Tue, Weekday::Sat]),
        ] {
            let r = Reminder {
                routine: "desk-break".into(),
                at: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
                days: days.clone(),
            };
            let text = ron::to_string(&r).unwrap();
            assert_eq!(read(&text).unwrap(), r, "{text}");
        }
        assert!(Days::Weekdays.includes(Weekday::Fri));
        assert!(!Days::Weekdays.includes(Weekday::Sun));
        assert!(Days::Weekends.includes(Weekday::Sun));
        assert_eq!(
            Days::On(vec![Weekday::Mon, Weekday::Fri]).label(),
            "Mon, Fri"
        );
    }
}
