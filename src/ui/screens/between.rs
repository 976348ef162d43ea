//! Between sessions: the programme's everyday habits beyond the exercises
//! (sitting, sleeping, moving, drinking, cold and warmth). Reachable from
//! the library (B).

use iced::widget::{Column, button, column, container, row, scrollable, text};
use iced::{Element, Length};

use crate::selfcare::topics;
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::theme;
use crate::ui::widgets::hint;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Message {
    Close,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Close,
}

#[derive(Debug, Default)]
pub struct Between;

impl Between {
    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Close => Action::Close,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        let topics = Column::with_children(topics().into_iter().map(|t| {
            container(
                column![
                    text(t.title).size(22).font(theme::BOLD),
                    Column::with_children(t.points.into_iter().map(|p| {
                        row![text("•").size(18), text(p).size(18)]
                            .spacing(10)
                            .into()
                    }))
                    .spacing(6),
                ]
                .spacing(8),
            )
            .padding(16)
            .width(Length::Fill)
            .style(theme::card)
            .into()
        }))
        .spacing(12);
        let page = column![
            text(tr!("between-title")).size(38).font(theme::BOLD),
            text(tr!("between-intro")).size(18).style(theme::muted_text),
            topics,
            button(container(hint::labelled(tr!("back"), "Esc", 20.0)).padding([10, 22]))
                .style(theme::primary_button)
                .on_press(Message::Close),
        ]
        .spacing(20)
        .max_width(860);
        container(scrollable(page.padding(iced::Padding {
            right: 16.0,
            ..iced::Padding::ZERO
        })))
        .padding(40)
        .center_x(Length::Fill)
        .into()
    }
}

pub fn key(key: Key) -> Option<Message> {
    match key {
        Key::Enter | Key::Escape | Key::Space => Some(Message::Close),
        _ => None,
    }
}
