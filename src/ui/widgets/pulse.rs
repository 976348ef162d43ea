//! The window's clock and ears: one invisible wrapper around the whole view
//! that turns keys, resizes and due wake-ups into messages, on the UI
//! thread.
//!
//! Why not subscriptions: iced sends every window event, each redraw's
//! included, to every event-listening subscription on the async worker,
//! and a timer subscription is a task there whose message comes back
//! through the event loop. A widget sees the same events where they
//! happen, and can ask iced to redraw at an exact instant; at that redraw
//! it publishes the wake-up, iced updates the app and draws once. A tick
//! in a hold is then one wake-up of the UI thread and none of the worker
//! (measured per thread: docs/performance.md).

use std::time::Instant;

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree, tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Element, Event, Length, Rectangle, Size, Vector, keyboard, mouse, window};

/// What the wrapper reports, besides what its content does.
pub struct Pulse<'a, Message, Theme, Renderer> {
    content: Element<'a, Message, Theme, Renderer>,
    wake: Option<(Instant, Message)>,
    on: Handlers<Message>,
}

impl<'a, Message, Theme, Renderer> Pulse<'a, Message, Theme, Renderer> {
    pub fn new(content: impl Into<Element<'a, Message, Theme, Renderer>>) -> Self {
        Self {
            content: content.into(),
            wake: None,
            on: Handlers::default(),
        }
    }

    /// Publish `message` at the first redraw at or after `at`, and have
    /// iced redraw then.
    pub fn wake_at(mut self, at: Option<Instant>, message: Message) -> Self {
        self.wake = at.map(|at| (at, message));
        self
    }

    /// Keys no widget inside used (typing in a text field is not a
    /// shortcut).
    pub fn on_key(mut self, f: fn(keyboard::Event) -> Option<Message>) -> Self {
        self.on.key = Some(f);
        self
    }

    /// The window's new logical size.
    pub fn on_resize(mut self, f: fn(Size) -> Message) -> Self {
        self.on.resize = Some(f);
        self
    }

    /// The window gained (`true`) or lost keyboard focus.
    pub fn on_focus(mut self, f: fn(bool) -> Message) -> Self {
        self.on.focus = Some(f);
        self
    }

    /// Reports a file dropped on the window.
    pub fn on_drop(mut self, f: fn(std::path::PathBuf) -> Message) -> Self {
        self.on.drop = Some(f);
        self
    }
}

/// What the wrapper reports besides wake-ups: keys, resizes, focus.
struct Handlers<Message> {
    key: Option<fn(keyboard::Event) -> Option<Message>>,
    resize: Option<fn(Size) -> Message>,
    focus: Option<fn(bool) -> Message>,
    drop: Option<fn(std::path::PathBuf) -> Message>,
}

// Plain function pointers: copyable whatever `Message` is (a derive would
// ask `Message: Copy`).
impl<Message> Clone for Handlers<Message> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Message> Copy for Handlers<Message> {}

impl<Message> Default for Handlers<Message> {
    fn default() -> Self {
        Self {
            key: None,
            resize: None,
            focus: None,
            drop: None,
        }
    }
}

/// What the wrapper does with one event, after its content has seen it.
fn react<Message: Clone>(
    wake: Option<&(Instant, Message)>,
    on: Handlers<Message>,
    event: &Event,
    captured: bool,
) -> Reaction<Message> {
    let publish = |m: Option<Message>| m.map_or(Reaction::None, Reaction::Publish);
    match event {
        Event::Keyboard(key) if !captured => publish(on.key.and_then(|f| f(key.clone()))),
        Event::Window(window::Event::Resized(size)) => publish(on.resize.map(|f| f(*size))),
        Event::Window(window::Event::Focused) => publish(on.focus.map(|f| f(true))),
        Event::Window(window::Event::Unfocused) => publish(on.focus.map(|f| f(false))),
        Event::Window(window::Event::FileDropped(path)) => {
            publish(on.drop.map(|f| f(path.clone())))
        }
        Event::Window(window::Event::RedrawRequested(now)) => match wake {
            Some((at, message)) if *now >= *at => Reaction::Publish(message.clone()),
            Some((at, _)) => Reaction::RedrawAt(*at),
            None => Reaction::None,
        },
        _ => Reaction::None,
    }
}

#[derive(Debug, PartialEq)]
enum Reaction<Message> {
    None,
    Publish(Message),
    RedrawAt(Instant),
}

impl<Message, Theme, Renderer> Widget<Message, Theme, Renderer>
    for Pulse<'_, Message, Theme, Renderer>
where
    Message: Clone,
    Renderer: renderer::Renderer,
{
    // Transparent: the content's own tree is used as is.
    fn tag(&self) -> tree::Tag {
        self.content.as_widget().tag()
    }

    fn state(&self) -> tree::State {
        self.content.as_widget().state()
    }

    fn children(&self) -> Vec<Tree> {
        self.content.as_widget().children()
    }

    fn diff(&self, tree: &mut Tree) {
        self.content.as_widget().diff(tree);
    }

    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content.as_widget_mut().layout(tree, renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.content
            .as_widget()
            .draw(tree, renderer, theme, style, layout, cursor, viewport);
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.content
            .as_widget_mut()
            .operate(tree, layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.content.as_widget_mut().update(
            tree, event, layout, cursor, renderer, clipboard, shell, viewport,
        );
        let captured = shell.is_event_captured();
        match react(self.wake.as_ref(), self.on, event, captured) {
            Reaction::None => {}
            Reaction::Publish(message) => shell.publish(message),
            Reaction::RedrawAt(at) => shell.request_redraw_at(at),
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.content
            .as_widget()
            .mouse_interaction(tree, layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.content
            .as_widget_mut()
            .overlay(tree, layout, renderer, viewport, translation)
    }
}

impl<'a, Message, Theme, Renderer> From<Pulse<'a, Message, Theme, Renderer>>
    for Element<'a, Message, Theme, Renderer>
where
    Message: Clone + 'a,
    Theme: 'a,
    Renderer: renderer::Renderer + 'a,
{
    fn from(pulse: Pulse<'a, Message, Theme, Renderer>) -> Self {
        Element::new(pulse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn redraw(now: Instant) -> Event {
        Event::Window(window::Event::RedrawRequested(now))
    }

    fn key(event: keyboard::Event) -> Option<&'static str> {
        match event {
            keyboard::Event::KeyPressed { .. } => Some("key"),
            _ => None,
        }
    }

    fn space() -> Event {
        use keyboard::key::{Key, Named, Physical};
        Event::Keyboard(keyboard::Event::KeyPressed {
            key: Key::Named(Named::Space),
            modified_key: Key::Named(Named::Space),
            physical_key: Physical::Code(keyboard::key::Code::Space),
            location: keyboard::Location::Standard,
            modifiers: keyboard::Modifiers::empty(),
            text: Some(" ".into()),
            repeat: false,
        })
    }

    #[test]
    fn a_redraw_before_the_wake_up_asks_for_one_at_it() {
        let t0 = Instant::now();
        let at = t0 + Duration::from_millis(400);
        let wake = (at, "tick");
        assert_eq!(
            react(Some(&wake), Handlers::default(), &redraw(t0), false),
            Reaction::RedrawAt(at)
        );
    }

    #[test]
    fn a_redraw_at_or_after_the_wake_up_publishes_it() {
        let t0 = Instant::now();
        let wake = (t0, "tick");
        for late in [0, 1, 250] {
            let now = t0 + Duration::from_millis(late);
            assert_eq!(
                react(Some(&wake), Handlers::default(), &redraw(now), false),
                Reaction::Publish("tick")
            );
        }
    }

    #[test]
    fn without_a_wake_up_a_redraw_asks_for_nothing() {
        let now = Instant::now();
        assert_eq!(
            react::<&str>(None, Handlers::default(), &redraw(now), false),
            Reaction::None
        );
    }

    fn keys() -> Handlers<&'static str> {
        Handlers {
            key: Some(key),
            ..Handlers::default()
        }
    }

    #[test]
    fn keys_are_reported_only_when_no_widget_used_them() {
        assert_eq!(
            react(None, keys(), &space(), false),
            Reaction::Publish("key")
        );
        assert_eq!(react(None, keys(), &space(), true), Reaction::None);
        assert_eq!(
            react::<&str>(None, Handlers::default(), &space(), false),
            Reaction::None
        );
    }

    #[test]
    fn focus_changes_are_reported() {
        let on = Handlers {
            focus: Some(|f| if f { "in" } else { "out" }),
            ..Handlers::default()
        };
        let focused = Event::Window(window::Event::Focused);
        let unfocused = Event::Window(window::Event::Unfocused);
        assert_eq!(react(None, on, &focused, false), Reaction::Publish("in"));
        assert_eq!(react(None, on, &unfocused, false), Reaction::Publish("out"));
    }

    #[test]
    fn resizes_report_the_new_size() {
        let resized = Event::Window(window::Event::Resized(Size::new(480.0, 320.0)));
        let size = |s: Size| if s.width == 480.0 { "480" } else { "other" };
        let on = Handlers {
            resize: Some(size),
            ..Handlers::default()
        };
        assert_eq!(react(None, on, &resized, false), Reaction::Publish("480"));
    }

    #[test]
    fn dropped_files_are_reported_with_their_path() {
        let dropped = Event::Window(window::Event::FileDropped("/tmp/a.limber".into()));
        let on = Handlers {
            drop: Some(|p| {
                if p.ends_with("a.limber") {
                    "a"
                } else {
                    "other"
                }
            }),
            ..Handlers::default()
        };
        assert_eq!(react(None, on, &dropped, false), Reaction::Publish("a"));
        assert_eq!(
            react::<&str>(None, Handlers::default(), &dropped, false),
            Reaction::None
        );
    }
}
