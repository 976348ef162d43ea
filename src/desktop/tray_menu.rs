//! What the reminder service's tray menu holds, the same on every system:
//! built here once as plain entries, drawn by `tray` (ksni, Linux) or
//! `system_tray` (Windows and macOS).

use crate::tr;

/// What was chosen in the tray's menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Start this routine (its id).
    Start(String),
    PauseHour,
    PauseTomorrow,
    Resume,
    PauseBreaksHour,
    PauseBreaksTomorrow,
    ResumeBreaks,
    OpenLimber,
    Quit,
}

/// What the menu shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Menu {
    /// "Next: Sciatica relief, today at 18:30", or why there is none.
    pub next: String,
    /// (id, name) of each routine.
    pub routines: Vec<(String, String)>,
    /// "Reminders paused until 19:30", when they are.
    pub paused: Option<String>,
    /// Movement breaks: `None` when they are off; `Some(Some(words))`
    /// while paused.
    pub breaks: Option<Option<String>>,
}

/// One line of the menu.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    /// Words that cannot be chosen (the next reminder, a pause).
    Note(String),
    Item(String, Choice),
    Sub(String, Vec<Entry>),
    Separator,
}

impl Menu {
    /// The icon's tooltip: the pause if there is one, else the next reminder.
    pub fn tooltip(&self) -> String {
        self.paused.clone().unwrap_or_else(|| self.next.clone())
    }

    /// The menu's lines, top to bottom.
    pub fn entries(&self) -> Vec<Entry> {
        let mut items = vec![
            Entry::Note(self.tooltip()),
            Entry::Separator,
            Entry::Sub(
                tr!("tray-start-routine"),
                self.routines
                    .iter()
                    .map(|(id, name)| Entry::Item(name.clone(), Choice::Start(id.clone())))
                    .collect(),
            ),
        ];
        if self.paused.is_some() {
            items.push(Entry::Item(tr!("tray-resume-reminders"), Choice::Resume));
        } else {
            items.push(Entry::Item(
                tr!("tray-pause-reminders-hour"),
                Choice::PauseHour,
            ));
            items.push(Entry::Item(
                tr!("tray-pause-reminders-tomorrow"),
                Choice::PauseTomorrow,
            ));
        }
        match &self.breaks {
            None => {}
            Some(Some(paused)) => items.extend([
                Entry::Separator,
                Entry::Note(paused.clone()),
                Entry::Item(tr!("tray-resume-breaks"), Choice::ResumeBreaks),
            ]),
            Some(None) => items.extend([
                Entry::Separator,
                Entry::Item(tr!("tray-pause-breaks-hour"), Choice::PauseBreaksHour),
                Entry::Item(
                    tr!("tray-pause-breaks-tomorrow"),
                    Choice::PauseBreaksTomorrow,
                ),
            ]),
        }
        items.extend([
            Entry::Separator,
            Entry::Item(tr!("tray-open-limber"), Choice::OpenLimber),
            Entry::Item(tr!("tray-quit"), Choice::Quit),
        ]);
        items
    }
}

impl Choice {
    /// A stable key for menus that name their items by string (muda).
    pub fn key(&self) -> String {
        match self {
            Choice::Start(id) => format!("start:{id}"),
            Choice::PauseHour => "pause-hour".into(),
            Choice::PauseTomorrow => "pause-tomorrow".into(),
            Choice::Resume => "resume".into(),
            Choice::PauseBreaksHour => "pause-breaks-hour".into(),
            Choice::PauseBreaksTomorrow => "pause-breaks-tomorrow".into(),
            Choice::ResumeBreaks => "resume-breaks".into(),
            Choice::OpenLimber => "open".into(),
            Choice::Quit => "quit".into(),
        }
    }

    /// The choice a key names (see [`Choice::key`]).
    pub fn from_key(key: &str) -> Option<Choice> {
        if let Some(id) = key.strip_prefix("start:") {
            return Some(Choice::Start(id.to_string()));
        }
        Some(match key {
            "pause-hour" => Choice::PauseHour,
            "pause-tomorrow" => Choice::PauseTomorrow,
            "resume" => Choice::Resume,
            "pause-breaks-hour" => Choice::PauseBreaksHour,
            "pause-breaks-tomorrow" => Choice::PauseBreaksTomorrow,
            "resume-breaks" => Choice::ResumeBreaks,
            "open" => Choice::OpenLimber,
            "quit" => Choice::Quit,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices(entries: &[Entry]) -> Vec<Choice> {
        let mut out = Vec::new();
        for e in entries {
            match e {
                Entry::Item(_, c) => out.push(c.clone()),
                Entry::Sub(_, inner) => out.extend(choices(inner)),
                Entry::Note(_) | Entry::Separator => {}
            }
        }
        out
    }

    fn menu() -> Menu {
        Menu {
            next: "Next: Sciatica relief, today at 18:30".into(),
            routines: vec![
                ("sciatica-relief".into(), "Sciatica relief".into()),
                ("desk-break".into(), "Desk break".into()),
            ],
            paused: None,
            breaks: None,
        }
    }

    #[test]
    fn the_menu_offers_each_routine_pausing_opening_and_quitting() {
        let entries = menu().entries();
        assert_eq!(
            entries[0],
            Entry::Note("Next: Sciatica relief, today at 18:30".into())
        );
        assert_eq!(
            choices(&entries),
            vec![
                Choice::Start("sciatica-relief".into()),
                Choice::Start("desk-break".into()),
                Choice::PauseHour,
                Choice::PauseTomorrow,
                Choice::OpenLimber,
                Choice::Quit,
            ]
        );
    }

    #[test]
    fn paused_reminders_and_breaks_offer_resuming_and_say_until_when() {
        let m = Menu {
            paused: Some("Reminders paused until 19:30".into()),
            breaks: Some(Some("Breaks paused until tomorrow".into())),
            ..menu()
        };
        let entries = m.entries();
        assert_eq!(m.tooltip(), "Reminders paused until 19:30");
        assert!(entries.contains(&Entry::Note("Breaks paused until tomorrow".into())));
        let c = choices(&entries);
        assert!(c.contains(&Choice::Resume) && c.contains(&Choice::ResumeBreaks));
        assert!(!c.contains(&Choice::PauseHour) && !c.contains(&Choice::PauseBreaksHour));
    }

    #[test]
    fn breaks_that_run_can_be_paused_from_the_menu() {
        let c = choices(
            &Menu {
                breaks: Some(None),
                ..menu()
            }
            .entries(),
        );
        assert!(c.contains(&Choice::PauseBreaksHour) && c.contains(&Choice::PauseBreaksTomorrow));
    }

    #[test]
    fn every_choice_survives_its_key() {
        let all = [
            Choice::Start("my:routine".into()),
            Choice::PauseHour,
            Choice::PauseTomorrow,
            Choice::Resume,
            Choice::PauseBreaksHour,
            Choice::PauseBreaksTomorrow,
            Choice::ResumeBreaks,
            Choice::OpenLimber,
            Choice::Quit,
        ];
        for c in all {
            assert_eq!(Choice::from_key(&c.key()), Some(c));
        }
        assert_eq!(Choice::from_key("nonsense"), None);
    }
}
