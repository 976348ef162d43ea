//! Self-care between sessions: the programme's everyday habits beyond the
//! exercises, for the *Between sessions* page, and one short tip at a time
//! for the daily reminder. Everyday advice, not treatment.

use crate::tr;
use chrono::{Datelike, NaiveDate};

/// One subject on the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    pub title: String,
    pub points: Vec<String>,
}

/// The page's subjects, in the current language.
pub fn topics() -> [Topic; 5] {
    let topic = |title: String, points: Vec<String>| Topic { title, points };
    [
        topic(
            tr!("selfcare-desk"),
            vec![tr!("selfcare-desk-feet"), tr!("selfcare-desk-cushion")],
        ),
        topic(tr!("selfcare-bed"), vec![tr!("selfcare-bed-side")]),
        topic(
            tr!("selfcare-moving"),
            vec![tr!("selfcare-moving-often"), tr!("selfcare-moving-walk")],
        ),
        topic(
            tr!("selfcare-food"),
            vec![tr!("selfcare-food-water"), tr!("selfcare-food-diet")],
        ),
        topic(
            tr!("selfcare-cold-warm"),
            vec![
                tr!("selfcare-cold-first"),
                tr!("selfcare-cold-warmth"),
                tr!("selfcare-cold-cloth"),
            ],
        ),
    ]
}

/// Short tips, one per reminder, in turn.
pub fn tips() -> [String; 7] {
    [
        tr!("tip-desk"),
        tr!("tip-walk"),
        tr!("tip-water"),
        tr!("tip-sleep"),
        tr!("tip-position"),
        tr!("tip-cold"),
        tr!("tip-stretch"),
    ]
}

/// The tip for a day: each day the next one, round the list.
pub fn tip_for(day: NaiveDate) -> String {
    let n = day.num_days_from_ce().unsigned_abs() as usize;
    let tips = tips();
    tips[n % tips.len()].clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_day_has_the_next_tip() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let next = d.succ_opt().unwrap();
        assert_ne!(tip_for(d), tip_for(next));
        let week = d + chrono::Days::new(tips().len() as u64);
        assert_eq!(tip_for(d), tip_for(week));
    }

    #[test]
    fn the_figures_match_the_programme() {
        let all: String = topics()
            .iter()
            .flat_map(|t| t.points.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        for fact in [
            "48 hours",
            "15 to 20 minutes",
            "30 to 60 minutes",
            "pillow between your knees",
            "thin cloth",
        ] {
            assert!(all.contains(fact), "{fact}");
        }
    }
}
