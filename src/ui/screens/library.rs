//! The library: a card per routine. Arrow keys choose, Enter opens.

use iced::widget::{Column, Row, button, column, container, row, scrollable, text};
use iced::{Element, Length};

use crate::routine::{Entry, Plan, Source, clock};
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::widgets::hint;
use crate::ui::{art, theme};

pub const CARD_WIDTH: f32 = 360.0;
const SPACING: f32 = 20.0;
const PADDING: f32 = 28.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    /// Move the selection by (columns, rows).
    Move(i32, i32),
    OpenSelected,
    Open(usize),
    ShowSafety,
    ShowSettings,
    EditSelected,
    NewRoutine,
    ShowHistory,
    ShowReminders,
    ShowBetween,
    Import,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    None,
    /// Open the player for the routine with this id.
    Open(String),
    ShowSafety,
    ShowSettings,
    /// Edit the routine with this id.
    Edit(String),
    NewRoutine,
    ShowHistory,
    ShowReminders,
    ShowBetween,
    /// Import a routine from a file.
    Import,
}

#[derive(Debug, Default)]
pub struct Library {
    pub selected: usize,
}

/// Three lines of a card: longer descriptions are cut with an ellipsis.
const DESCRIPTION_CHARS: usize = 150;

/// Room for the description under a name: a name too long for one line
/// (French's "Soulagement de la sciatique") takes two lines from it.
fn description_chars(name: &str) -> usize {
    if name.chars().count() > LONG_NAME {
        DESCRIPTION_CHARS - 60
    } else {
        DESCRIPTION_CHARS
    }
}

/// About the most characters of a name that fit on a card's line.
const LONG_NAME: usize = 22;

/// `text` cut at a word to at most `max` characters, with "…" if cut.
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at_word = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end_matches([',', '.', ';', ':']))
}

/// How many cards fit side by side in a window this wide.
pub fn columns(width: f32) -> usize {
    (((width - 2.0 * PADDING + SPACING) / (CARD_WIDTH + SPACING)).floor() as usize).max(1)
}

impl Library {
    pub fn update(&mut self, message: Message, entries: &[Entry], columns: usize) -> Action {
        let count = entries.len();
        match message {
            Message::Move(dx, dy) if count > 0 => {
                let cols = columns.max(1) as i64;
                let target = self.selected as i64 + i64::from(dx) + i64::from(dy) * cols;
                // Up/down past the edge stays put; left/right stop at the ends.
                if (0..count as i64).contains(&target) {
                    self.selected = target as usize;
                }
                Action::None
            }
            Message::Move(..) => Action::None,
            Message::OpenSelected => self.open(self.selected, entries),
            Message::Open(i) => {
                self.selected = i.min(count.saturating_sub(1));
                self.open(i, entries)
            }
            Message::ShowSafety => Action::ShowSafety,
            Message::ShowSettings => Action::ShowSettings,
            Message::ShowReminders => Action::ShowReminders,
            Message::ShowBetween => Action::ShowBetween,
            Message::EditSelected => match entries.get(self.selected) {
                Some(e) if e.usable().is_some() => Action::Edit(e.id.clone()),
                _ => Action::None,
            },
            Message::NewRoutine => Action::NewRoutine,
            Message::ShowHistory => Action::ShowHistory,
            Message::Import => Action::Import,
        }
    }

    fn open(&self, i: usize, entries: &[Entry]) -> Action {
        match entries.get(i) {
            Some(e) if e.usable().is_some() => Action::Open(e.id.clone()),
            _ => Action::None,
        }
    }

    pub fn view<'a>(
        &'a self,
        entries: &'a [Entry],
        columns: usize,
        notices: &'a [String],
    ) -> Element<'a, Message> {
        let button = |label: String, key: &'a str, message: Message| {
            button(hint::labelled(label, key, 16.0))
                .padding([10, 16])
                .style(theme::control_button)
                .on_press(message)
        };
        let buttons = row![
            button(tr!("library-edit"), "E", Message::EditSelected),
            button(tr!("library-new"), "N", Message::NewRoutine),
            button(tr!("library-import"), "O", Message::Import),
            button(tr!("library-history"), "H", Message::ShowHistory),
            button(tr!("library-reminders"), "R", Message::ShowReminders),
            button(tr!("library-between"), "B", Message::ShowBetween),
            button(tr!("library-settings"), "S", Message::ShowSettings),
            button(tr!("library-safety"), "I", Message::ShowSafety),
        ]
        .spacing(10);
        let title = column![
            text("Limber").size(34).font(theme::BOLD),
            text(tr!("library-choose"))
                .size(17)
                .style(theme::muted_text),
        ]
        .spacing(2);
        // The buttons go under the title, wrapping in a narrow window:
        // beside it there is no room for all of them at the base size.
        let header: Element<'a, Message> = column![title, buttons.wrap().vertical_spacing(8)]
            .spacing(12)
            .into();

        let cards: Vec<Element<'a, Message>> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| self.card(i, e))
            .collect();
        let mut rows = Column::new().spacing(SPACING);
        let mut cards = cards.into_iter().peekable();
        while cards.peek().is_some() {
            let mut r = Row::new().spacing(SPACING);
            for _ in 0..columns.max(1) {
                if let Some(card) = cards.next() {
                    r = r.push(card);
                }
            }
            rows = rows.push(r);
        }

        let mut page = Column::new().spacing(22).push(header);
        for notice in notices {
            page = page.push(
                container(text(notice.as_str()).size(15))
                    .padding([10, 14])
                    .width(Length::Fill)
                    .style(theme::tinted(theme::CORAL)),
            );
        }
        // One column of cards: a small window, where the buttons may take
        // most of the height (more so in languages with long words), so
        // they scroll away with the cards.
        if columns <= 1 {
            let page = page.push(rows).padding(iced::Padding {
                right: 16.0,
                ..iced::Padding::ZERO
            });
            return container(scrollable(page).height(Length::Fill))
                .padding(PADDING)
                .into();
        }
        page = page.push(scrollable(rows).height(Length::Fill));
        container(page).padding(PADDING).into()
    }

    fn card<'a>(&'a self, i: usize, entry: &'a Entry) -> Element<'a, Message> {
        let selected = i == self.selected;
        let body: Element<'a, Message> = match (entry.usable(), &entry.routine) {
            (Some(r), result) => {
                let mut seen: Vec<&crate::routine::Move> = Vec::new();
                for m in r.moves() {
                    if !seen.iter().any(|s| s.image == m.image) {
                        seen.push(m);
                    }
                }
                let file = r.file.as_deref();
                let pictures = Row::with_children(
                    seen.into_iter()
                        .take(4)
                        .map(|m| art::view(file, Some(m), art::Pose::default(), 72, 54)),
                )
                .spacing(6);
                let source = match (&entry.source, entry.overrides_bundled) {
                    (Source::Bundled, _) => None,
                    (Source::User(_), true) => Some(tr!("library-your-version")),
                    (Source::User(_), false) => Some(tr!("library-your-routine")),
                };
                let length = clock(Plan::estimate(r));
                let moves = r.move_count();
                let mut body = column![
                    pictures,
                    text(r.name.as_str()).size(24).font(theme::BOLD),
                    text(match source {
                        None => tr!("library-card-line", time = length, count = moves),
                        Some(source) => tr!(
                            "library-card-line-source",
                            time = length,
                            count = moves,
                            source = source
                        ),
                    })
                    .size(16)
                    .style(theme::accent_text),
                ]
                .spacing(8);
                body = match result {
                    Ok(_) => body.push(
                        text(short(&r.description, description_chars(&r.name)))
                            .size(15)
                            .style(theme::muted_text),
                    ),
                    // Broken since it last loaded: say so, keep it usable.
                    Err(error) => body
                        .push(
                            text(tr!("library-mistake-last-good"))
                                .size(14)
                                .style(theme::danger_text),
                        )
                        .push(text(error.to_string()).size(13).font(iced::Font::MONOSPACE)),
                };
                body.into()
            }
            // Only a broken file has nothing usable.
            (None, result) => column![
                text(entry.id.as_str()).size(24).font(theme::BOLD),
                text(tr!("library-mistake"))
                    .size(15)
                    .style(theme::danger_text),
                text(
                    result
                        .as_ref()
                        .err()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                )
                .size(14)
                .font(iced::Font::MONOSPACE),
            ]
            .spacing(8)
            .into(),
        };
        let style = match (&entry.routine, selected) {
            (Err(_), _) => theme::error_card,
            (Ok(_), true) => theme::card_selected,
            (Ok(_), false) => theme::card,
        };
        button(
            container(body)
                .padding(18)
                .width(CARD_WIDTH)
                .height(232)
                .style(style),
        )
        .padding(0)
        .style(theme::bare_button)
        .on_press(Message::Open(i))
        .into()
    }
}

pub fn key(key: Key) -> Option<Message> {
    use Message as M;
    match key {
        Key::Left => Some(M::Move(-1, 0)),
        Key::Right => Some(M::Move(1, 0)),
        Key::Up => Some(M::Move(0, -1)),
        Key::Down => Some(M::Move(0, 1)),
        Key::Enter | Key::Space => Some(M::OpenSelected),
        Key::Char('s') => Some(M::ShowSettings),
        Key::Char('i') => Some(M::ShowSafety),
        Key::Char('e') => Some(M::EditSelected),
        Key::Char('n') => Some(M::NewRoutine),
        Key::Char('h') => Some(M::ShowHistory),
        Key::Char('r') => Some(M::ShowReminders),
        Key::Char('b') => Some(M::ShowBetween),
        Key::Char('o') => Some(M::Import),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_descriptions_are_cut_at_a_word() {
        assert_eq!(short("Short one.", 150), "Short one.");
        let long = "word ".repeat(60);
        let cut = short(&long, 150);
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= 151);
    }

    #[test]
    fn columns_follow_the_window_width() {
        assert_eq!(columns(400.0), 1);
        assert_eq!(columns(1280.0), 3);
        assert_eq!(columns(1920.0), 4);
        assert_eq!(columns(0.0), 1);
    }

    #[test]
    fn library_arrows_move_and_enter_opens() {
        use Message as M;
        assert_eq!(key(Key::Right), Some(M::Move(1, 0)));
        assert_eq!(key(Key::Up), Some(M::Move(0, -1)));
        assert_eq!(key(Key::Enter), Some(M::OpenSelected));
        assert_eq!(key(Key::Char('s')), Some(M::ShowSettings));
        assert_eq!(key(Key::Char('i')), Some(M::ShowSafety));
        assert_eq!(key(Key::Char('q')), None);
    }

    #[test]
    fn h_opens_the_history_from_the_library() {
        assert_eq!(key(Key::Char('h')), Some(Message::ShowHistory));
        assert_eq!(key(Key::Char('i')), Some(Message::ShowSafety));
    }
}
