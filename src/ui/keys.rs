//! Keyboard: raw key events become a small `Key`, and each screen maps
//! keys to its own messages with a plain function (tested below).
//!
//! The view's wrapper (`widgets::pulse`) reports only keys no widget used,
//! so typing in a text field never triggers these shortcuts.

use iced::keyboard::{self, key::Named};

use super::screens::{editor, finish, history, library, player, safety, settings};
use crate::routine::Answer;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Space,
    Enter,
    Escape,
    /// Tab, or Shift+Tab (`back`): move between fields.
    Tab {
        back: bool,
    },
    Delete,
    /// Ctrl+S (Cmd+S on macOS).
    Save,
    Left,
    Right,
    Up,
    Down,
    Char(char),
}

/// Turns a key press into a `Key`. Releases, held-down repeats and presses
/// with Ctrl/Alt/Super are ignored (they belong to the system or to text).
pub fn from_event(event: keyboard::Event) -> Option<Key> {
    let keyboard::Event::KeyPressed {
        key,
        modified_key,
        modifiers,
        repeat,
        ..
    } = event
    else {
        return None;
    };
    if repeat {
        return None;
    }
    if modifiers.command() && !modifiers.alt() {
        // The one shortcut with a modifier; the rest belong to the system.
        return match key.as_ref() {
            keyboard::Key::Character("s") | keyboard::Key::Character("S") => Some(Key::Save),
            _ => None,
        };
    }
    if modifiers.control() || modifiers.alt() || modifiers.logo() {
        return None;
    }
    match key.as_ref() {
        keyboard::Key::Named(named) => match named {
            Named::Space => Some(Key::Space),
            Named::Enter => Some(Key::Enter),
            Named::Escape => Some(Key::Escape),
            Named::ArrowLeft => Some(Key::Left),
            Named::ArrowRight => Some(Key::Right),
            Named::ArrowUp => Some(Key::Up),
            Named::ArrowDown => Some(Key::Down),
            Named::Tab => Some(Key::Tab {
                back: modifiers.shift(),
            }),
            Named::Delete => Some(Key::Delete),
            _ => None,
        },
        // Shift+= is "+", so read the character as typed.
        keyboard::Key::Character(_) => match modified_key.as_ref() {
            keyboard::Key::Character(c) => {
                let mut chars = c.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(Key::Char(c.to_ascii_lowercase())),
                    _ => None,
                }
            }
            _ => None,
        },
        keyboard::Key::Unidentified => None,
    }
}

/// What the player is showing, for the keys that mean different things.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlayerMode {
    /// Before the start.
    Ready,
    Running,
    /// At a gate question; `focused` is the highlighted answer.
    Gate {
        focused: Answer,
    },
    /// "Stop this session?" is on screen.
    ConfirmStop,
}

pub fn player(key: Key, mode: PlayerMode) -> Option<player::Message> {
    use player::Message as M;
    // These work everywhere in the player.
    match key {
        Key::Char('f') => return Some(M::ToggleFullscreen),
        Key::Char('m') => return Some(M::ToggleMute),
        Key::Char('c') => return Some(M::ToggleCompact),
        _ => {}
    }
    match mode {
        PlayerMode::ConfirmStop => match key {
            Key::Enter | Key::Char('y') => Some(M::Stop),
            Key::Escape | Key::Char('n') => Some(M::CancelStop),
            _ => None,
        },
        PlayerMode::Ready => match key {
            Key::Space | Key::Enter => Some(M::Start),
            Key::Escape => Some(M::Leave),
            Key::Char('y') => Some(M::StepUp(true)),
            Key::Char('n') => Some(M::StepUp(false)),
            Key::Char(c) => c.to_digit(10).map(|d| M::Pain(d as u8)),
            _ => None,
        },
        PlayerMode::Gate { focused } => match key {
            Key::Char('y') => Some(M::Answer(Answer::Yes)),
            Key::Char('n') => Some(M::Answer(Answer::No)),
            Key::Left | Key::Right | Key::Up | Key::Down => Some(M::FocusAnswer(match focused {
                Answer::Yes => Answer::No,
                Answer::No => Answer::Yes,
            })),
            Key::Enter | Key::Space => Some(M::Answer(focused)),
            Key::Char('p') => Some(M::Back),
            Key::Escape => Some(M::AskStop),
            _ => None,
        },
        PlayerMode::Running => match key {
            Key::Space => Some(M::TogglePause),
            Key::Right | Key::Char('n') => Some(M::Skip),
            Key::Left | Key::Char('p') => Some(M::Back),
            Key::Char('r') => Some(M::Restart),
            Key::Char('+') | Key::Char('=') => Some(M::AddTime),
            Key::Enter => Some(M::Confirm),
            Key::Escape => Some(M::AskStop),
            _ => None,
        },
    }
}

pub fn library(key: Key) -> Option<library::Message> {
    use library::Message as M;
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
        _ => None,
    }
}

pub fn finish(key: Key) -> Option<finish::Message> {
    use finish::Message as M;
    match key {
        Key::Enter | Key::Escape => Some(M::Done),
        Key::Char(c) => c.to_digit(10).map(|d| M::Pain(d as u8)),
        _ => None,
    }
}

/// Editor keys outside a text field (`adding`: the add-a-move picker is up).
pub fn editor(key: Key, adding: bool) -> Option<editor::Message> {
    use editor::Message as M;
    if adding {
        return match key {
            Key::Up => Some(M::PickBy(-1)),
            Key::Down => Some(M::PickBy(1)),
            Key::Enter | Key::Space => Some(M::Add(None)),
            Key::Escape => Some(M::CancelAdd),
            _ => None,
        };
    }
    match key {
        Key::Up => Some(M::SelectBy(-1)),
        Key::Down => Some(M::SelectBy(1)),
        Key::Char('[') => Some(M::MoveUp),
        Key::Char(']') => Some(M::MoveDown),
        Key::Delete => Some(M::Remove),
        Key::Char('a') => Some(M::OpenAdd),
        Key::Char('d') => Some(M::Duplicate),
        Key::Char('r') => Some(M::Reset),
        Key::Save => Some(M::Save),
        Key::Escape => Some(M::Close),
        _ => None,
    }
}

pub fn settings(key: Key) -> Option<settings::Message> {
    use settings::Message as M;
    match key {
        Key::Up => Some(M::Select(-1)),
        Key::Down => Some(M::Select(1)),
        Key::Left => Some(M::Step(-1)),
        Key::Right | Key::Enter | Key::Space => Some(M::Step(1)),
        Key::Char('r') => Some(M::OpenRoutines),
        Key::Char('f') => Some(M::OpenSettingsFile),
        Key::Char('p') => Some(M::Preview),
        Key::Escape => Some(M::Close),
        _ => None,
    }
}

/// History: Esc back, ↑/↓ through the sessions, E and J export.
pub fn history(key: Key) -> Option<history::Message> {
    use crate::history::Format;
    use history::Message as M;
    match key {
        Key::Escape => Some(M::Close),
        Key::Up => Some(M::Move(-1)),
        Key::Down => Some(M::Move(1)),
        Key::Char('e') => Some(M::Export(Format::Csv)),
        Key::Char('j') => Some(M::Export(Format::Json)),
        _ => None,
    }
}

pub fn safety(key: Key) -> Option<safety::Message> {
    match key {
        Key::Enter | Key::Escape | Key::Space => Some(safety::Message::Close),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::keyboard::{Location, Modifiers, key::Physical};

    fn press(key: keyboard::Key, modified: keyboard::Key, modifiers: Modifiers) -> keyboard::Event {
        keyboard::Event::KeyPressed {
            key,
            modified_key: modified,
            physical_key: Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
            location: Location::Standard,
            modifiers,
            text: None,
            repeat: false,
        }
    }

    fn ch(c: &str) -> keyboard::Key {
        keyboard::Key::Character(c.into())
    }

    #[test]
    fn events_become_keys() {
        let named = |n| keyboard::Key::Named(n);
        assert_eq!(
            from_event(press(
                named(Named::Space),
                named(Named::Space),
                Modifiers::empty()
            )),
            Some(Key::Space)
        );
        assert_eq!(
            from_event(press(ch("n"), ch("N"), Modifiers::SHIFT)),
            Some(Key::Char('n'))
        );
        // Shift+= types "+".
        assert_eq!(
            from_event(press(ch("="), ch("+"), Modifiers::SHIFT)),
            Some(Key::Char('+'))
        );
        // Ctrl+R belongs to someone else.
        assert_eq!(from_event(press(ch("r"), ch("r"), Modifiers::CTRL)), None);
        // Held keys do not repeat actions.
        let mut repeat = press(named(Named::Space), named(Named::Space), Modifiers::empty());
        if let keyboard::Event::KeyPressed { repeat: r, .. } = &mut repeat {
            *r = true;
        }
        assert_eq!(from_event(repeat), None);
        assert_eq!(
            from_event(keyboard::Event::KeyReleased {
                key: ch("a"),
                modified_key: ch("a"),
                physical_key: Physical::Unidentified(keyboard::key::NativeCode::Unidentified),
                location: Location::Standard,
                modifiers: Modifiers::empty(),
            }),
            None
        );
    }

    #[test]
    fn the_player_keys_do_what_the_hints_say() {
        use player::Message as M;
        let run = |k| player(k, PlayerMode::Running);
        assert_eq!(run(Key::Space), Some(M::TogglePause));
        assert_eq!(run(Key::Right), Some(M::Skip));
        assert_eq!(run(Key::Char('n')), Some(M::Skip));
        assert_eq!(run(Key::Left), Some(M::Back));
        assert_eq!(run(Key::Char('p')), Some(M::Back));
        assert_eq!(run(Key::Char('r')), Some(M::Restart));
        assert_eq!(run(Key::Char('+')), Some(M::AddTime));
        assert_eq!(run(Key::Enter), Some(M::Confirm));
        assert_eq!(run(Key::Escape), Some(M::AskStop));
        assert_eq!(run(Key::Char('f')), Some(M::ToggleFullscreen));
        assert_eq!(run(Key::Char('m')), Some(M::ToggleMute));
        assert_eq!(run(Key::Char('c')), Some(M::ToggleCompact));
        assert_eq!(run(Key::Char('x')), None);
    }

    #[test]
    fn at_a_gate_y_and_n_answer_and_arrows_choose() {
        use player::Message as M;
        let gate = PlayerMode::Gate {
            focused: Answer::No,
        };
        assert_eq!(player(Key::Char('y'), gate), Some(M::Answer(Answer::Yes)));
        // N answers "no" here instead of skipping.
        assert_eq!(player(Key::Char('n'), gate), Some(M::Answer(Answer::No)));
        assert_eq!(player(Key::Left, gate), Some(M::FocusAnswer(Answer::Yes)));
        assert_eq!(player(Key::Enter, gate), Some(M::Answer(Answer::No)));
        assert_eq!(player(Key::Space, gate), Some(M::Answer(Answer::No)));
    }

    #[test]
    fn stopping_asks_first() {
        use player::Message as M;
        assert_eq!(player(Key::Escape, PlayerMode::Running), Some(M::AskStop));
        assert_eq!(player(Key::Enter, PlayerMode::ConfirmStop), Some(M::Stop));
        assert_eq!(
            player(Key::Escape, PlayerMode::ConfirmStop),
            Some(M::CancelStop)
        );
        // Space does not pause behind the question.
        assert_eq!(player(Key::Space, PlayerMode::ConfirmStop), None);
    }

    #[test]
    fn before_the_start_space_starts_and_escape_leaves() {
        use player::Message as M;
        assert_eq!(player(Key::Space, PlayerMode::Ready), Some(M::Start));
        assert_eq!(player(Key::Enter, PlayerMode::Ready), Some(M::Start));
        assert_eq!(player(Key::Escape, PlayerMode::Ready), Some(M::Leave));
        assert_eq!(player(Key::Right, PlayerMode::Ready), None);
        assert_eq!(
            player(Key::Char('y'), PlayerMode::Ready),
            Some(M::StepUp(true))
        );
    }

    #[test]
    fn library_arrows_move_and_enter_opens() {
        use library::Message as M;
        assert_eq!(library(Key::Right), Some(M::Move(1, 0)));
        assert_eq!(library(Key::Up), Some(M::Move(0, -1)));
        assert_eq!(library(Key::Enter), Some(M::OpenSelected));
        assert_eq!(library(Key::Char('s')), Some(M::ShowSettings));
        assert_eq!(library(Key::Char('i')), Some(M::ShowSafety));
        assert_eq!(library(Key::Char('q')), None);
    }

    #[test]
    fn h_opens_the_history_from_the_library() {
        assert_eq!(library(Key::Char('h')), Some(library::Message::ShowHistory));
        assert_eq!(library(Key::Char('i')), Some(library::Message::ShowSafety));
    }

    #[test]
    fn history_keys_browse_export_and_go_back() {
        use crate::history::Format;
        use history::Message as M;
        assert_eq!(history(Key::Escape), Some(M::Close));
        assert_eq!(history(Key::Down), Some(M::Move(1)));
        assert_eq!(history(Key::Up), Some(M::Move(-1)));
        assert_eq!(history(Key::Char('e')), Some(M::Export(Format::Csv)));
        assert_eq!(history(Key::Char('j')), Some(M::Export(Format::Json)));
        assert_eq!(history(Key::Char('h')), None);
        assert_eq!(history(Key::Space), None);
    }

    #[test]
    fn editor_keys_outside_fields_and_in_the_picker() {
        use editor::Message as M;
        assert_eq!(editor(Key::Down, false), Some(M::SelectBy(1)));
        assert_eq!(editor(Key::Char(']'), false), Some(M::MoveDown));
        assert_eq!(editor(Key::Delete, false), Some(M::Remove));
        assert_eq!(editor(Key::Save, false), Some(M::Save));
        assert_eq!(editor(Key::Escape, false), Some(M::Close));
        assert_eq!(editor(Key::Down, true), Some(M::PickBy(1)));
        assert_eq!(editor(Key::Enter, true), Some(M::Add(None)));
        assert_eq!(editor(Key::Escape, true), Some(M::CancelAdd));
    }

    #[test]
    fn ctrl_s_saves_and_tab_moves_between_fields() {
        let named = |n| keyboard::Key::Named(n);
        assert_eq!(
            from_event(press(ch("s"), ch("s"), Modifiers::CTRL)),
            Some(Key::Save)
        );
        assert_eq!(
            from_event(press(
                named(Named::Tab),
                named(Named::Tab),
                Modifiers::SHIFT
            )),
            Some(Key::Tab { back: true })
        );
        assert_eq!(from_event(press(ch("q"), ch("q"), Modifiers::CTRL)), None);
    }

    #[test]
    fn settings_arrows_choose_and_change() {
        use settings::Message as M;
        assert_eq!(settings(Key::Down), Some(M::Select(1)));
        assert_eq!(settings(Key::Left), Some(M::Step(-1)));
        assert_eq!(settings(Key::Enter), Some(M::Step(1)));
        assert_eq!(settings(Key::Escape), Some(M::Close));
    }

    #[test]
    fn finish_returns_with_enter_and_digits_rate_pain() {
        assert_eq!(finish(Key::Enter), Some(finish::Message::Done));
        assert_eq!(finish(Key::Char('3')), Some(finish::Message::Pain(3)));
        assert_eq!(finish(Key::Char('x')), None);
    }

    #[test]
    fn digits_rate_pain_before_the_start() {
        use player::Message as M;
        assert_eq!(player(Key::Char('7'), PlayerMode::Ready), Some(M::Pain(7)));
        // While running, digits do nothing.
        assert_eq!(player(Key::Char('7'), PlayerMode::Running), None);
    }
}
