//! Self-care between sessions: the programme's everyday habits beyond the
//! exercises, for the *Between sessions* page, and one short tip at a time
//! for the daily reminder. Everyday advice, not treatment.

use chrono::{Datelike, NaiveDate};

/// One subject on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Topic {
    pub title: &'static str,
    pub points: &'static [&'static str],
}

pub const TOPICS: [Topic; 5] = [
    Topic {
        title: "Sitting at a desk",
        points: &[
            "Keep both feet flat on the floor.",
            "Put a small cushion or a rolled-up towel behind your lower back.",
        ],
    },
    Topic {
        title: "In bed",
        points: &["Lie on your side with a pillow between your knees."],
    },
    Topic {
        title: "Moving through the day",
        points: &[
            "Change position often rather than holding one for long.",
            "After 30 to 60 minutes of sitting, get up and walk for a minute or two. The Desk break routine fits in that pause.",
        ],
    },
    Topic {
        title: "Drinking and eating",
        points: &[
            "Drink water through the day: it keeps muscles and the discs of your spine hydrated.",
            "The programme suggests food rich in magnesium (leafy greens), omega-3 fats, B vitamins and antioxidants as part of an ordinary diet.",
        ],
    },
    Topic {
        title: "Cold, then warm",
        points: &[
            "In the first 48 hours of a flare-up, use a cold pack for 15 to 20 minutes at a time. The Cold pack routine times it.",
            "After that, warmth helps more than cold.",
            "Always put a thin cloth between the pack and your skin.",
        ],
    },
];

/// Short tips, one per reminder, in turn.
pub const TIPS: [&str; 7] = [
    "At your desk, keep both feet flat and a rolled towel behind your lower back.",
    "Sitting for a while? Stand up and walk for a minute or two every 30 to 60 minutes.",
    "Drink a glass of water: it keeps muscles and spinal discs hydrated.",
    "Sleep on your side with a pillow between your knees.",
    "Change position often; no one posture is right for hours.",
    "Flare-up in the last 48 hours? A cold pack, 15 to 20 minutes, with a cloth against the skin.",
    "Stretch to a mild stretch, never into pain, and do not bounce.",
];

/// The tip for a day: each day the next one, round the list.
pub fn tip_for(day: NaiveDate) -> &'static str {
    let n = day.num_days_from_ce().unsigned_abs() as usize;
    TIPS[n % TIPS.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_day_has_the_next_tip() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let next = d.succ_opt().unwrap();
        assert_ne!(tip_for(d), tip_for(next));
        let week = d + chrono::Days::new(TIPS.len() as u64);
        assert_eq!(tip_for(d), tip_for(week));
    }

    #[test]
    fn the_figures_match_the_programme() {
        let all: String = TOPICS
            .iter()
            .flat_map(|t| t.points.iter())
            .copied()
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
