//! What the history shows: days with sessions, streaks, minutes per week,
//! the pain series and the plain-words summary.
//!
//! Days are the person's local days *at the time of each session*: a
//! session's day is the date of its `started_at` in the offset it was
//! recorded with. A session at 00:30 just after the clocks went forward, or
//! one recorded in New York the day after one in London, lands on the day
//! the person saw on their clock, so travel and DST never break a streak.
//! "Today" is given by the caller (its own local date); nothing here reads
//! the clock.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Utc};

use super::record::{Pain, Record};

/// The plain-words summary counts sessions in this many days up to today.
pub const RECENT_DAYS: u32 = 21;
/// The pain trend compares at most this many rated sessions at each end.
pub const PAIN_GROUP: usize = 5;

/// Sessions on one local day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayStat {
    pub date: NaiveDate,
    /// Sessions started that day, completed or not.
    pub sessions: u32,
    /// Of those, the ones that reached the end.
    pub completed: u32,
    pub active_seconds: u64,
}

impl DayStat {
    pub fn empty(date: NaiveDate) -> DayStat {
        DayStat {
            date,
            sessions: 0,
            completed: 0,
            active_seconds: 0,
        }
    }

    pub fn minutes(&self) -> f32 {
        self.active_seconds as f32 / 60.0
    }
}

/// Sessions in one ISO week (Monday to Sunday).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekStat {
    pub monday: NaiveDate,
    /// ISO week-numbering year (the Monday of week 1 can be in December).
    pub iso_year: i32,
    pub week: u32,
    pub sessions: u32,
    pub active_seconds: u64,
}

impl WeekStat {
    pub fn minutes(&self) -> f32 {
        self.active_seconds as f32 / 60.0
    }
}

/// Runs of consecutive days with at least one session (completed or not).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Streaks {
    /// The run that ends on the latest day with a session, if that day is
    /// today or yesterday (a streak is not broken until a whole day passes
    /// without a session); otherwise 0.
    pub current: u32,
    /// The longest run ever.
    pub best: u32,
}

/// Pain ratings of one session, for the trend line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainPoint {
    pub started_at: DateTime<FixedOffset>,
    pub date: NaiveDate,
    pub before: Option<Pain>,
    pub after: Option<Pain>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PainWhen {
    Before,
    After,
}

/// Where pain started and where it is now.
///
/// The rated sessions (those with a rating `when`, oldest first) are split
/// into the first `per_group` and the latest `per_group`, where `per_group`
/// is half of them, at most [`PAIN_GROUP`] (so with 3 rated sessions it
/// compares the first with the last, and with 40 the first 5 with the
/// latest 5). `earlier` and `recent` are the averages of the two groups.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PainTrend {
    pub when: PainWhen,
    pub earlier: f32,
    pub recent: f32,
    pub per_group: usize,
    /// Sessions with a rating `when`.
    pub rated: usize,
}

impl PainTrend {
    /// What the two numbers are, in a few words.
    pub fn explain(&self) -> String {
        crate::tr!("history-pain-compared", count = self.per_group)
    }
}

/// The history in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    pub total_sessions: usize,
    /// Sessions on the last [`RECENT_DAYS`] days, today included.
    pub recent_sessions: usize,
    pub last_session: Option<NaiveDate>,
    pub pain: Option<PainTrend>,
}

impl fmt::Display for Overview {
    /// For example "5 sessions in the last 3 weeks · average pain after a
    /// session 4 → 2", in the current language. The pain part is left out
    /// with fewer than two rated sessions.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        use crate::tr;
        let Some(last) = self.last_session else {
            return f.write_str(&tr!("history-overview-none"));
        };
        let weeks = RECENT_DAYS / 7;
        let sessions = match self.recent_sessions {
            0 => tr!(
                "history-overview-none-recent",
                weeks = weeks,
                date = crate::i18n::format_date(last, &tr!("history-date-long")),
            ),
            n => tr!("history-overview-recent", count = n, weeks = weeks),
        };
        f.write_str(&sessions)?;
        if let Some(p) = &self.pain {
            let earlier = tr!("history-pain-average", pain = rating(p.earlier));
            let recent = tr!("history-pain-average", pain = rating(p.recent));
            let pain = match p.when {
                PainWhen::Before => tr!(
                    "history-overview-pain-before",
                    earlier = earlier,
                    recent = recent
                ),
                PainWhen::After => tr!(
                    "history-overview-pain-after",
                    earlier = earlier,
                    recent = recent
                ),
            };
            write!(f, " · {pain}")?;
        }
        Ok(())
    }
}

/// An average rating rounded to one decimal (4, 3.5), as a number for a
/// message's placeable (which writes the language's decimal separator).
/// Divided in `f64` so that 4.6 stays 4.6 rather than 4.599999904632568.
fn rating(x: f32) -> f64 {
    f64::from((x * 10.0).round()) / 10.0
}

/// Everything the history screen and `limber history` show, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Stats {
    pub today: NaiveDate,
    /// Days with at least one session.
    pub days: BTreeMap<NaiveDate, DayStat>,
    pub streaks: Streaks,
    /// Sessions with a pain rating, oldest first.
    pub pain: Vec<PainPoint>,
    pub overview: Overview,
    pub total_active_seconds: u64,
}

impl Stats {
    /// `today` is the local date now, where the person is.
    pub fn new(records: &[Record], today: NaiveDate) -> Stats {
        let mut days: BTreeMap<NaiveDate, DayStat> = BTreeMap::new();
        for r in records {
            let date = r.date();
            let d = days.entry(date).or_insert_with(|| DayStat::empty(date));
            d.sessions += 1;
            d.completed += u32::from(r.completed);
            d.active_seconds += r.active_seconds;
        }
        let mut by_time: Vec<&Record> = records.iter().collect();
        by_time.sort_by_key(|r| r.started_at.with_timezone(&Utc));
        let pain: Vec<PainPoint> = by_time
            .iter()
            .filter(|r| r.pain_before.is_some() || r.pain_after.is_some())
            .map(|r| PainPoint {
                started_at: r.started_at,
                date: r.date(),
                before: r.pain_before,
                after: r.pain_after,
            })
            .collect();
        let recent_from = today - Days::new(u64::from(RECENT_DAYS - 1));
        let overview = Overview {
            total_sessions: records.len(),
            recent_sessions: records.iter().filter(|r| r.date() >= recent_from).count(),
            last_session: days.keys().next_back().copied(),
            pain: pain_trend(&pain, PainWhen::After)
                .or_else(|| pain_trend(&pain, PainWhen::Before)),
        };
        Stats {
            today,
            streaks: streaks(days.keys().copied(), today),
            total_active_seconds: records.iter().map(|r| r.active_seconds).sum(),
            days,
            pain,
            overview,
        }
    }

    /// The figures for one day (zero when there was no session).
    pub fn day(&self, date: NaiveDate) -> DayStat {
        self.days
            .get(&date)
            .copied()
            .unwrap_or(DayStat::empty(date))
    }

    /// Every day from `first` to `last` inclusive, for a calendar heatmap.
    pub fn calendar(&self, first: NaiveDate, last: NaiveDate) -> Vec<DayStat> {
        first
            .iter_days()
            .take_while(|d| *d <= last)
            .map(|d| self.day(d))
            .collect()
    }

    /// The last `count` ISO weeks, oldest first, ending with this week;
    /// weeks without sessions are included with zeros.
    pub fn weeks(&self, count: usize) -> Vec<WeekStat> {
        let this_monday = monday(self.today);
        (0..count as u64)
            .rev()
            .filter_map(|k| this_monday.checked_sub_days(Days::new(7 * k)))
            .map(|monday| {
                let sunday = monday + Days::new(6);
                let iso = monday.iso_week();
                let mut w = WeekStat {
                    monday,
                    iso_year: iso.year(),
                    week: iso.week(),
                    sessions: 0,
                    active_seconds: 0,
                };
                for d in self.days.range(monday..=sunday).map(|(_, d)| d) {
                    w.sessions += d.sessions;
                    w.active_seconds += d.active_seconds;
                }
                w
            })
            .collect()
    }
}

/// The Monday of the ISO week `date` is in.
pub fn monday(date: NaiveDate) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().num_days_from_monday()))
}

/// Current and best streak from the days with sessions (ascending, or in any
/// order; repeats are ignored).
pub fn streaks(days: impl IntoIterator<Item = NaiveDate>, today: NaiveDate) -> Streaks {
    let mut days: Vec<NaiveDate> = days.into_iter().collect();
    days.sort_unstable();
    days.dedup();
    let mut best = 0;
    let mut run = 0;
    let mut previous: Option<NaiveDate> = None;
    for &d in &days {
        run = match previous {
            Some(p) if p.succ_opt() == Some(d) => run + 1,
            _ => 1,
        };
        best = best.max(run);
        previous = Some(d);
    }
    let alive = previous.is_some_and(|last| today.pred_opt().is_some_and(|y| last >= y));
    Streaks {
        current: if alive { run } else { 0 },
        best,
    }
}

fn pain_trend(points: &[PainPoint], when: PainWhen) -> Option<PainTrend> {
    let rated: Vec<f32> = points
        .iter()
        .filter_map(|p| match when {
            PainWhen::Before => p.before,
            PainWhen::After => p.after,
        })
        .map(|p| f32::from(p.get()))
        .collect();
    let per_group = (rated.len() / 2).min(PAIN_GROUP);
    if per_group == 0 {
        return None;
    }
    let mean = |xs: &[f32]| xs.iter().sum::<f32>() / xs.len() as f32;
    Some(PainTrend {
        when,
        earlier: mean(&rated[..per_group]),
        recent: mean(&rated[rated.len() - per_group..]),
        per_group,
        rated: rated.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::testing::record;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn at(starts: &[&str]) -> Vec<Record> {
        starts.iter().map(|s| record(s, s)).collect()
    }

    fn with_pain(start: &str, before: Option<u8>, after: Option<u8>) -> Record {
        record(start, "").with_pain(before.and_then(Pain::new), after.and_then(Pain::new))
    }

    #[test]
    fn streaks_run_across_month_and_year_ends() {
        let records = at(&[
            "2024-02-27T08:00:00+00:00",
            "2024-02-28T08:00:00+00:00",
            "2024-02-29T08:00:00+00:00", // leap day
            "2024-03-01T08:00:00+00:00",
            "2024-12-30T08:00:00+00:00",
            "2024-12-31T20:00:00+00:00",
            "2025-01-01T07:00:00+00:00",
            "2025-01-01T19:00:00+00:00", // second session, same day
        ]);
        let s = Stats::new(&records, date("2025-01-02"));
        assert_eq!(
            s.streaks,
            Streaks {
                current: 3,
                best: 4
            }
        );
        // Without the leap day the February run is two days and one.
        let no_leap: Vec<Record> = records
            .iter()
            .filter(|r| r.date() != date("2024-02-29"))
            .cloned()
            .collect();
        let s = Stats::new(&no_leap, date("2025-01-01"));
        assert_eq!(
            s.streaks,
            Streaks {
                current: 3,
                best: 3
            }
        );
        assert_eq!(s.day(date("2025-01-01")).sessions, 2);
    }

    #[test]
    fn current_streak_survives_until_a_whole_day_is_missed() {
        let records = at(&[
            "2025-01-30T08:00:00+00:00",
            "2025-01-31T08:00:00+00:00",
            "2025-02-01T08:00:00+00:00",
        ]);
        let current = |today| Stats::new(&records, date(today)).streaks.current;
        assert_eq!(current("2025-02-01"), 3, "session today");
        assert_eq!(current("2025-02-02"), 3, "none yet today");
        assert_eq!(current("2025-02-03"), 0, "a day missed");
        assert_eq!(Stats::new(&records, date("2025-02-03")).streaks.best, 3);
        assert_eq!(
            Stats::new(&[], date("2025-02-03")).streaks,
            Streaks::default()
        );
    }

    #[test]
    fn dst_changes_keep_sessions_on_their_local_day() {
        // Europe/London: clocks go forward on 30 March 2025 (01:00 UTC) and
        // back on 26 October 2025 (01:00 UTC).
        let records = at(&[
            "2025-03-29T23:30:00+00:00",
            "2025-03-30T23:30:00+01:00", // 22:30 UTC
            "2025-03-31T00:30:00+01:00", // 23:30 UTC on the 30th
            "2025-10-25T23:30:00+01:00", // 22:30 UTC
            "2025-10-26T00:30:00+01:00", // 23:30 UTC on the 25th
            "2025-10-26T23:30:00+00:00",
        ]);
        let s = Stats::new(&records, date("2025-10-27"));
        let days: Vec<NaiveDate> = s.days.keys().copied().collect();
        assert_eq!(
            days,
            [
                date("2025-03-29"),
                date("2025-03-30"),
                date("2025-03-31"),
                date("2025-10-25"),
                date("2025-10-26"),
            ]
        );
        assert_eq!(
            s.streaks,
            Streaks {
                current: 2,
                best: 3
            }
        );
        assert_eq!(s.day(date("2025-10-26")).sessions, 2);
        // UTC days would have merged the 30th and 31st, and both October
        // nights into the 25th.
        let utc_days: std::collections::BTreeSet<NaiveDate> = records
            .iter()
            .map(|r| r.started_at.with_timezone(&Utc).date_naive())
            .collect();
        assert_eq!(utc_days.len(), 4);
    }

    #[test]
    fn a_time_zone_change_between_sessions_keeps_the_streak() {
        // Late evening in London, then a flight west: late evening the next
        // day in New York is already the day after that in UTC.
        let westward = at(&[
            "2025-06-01T22:30:00+01:00",
            "2025-06-02T21:00:00-04:00", // 01:00 UTC on 3 June
            "2025-06-03T20:00:00-04:00",
        ]);
        let s = Stats::new(&westward, date("2025-06-03"));
        assert_eq!(
            s.streaks,
            Streaks {
                current: 3,
                best: 3
            }
        );
        // Eastward to Tokyo: 1 June morning in London, then 2 June early
        // morning in Tokyo is still 1 June in UTC — two local days anyway.
        let eastward = at(&["2025-06-01T08:00:00+01:00", "2025-06-02T06:00:00+09:00"]);
        let s = Stats::new(&eastward, date("2025-06-02"));
        assert_eq!(s.days.len(), 2);
        assert_eq!(s.streaks.current, 2);
        // Today's date comes from where the person is now; a session whose
        // own day is later than that still keeps the streak alive.
        let s = Stats::new(&eastward, date("2025-06-01"));
        assert_eq!(s.streaks.current, 2);
    }

    #[test]
    fn weeks_are_iso_weeks_across_a_year_end_with_empty_weeks_kept() {
        let records = at(&[
            "2024-12-22T08:00:00+00:00", // Sunday, 2024-W51
            "2024-12-29T08:00:00+00:00", // Sunday, 2024-W52
            "2024-12-30T08:00:00+00:00", // Monday, 2025-W01
            "2025-01-02T08:00:00+00:00", // Thursday, 2025-W01
            "2025-01-13T08:00:00+00:00", // Monday, 2025-W03
        ]);
        let s = Stats::new(&records, date("2025-01-15"));
        let weeks = s.weeks(4);
        let shape: Vec<(i32, u32, NaiveDate, u32)> = weeks
            .iter()
            .map(|w| (w.iso_year, w.week, w.monday, w.sessions))
            .collect();
        assert_eq!(
            shape,
            [
                (2024, 52, date("2024-12-23"), 1),
                (2025, 1, date("2024-12-30"), 2),
                (2025, 2, date("2025-01-06"), 0),
                (2025, 3, date("2025-01-13"), 1),
            ]
        );
        assert_eq!(weeks[1].active_seconds, 2 * 840);
        assert_eq!(weeks[1].minutes(), 28.0);
    }

    #[test]
    fn weeks_count_local_days_across_dst_and_offsets() {
        // Sunday 23:30 BST is Sunday locally though Monday is near; Monday
        // 00:30 BST is Sunday 23:30 UTC but Monday locally.
        let records = at(&["2025-06-01T23:30:00+01:00", "2025-06-02T00:30:00+01:00"]);
        let s = Stats::new(&records, date("2025-06-02"));
        let w = s.weeks(2);
        assert_eq!((w[0].monday, w[0].sessions), (date("2025-05-26"), 1));
        assert_eq!((w[1].monday, w[1].sessions), (date("2025-06-02"), 1));
    }

    #[test]
    fn calendar_is_contiguous_with_minutes_per_day() {
        let mut records = at(&["2025-01-31T08:00:00+00:00", "2025-02-02T08:00:00+00:00"]);
        records[1].active_seconds = 90;
        let s = Stats::new(&records, date("2025-02-02"));
        let cal = s.calendar(date("2025-01-30"), date("2025-02-02"));
        let minutes: Vec<(u32, f32)> = cal.iter().map(|d| (d.date.day(), d.minutes())).collect();
        assert_eq!(minutes, [(30, 0.0), (31, 14.0), (1, 0.0), (2, 1.5)]);
        assert_eq!(s.total_active_seconds, 930);
    }

    #[test]
    fn partial_sessions_count_as_days_but_not_as_completed() {
        let mut records = at(&["2025-01-31T08:00:00+00:00", "2025-01-31T18:00:00+00:00"]);
        records[1].completed = false;
        let s = Stats::new(&records, date("2025-01-31"));
        let d = s.day(date("2025-01-31"));
        assert_eq!((d.sessions, d.completed), (2, 1));
        assert_eq!(s.streaks.current, 1);
    }

    #[test]
    fn summary_sentence_counts_three_weeks_and_compares_pain_after() {
        // Pain after: 6, 5, 4 early on; ... 2, 2, 1 lately (ten sessions).
        let afters = [6, 5, 4, 5, 3, 4, 3, 2, 2, 1];
        let records: Vec<Record> = afters
            .iter()
            .enumerate()
            .map(|(i, &a)| {
                let start = format!("2025-02-{:02}T08:00:00+00:00", 1 + 3 * i);
                with_pain(&start, Some(7), Some(a))
            })
            .collect();
        // Sessions on 1, 4, …, 28 Feb; the last 21 days to 28 Feb start on
        // the 8th: sessions on 10, 13, 16, 19, 22, 25, 28 → 7.
        let s = Stats::new(&records, date("2025-02-28"));
        let o = &s.overview;
        assert_eq!(o.recent_sessions, 7);
        let p = o.pain.unwrap();
        assert_eq!((p.when, p.per_group, p.rated), (PainWhen::After, 5, 10));
        assert!((p.earlier - 4.6).abs() < 1e-6, "{p:?}");
        assert!((p.recent - 2.4).abs() < 1e-6, "{p:?}");
        assert_eq!(
            o.to_string(),
            "7 sessions in the last 3 weeks · average pain after a session 4.6 → 2.4"
        );
        assert_eq!(
            p.explain(),
            "your first 5 rated sessions compared with your latest 5"
        );
        assert_eq!(s.pain.len(), 10);
    }

    #[test]
    fn summary_sentence_without_pain_or_sessions() {
        assert_eq!(
            Stats::new(&[], date("2025-03-01")).overview.to_string(),
            "No sessions recorded yet"
        );
        let one = vec![with_pain("2025-02-01T08:00:00+00:00", None, Some(3))];
        let s = Stats::new(&one, date("2025-02-01"));
        assert_eq!(s.overview.pain, None, "one rating is no trend");
        assert_eq!(s.overview.to_string(), "1 session in the last 3 weeks");
        let s = Stats::new(&one, date("2025-02-22"));
        assert_eq!(
            s.overview.to_string(),
            "No sessions in the last 3 weeks · the last one was on 1 February 2025"
        );
        let s = Stats::new(&one, date("2025-02-21"));
        assert_eq!(s.overview.recent_sessions, 1, "21 days include today");
    }

    #[test]
    fn pain_trend_uses_before_when_after_is_never_given_and_whole_numbers() {
        let records = vec![
            with_pain("2025-02-01T08:00:00+00:00", Some(6), None),
            with_pain("2025-02-02T08:00:00+00:00", None, None),
            with_pain("2025-02-03T08:00:00+00:00", Some(5), None),
            with_pain("2025-02-04T08:00:00+00:00", Some(4), None),
        ];
        let s = Stats::new(&records, date("2025-02-04"));
        let p = s.overview.pain.unwrap();
        assert_eq!((p.when, p.per_group, p.rated), (PainWhen::Before, 1, 3));
        assert_eq!(
            s.overview.to_string(),
            "4 sessions in the last 3 weeks · average pain before a session 6 → 4"
        );
        assert_eq!(
            p.explain(),
            "your first rated session compared with your latest"
        );
        assert_eq!(s.pain.len(), 3, "the unrated session is not a point");
    }

    #[test]
    fn dates_follow_the_pattern_and_a_broken_one_gives_the_iso_date() {
        let d = date("2025-02-01");
        assert_eq!(
            crate::i18n::format_date(d, "%a %-d %B %Y"),
            "Sat 1 February 2025"
        );
        assert_eq!(
            crate::i18n::format_date(d, "%Q %-d"),
            "2025-02-01",
            "unknown code"
        );
        assert_eq!(
            crate::i18n::format_date(d, "%H:%M"),
            "2025-02-01",
            "no time in a date"
        );
        assert_eq!(rating(4.6), 4.6);
        assert_eq!(rating(3.0), 3.0);
        assert_eq!(rating(2.35), 2.4);
    }

    #[test]
    fn pain_series_follows_the_instant_not_the_local_clock() {
        let records = vec![
            with_pain("2025-02-01T09:00:00-05:00", None, Some(1)), // 14:00 UTC
            with_pain("2025-02-01T10:00:00+00:00", None, Some(9)),
            with_pain("2025-02-02T10:00:00+00:00", None, Some(5)),
        ];
        let s = Stats::new(&records, date("2025-02-02"));
        let afters: Vec<u8> = s.pain.iter().map(|p| p.after.unwrap().get()).collect();
        assert_eq!(afters, [9, 1, 5]);
        assert_eq!(s.overview.pain.unwrap().earlier, 9.0);
    }
}
