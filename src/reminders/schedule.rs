//! When reminders fall: each is a local time of day on some days, which
//! becomes a moment in a time zone, daylight-saving changes included.

use chrono::{DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

use super::Reminder;

/// One reminder on one day: what the ledger keeps outcomes by.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slot {
    pub date: NaiveDate,
    pub at: NaiveTime,
    pub routine: String,
}

/// A slot and the moment it falls.
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence<Tz: TimeZone> {
    pub slot: Slot,
    pub when: DateTime<Tz>,
}

/// The moment a local time of day falls on `date`. In the hour skipped
/// when clocks go forward, the first moment after the gap; in the hour
/// that happens twice when they go back, the first time it happens.
pub fn moment<Tz: TimeZone>(tz: &Tz, date: NaiveDate, at: NaiveTime) -> DateTime<Tz> {
    let local = date.and_time(at);
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => {
            // Gaps are at most a few hours: step to the first minute that
            // exists.
            (1..=24 * 60)
                .map(|m| local + Duration::minutes(m))
                .find_map(|t| tz.from_local_datetime(&t).earliest())
                .unwrap_or_else(|| tz.from_utc_datetime(&local))
        }
    }
}

/// The slots of `date`, in order of time.
pub fn slots_on(reminders: &[Reminder], date: NaiveDate) -> Vec<Slot> {
    let mut slots: Vec<Slot> = reminders
        .iter()
        .filter(|r| r.days.includes(date.weekday()))
        .map(|r| Slot {
            date,
            at: r.at,
            routine: r.routine.clone(),
        })
        .collect();
    slots.sort();
    slots.dedup();
    slots
}

/// Every occurrence on the `days` days from `from`, in time order.
pub fn occurrences<Tz: TimeZone>(
    reminders: &[Reminder],
    from: NaiveDate,
    days: u32,
    tz: &Tz,
) -> Vec<Occurrence<Tz>> {
    let mut out: Vec<Occurrence<Tz>> = (0..days)
        .filter_map(|d| from.checked_add_days(chrono::Days::new(u64::from(d))))
        .flat_map(|date| slots_on(reminders, date))
        .map(|slot| Occurrence {
            when: moment(tz, slot.date, slot.at),
            slot,
        })
        .collect();
    out.sort_by(|a, b| a.when.cmp(&b.when).then_with(|| a.slot.cmp(&b.slot)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::Days;
    use chrono::{Timelike, Weekday};
    use chrono_tz::Europe::Berlin;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn reminder(routine: &str, at: NaiveTime, days: Days) -> Reminder {
        Reminder {
            routine: routine.into(),
            at,
            days,
        }
    }

    #[test]
    fn a_time_in_the_spring_gap_falls_right_after_it() {
        // Berlin, 2026-03-29: clocks go from 02:00 to 03:00.
        let m = moment(&Berlin, d(2026, 3, 29), t(2, 30));
        assert_eq!((m.hour(), m.minute()), (3, 0));
        // 18:30 that day is 16:30 UTC (summer time), 17:30 UTC the day before.
        let before = moment(&Berlin, d(2026, 3, 28), t(18, 30));
        let after = moment(&Berlin, d(2026, 3, 29), t(18, 30));
        assert_eq!(after - before, Duration::hours(23));
    }

    #[test]
    fn a_time_that_happens_twice_falls_the_first_time() {
        // Berlin, 2026-10-25: 02:00–03:00 happens twice; the first is summer time.
        let m = moment(&Berlin, d(2026, 10, 25), t(2, 30));
        assert_eq!(m.naive_utc().time(), t(0, 30));
    }

    #[test]
    fn occurrences_follow_the_days_in_time_order() {
        let reminders = [
            reminder("sciatica-relief", t(18, 30), Days::Daily),
            reminder("stretches-only", t(7, 45), Days::Weekdays),
            reminder("foam-roll", t(10, 0), Days::On(vec![Weekday::Sat])),
        ];
        // Friday 2026-12-04 to Sunday 12-06.
        let o = occurrences(&reminders, d(2026, 12, 4), 3, &Berlin);
        let got: Vec<(u32, &str)> = o
            .iter()
            .map(|o| (o.slot.date.day(), o.slot.routine.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (4, "stretches-only"),
                (4, "sciatica-relief"),
                (5, "foam-roll"),
                (5, "sciatica-relief"),
                (6, "sciatica-relief"),
            ]
        );
        // The same reminder written twice falls once.
        let twice = [reminders[0].clone(), reminders[0].clone()];
        assert_eq!(slots_on(&twice, d(2026, 12, 4)).len(), 1);
    }
}
