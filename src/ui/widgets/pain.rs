//! The optional pain rating, 0 (none) to 10 (worst): a row of buttons, also
//! answered with the digit keys.

use iced::widget::text::IntoFragment;
use iced::widget::{Row, button, column, container, text};
use iced::{Element, Length};

use crate::ui::theme;

pub fn rating<'a, Message: Clone + 'a>(
    question: impl IntoFragment<'a>,
    selected: Option<u8>,
    on_pick: impl Fn(u8) -> Message + 'a,
) -> Element<'a, Message> {
    let buttons = Row::with_children((0..=10u8).map(|n| {
        let chosen = selected == Some(n);
        button(container(text(n.to_string()).size(18).font(theme::SEMIBOLD)).center_x(Length::Fill))
            .width(40)
            .padding([8, 0])
            .style(if chosen {
                theme::primary_button
            } else {
                theme::control_button
            })
            .on_press(on_pick(n))
            .into()
    }))
    .spacing(5);
    column![
        text(question).size(20).font(theme::SEMIBOLD),
        buttons,
        text(crate::tr!("pain-scale-help"))
            .size(14)
            .style(theme::muted_text),
    ]
    .spacing(8)
    .into()
}
