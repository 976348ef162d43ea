//! Breaks per day, for the history: how many were offered, taken,
//! snoozed and skipped, and how long the stretches of sitting between
//! breaks were.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::timer::{Line, Outcome};

/// One day's breaks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Day {
    pub offered: u32,
    pub taken: u32,
    pub snoozed: u32,
    pub skipped: u32,
    /// Breaks with no notice: away, locked, asleep, a routine.
    pub rested: u32,
    /// Stretches of sitting that ended (taken or rested), in minutes.
    pub stretches_min: Vec<i64>,
}

impl Day {
    /// The average stretch of sitting between breaks, in minutes.
    pub fn average_sitting_min(&self) -> Option<i64> {
        let n = i64::try_from(self.stretches_min.len())
            .ok()
            .filter(|n| *n > 0)?;
        Some(self.stretches_min.iter().sum::<i64>() / n)
    }

    /// "3 offered, 2 taken, 1 snoozed, 0 skipped; 41 min sitting between
    /// breaks on average".
    pub fn words(&self) -> String {
        match self.average_sitting_min() {
            None => crate::tr!(
                "notice-breaks-day",
                offered = self.offered,
                taken = self.taken,
                snoozed = self.snoozed,
                skipped = self.skipped
            ),
            Some(average) => crate::tr!(
                "notice-breaks-day-sitting",
                offered = self.offered,
                taken = self.taken,
                snoozed = self.snoozed,
                skipped = self.skipped,
                minutes = average
            ),
        }
    }
}

/// One day of breaks as `limber history --json` gives it.
#[derive(Serialize)]
pub struct JsonDay<'a> {
    /// `YYYY-MM-DD`, the local day.
    date: String,
    offered: u32,
    taken: u32,
    snoozed: u32,
    skipped: u32,
    /// Breaks without a notice: away, locked, asleep, or a routine.
    rested: u32,
    /// Each stretch of sitting that ended that day, in minutes.
    sitting_minutes: &'a [i64],
    average_sitting_minutes: Option<i64>,
}

/// The days for the JSON export, oldest first.
pub fn for_json(days: &BTreeMap<NaiveDate, Day>) -> Vec<JsonDay<'_>> {
    days.iter()
        .map(|(date, d)| JsonDay {
            date: date.format("%Y-%m-%d").to_string(),
            offered: d.offered,
            taken: d.taken,
            snoozed: d.snoozed,
            skipped: d.skipped,
            rested: d.rested,
            sitting_minutes: &d.stretches_min,
            average_sitting_minutes: d.average_sitting_min(),
        })
        .collect()
}

/// The ledger's lines by local date (the date each line was written in its
/// own offset: the day the person lived it).
pub fn by_day(lines: &[Line]) -> BTreeMap<NaiveDate, Day> {
    let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    for line in lines {
        let day = days.entry(line.at.date_naive()).or_default();
        match line.outcome {
            Outcome::Offered => day.offered += 1,
            Outcome::Taken => {
                day.taken += 1;
                day.stretches_min.push(line.sitting_min);
            }
            Outcome::Snoozed => day.snoozed += 1,
            Outcome::Skipped => day.skipped += 1,
            Outcome::Rested => {
                day.rested += 1;
                day.stretches_min.push(line.sitting_min);
            }
        }
    }
    days
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn line(at: &str, outcome: Outcome, sitting_min: i64) -> Line {
        Line {
            at: DateTime::parse_from_rfc3339(at).unwrap(),
            outcome,
            sitting_min,
        }
    }

    #[test]
    fn a_day_counts_each_outcome_and_averages_the_stretches() {
        let lines = [
            line("2026-12-07T09:45:00+01:00", Outcome::Offered, 45),
            line("2026-12-07T09:45:00+01:00", Outcome::Snoozed, 45),
            line("2026-12-07T09:50:00+01:00", Outcome::Offered, 50),
            line("2026-12-07T09:50:00+01:00", Outcome::Taken, 50),
            line("2026-12-07T12:15:00+01:00", Outcome::Rested, 30),
            line("2026-12-07T14:00:00+01:00", Outcome::Offered, 45),
            line("2026-12-07T14:00:00+01:00", Outcome::Skipped, 45),
            // Late in the evening in its own offset: still the 7th.
            line("2026-12-07T23:30:00-05:00", Outcome::Offered, 45),
            line("2026-12-08T09:45:00+01:00", Outcome::Offered, 45),
        ];
        let days = by_day(&lines);
        assert_eq!(days.len(), 2);
        let mon = &days[&NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()];
        assert_eq!(
            (mon.offered, mon.taken, mon.snoozed, mon.skipped, mon.rested),
            (4, 1, 1, 1, 1)
        );
        assert_eq!(mon.stretches_min, [50, 30]);
        assert_eq!(mon.average_sitting_min(), Some(40));
        assert_eq!(
            mon.words(),
            "4 offered, 1 taken, 1 snoozed, 1 skipped; 40 min sitting between breaks on average"
        );
        let tue = &days[&NaiveDate::from_ymd_opt(2026, 12, 8).unwrap()];
        assert_eq!(tue.average_sitting_min(), None);
        assert_eq!(tue.words(), "1 offered, 0 taken, 0 snoozed, 0 skipped");
    }
}
