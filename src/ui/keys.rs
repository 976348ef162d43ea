//! Keyboard: raw key events become a small `Key`; each screen maps keys to
//! its own messages with a plain `key` function of its own.
//!
//! The view's wrapper (`widgets::pulse`) reports only keys no widget used,
//! so typing in a text field never triggers these shortcuts.

use iced::keyboard::{self, key::Named};

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
}
