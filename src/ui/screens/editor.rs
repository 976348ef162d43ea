//! The routine editor: change holds, reps, sets, rests, sides and
//! breathing; reorder, remove and add moves; rename, duplicate, create.
//!
//! Keyboard: Tab and Shift+Tab go through the fields, Esc leaves a field;
//! outside a field ↑/↓ choose a move, [ and ] move it, Delete removes it,
//! A adds one, Ctrl+S saves, Esc closes.
//!
//! The screen edits a `Draft` (numbers as typed, checked as you type) and
//! asks the app to save; the app writes the file and reports back.

use iced::widget::{
    Column, Space, button, center, column, container, opaque, row, scrollable, stack, text,
    text_input, toggler,
};
use iced::{Alignment, Element, Length, Theme};

use crate::routine::draft::{Draft, DraftMove, Field, Problem, WorkKind};
use crate::routine::{Move, Plan, Routine, RoutineError, Sides, clock};
use crate::tr;
use crate::ui::keys::Key;
use crate::ui::widgets::hint;
use crate::ui::{art, theme};

#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Select(usize),
    /// Move the selection by this many moves.
    SelectBy(i32),
    MoveUp,
    MoveDown,
    Remove,
    OpenAdd,
    /// In the add picker: move its selection.
    PickBy(i32),
    /// Add the known move at this place in the picker (or the selected one).
    Add(Option<usize>),
    CancelAdd,
    RoutineName(String),
    Description(String),
    Edit(FieldEdit),
    Save,
    Duplicate,
    Reset,
    Close,
    /// The file changed on disk while there were unsaved changes.
    KeepMine,
    TakeTheirs,
    /// Choose picture files for the selected move (one, or two positions).
    ChoosePicture,
    /// Back to no picture (the plain figure) for the selected move.
    ClearPicture,
    /// Write the saved routine and its pictures into one .limber file.
    Export,
    /// Write the routine's printable sheet and open it.
    Print,
}

/// A change to the selected move.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldEdit {
    Name(String),
    Kind(WorkKind),
    Text(Field, String),
    Sides(Sides),
    UntilDone(bool),
    Breath(bool),
    /// Flip the picture for the left side.
    Mirror(bool),
}

#[derive(Debug, PartialEq)]
pub enum Action {
    None,
    /// Write this routine as `id`'s file.
    Save {
        id: String,
        routine: Routine,
    },
    /// Make a copy under a new id and edit that.
    Duplicate(Routine),
    /// Remove the user's version of a bundled routine.
    Reset {
        id: String,
    },
    Close,
    /// Ask for picture files for the selected move.
    ChoosePicture,
    /// Pack the saved routine `id` into a file.
    Export {
        id: String,
    },
    /// Print this routine's sheet.
    Print(Routine),
    /// A move added from another routine names its pictures: copy them
    /// from beside `from` to beside this routine's file.
    CopyPictures {
        from: std::path::PathBuf,
        names: Vec<String>,
    },
}

/// Where the routine being edited lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Bundled: saving makes the user's own copy, which takes precedence.
    Bundled,
    /// The user's file (maybe replacing a bundled routine of the same id).
    User { overrides_bundled: bool },
    /// Not saved yet.
    New,
}

pub struct Editor {
    pub id: String,
    pub origin: Origin,
    pub draft: Draft,
    /// The draft as last saved or loaded, to tell unsaved changes.
    saved: Draft,
    /// The draft checked as a routine (updated on every change).
    checked: Result<Routine, Vec<Problem>>,
    pub selected: usize,
    known: Vec<Known>,
    /// The add-a-move picker is open, with its selection.
    adding: Option<usize>,
    /// A newer version of the file from disk, while there are unsaved changes.
    pub conflict: Option<Routine>,
    pub status: Option<String>,
    /// The file has comments, which saving does not keep.
    has_comments: bool,
    confirm_close: bool,
    confirm_reset: bool,
}

impl Editor {
    pub fn new(
        id: String,
        origin: Origin,
        routine: &Routine,
        known: Vec<Known>,
        has_comments: bool,
    ) -> Editor {
        let draft = Draft::from_routine(routine);
        Editor {
            id,
            origin,
            checked: draft.to_routine(),
            saved: draft.clone(),
            draft,
            selected: 0,
            known,
            adding: None,
            conflict: None,
            status: None,
            has_comments,
            confirm_close: false,
            confirm_reset: false,
        }
    }

    /// The file the routine is saved as, where its pictures are looked up.
    pub fn with_file(mut self, file: std::path::PathBuf) -> Editor {
        self.draft.file = Some(file.clone());
        self.saved.file = Some(file);
        self.recheck();
        self
    }

    /// Uses these picture files (names beside the routine) for the
    /// selected move.
    pub fn set_pictures(&mut self, names: Vec<String>) {
        if let Some(m) = self.draft.get_mut(self.selected) {
            m.base.image = Some(crate::routine::Picture::Files(names));
            self.recheck();
            self.status = Some(tr!("editor-picture-set"));
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.draft != self.saved || self.origin == Origin::New
    }

    /// The routine as last saved (or loaded), to compare with the file.
    pub fn saved_routine(&self) -> Option<Routine> {
        self.saved.to_routine().ok()
    }

    /// The app wrote the file.
    pub fn saved(&mut self) {
        self.saved = self.draft.clone();
        self.origin = match self.origin {
            Origin::Bundled => Origin::User {
                overrides_bundled: true,
            },
            Origin::New => Origin::User {
                overrides_bundled: false,
            },
            ref user => user.clone(),
        };
        self.has_comments = false;
        self.conflict = None;
        self.status = Some(tr!("editor-saved"));
    }

    /// The file changed on disk (edited elsewhere). Without unsaved changes
    /// the new version is simply loaded; otherwise the person chooses.
    pub fn file_changed(&mut self, on_disk: Result<&Routine, &RoutineError>) {
        match on_disk {
            Ok(r) if Some(r) == self.saved_routine().as_ref() => {}
            Ok(r) if !self.is_dirty() => {
                self.load(r);
                self.status = Some(tr!("editor-updated-from-file"));
            }
            Ok(r) => self.conflict = Some(r.clone()),
            Err(e) => {
                self.status = Some(tr!("editor-file-has-mistake", error = e.to_string()));
            }
        }
    }

    fn load(&mut self, r: &Routine) {
        self.draft = Draft::from_routine(r);
        self.saved = self.draft.clone();
        self.selected = self.selected.min(self.draft.move_count().saturating_sub(1));
        self.recheck();
    }

    fn recheck(&mut self) {
        self.checked = self.draft.to_routine();
        self.confirm_close = false;
        self.confirm_reset = false;
    }

    /// Changes the structure of the screen (for the app's redraw key).
    pub fn layout_key(&self) -> u64 {
        (self.selected as u64)
            ^ ((self.draft.move_count() as u64) << 16)
            ^ (u64::from(self.adding.is_some()) << 32)
            ^ (u64::from(self.conflict.is_some()) << 33)
            ^ (u64::from(self.confirm_close) << 34)
            ^ (u64::from(self.status.is_some()) << 35)
            ^ ((self.problem_count() as u64) << 40)
    }

    fn problem_count(&self) -> usize {
        self.checked.as_ref().err().map_or(0, Vec::len)
    }

    pub fn adding(&self) -> bool {
        self.adding.is_some()
    }

    pub fn update(&mut self, message: Message) -> Action {
        let count = self.draft.move_count();
        match message {
            Message::Select(i) => self.selected = i.min(count.saturating_sub(1)),
            Message::SelectBy(d) => {
                self.selected =
                    (self.selected as i64 + i64::from(d)).clamp(0, count as i64 - 1) as usize;
            }
            Message::MoveUp => {
                self.selected = self.draft.move_up(self.selected);
                self.recheck();
            }
            Message::MoveDown => {
                self.selected = self.draft.move_down(self.selected);
                self.recheck();
            }
            Message::Remove => {
                if self.draft.remove(self.selected) {
                    self.selected = self.selected.min(self.draft.move_count() - 1);
                    self.recheck();
                } else {
                    self.status = Some(tr!("editor-needs-a-move"));
                }
            }
            Message::OpenAdd => self.adding = Some(0),
            Message::PickBy(d) => {
                if let Some(pick) = &mut self.adding {
                    *pick = (*pick as i64 + i64::from(d)).clamp(0, self.known.len() as i64 - 1)
                        as usize;
                }
            }
            Message::Add(choice) => {
                let pick = choice.or(self.adding);
                self.adding = None;
                if let Some(k) = pick.and_then(|i| self.known.get(i)).cloned() {
                    self.selected = self.draft.insert_after(self.selected, &k.m);
                    self.recheck();
                    let names = k.m.image.as_ref().map(|p| p.files().to_vec());
                    if let (Some(from), Some(names)) = (k.file, names)
                        && !names.is_empty()
                        && Some(&from) != self.draft.file.as_ref()
                    {
                        return Action::CopyPictures { from, names };
                    }
                }
            }
            Message::CancelAdd => self.adding = None,
            Message::RoutineName(name) => {
                self.draft.name = name;
                self.recheck();
            }
            Message::Description(text) => {
                self.draft.description = text;
                self.recheck();
            }
            Message::Edit(edit) => {
                if let Some(m) = self.draft.get_mut(self.selected) {
                    apply(m, edit);
                    self.recheck();
                }
            }
            Message::Save => {
                return match &self.checked {
                    Ok(routine) => Action::Save {
                        id: self.id.clone(),
                        routine: routine.clone(),
                    },
                    Err(problems) => {
                        self.status = Some(tr!("editor-not-saved", count = problems.len()));
                        Action::None
                    }
                };
            }
            Message::Duplicate => {
                if let Ok(routine) = &self.checked {
                    return Action::Duplicate(routine.clone());
                }
                self.status = Some(tr!("editor-fix-before-duplicating"));
            }
            Message::Reset => {
                if self.origin
                    != (Origin::User {
                        overrides_bundled: true,
                    })
                {
                    return Action::None;
                }
                if self.confirm_reset {
                    return Action::Reset {
                        id: self.id.clone(),
                    };
                }
                self.confirm_reset = true;
                self.status = Some(tr!("editor-confirm-reset"));
            }
            Message::Close => {
                if self.adding.is_some() {
                    self.adding = None;
                } else if !self.is_dirty() || self.confirm_close {
                    return Action::Close;
                } else {
                    self.confirm_close = true;
                    self.status = Some(tr!("editor-confirm-close"));
                }
            }
            Message::KeepMine => {
                self.conflict = None;
                return self.update(Message::Save);
            }
            Message::TakeTheirs => {
                if let Some(r) = self.conflict.take() {
                    self.load(&r);
                    self.status = Some(tr!("editor-loaded-theirs"));
                }
            }
            Message::ChoosePicture => return Action::ChoosePicture,
            Message::ClearPicture => {
                if let Some(m) = self.draft.get_mut(self.selected) {
                    m.base.image = None;
                    self.recheck();
                }
            }
            Message::Export => {
                if self.is_dirty() {
                    self.status = Some(tr!("editor-save-before-export"));
                    return Action::None;
                }
                return Action::Export {
                    id: self.id.clone(),
                };
            }
            Message::Print => match &self.checked {
                Ok(routine) => return Action::Print(routine.clone()),
                Err(_) => {
                    self.status = Some(tr!("editor-fix-before-printing"));
                }
            },
        }
        Action::None
    }

    // -- View -----------------------------------------------------------------

    pub fn view(&self) -> Element<'_, Message> {
        let summary = match &self.checked {
            Ok(r) => tr!(
                "editor-summary",
                place = self.where_saved(),
                length = clock(Plan::estimate(r)),
                count = r.move_count()
            ),
            Err(p) => tr!(
                "editor-summary-problems",
                place = self.where_saved(),
                count = p.len()
            ),
        };
        let quiet = |label: String, key: &'static str, m: Message| {
            button(hint::labelled(label, key, 15.0))
                .padding([8, 12])
                .style(theme::control_button)
                .on_press(m)
        };
        let mut actions = row![
            button(hint::labelled(tr!("editor-save"), "Ctrl+S", 15.0))
                .padding([8, 14])
                .style(theme::primary_button)
                .on_press(Message::Save),
            quiet(tr!("editor-duplicate"), "D", Message::Duplicate),
            quiet(tr!("editor-export"), "X", Message::Export),
            quiet(tr!("editor-print"), "P", Message::Print),
        ]
        .spacing(8);
        if self.origin
            == (Origin::User {
                overrides_bundled: true,
            })
        {
            actions = actions.push(quiet(tr!("editor-reset"), "R", Message::Reset));
        }
        actions = actions.push(quiet(tr!("editor-close"), "Esc", Message::Close));

        let header = row![
            column![
                text_input(&tr!("editor-routine-name"), &self.draft.name)
                    .on_input(Message::RoutineName)
                    .size(26)
                    .padding(8),
                text(summary).size(15).style(if self.checked.is_ok() {
                    theme::muted_text
                } else {
                    theme::danger_text
                }),
            ]
            .spacing(4)
            .width(Length::Fill),
            actions,
        ]
        .spacing(16)
        .align_y(Alignment::Center);

        let mut notes = Column::new().spacing(8);
        if let Some(r) = &self.conflict {
            notes = notes.push(
                container(
                    row![
                        text(tr!(
                            "editor-conflict",
                            name = r.name.as_str(),
                            count = r.move_count()
                        ))
                        .size(15)
                        .width(Length::Fill),
                        quiet(tr!("editor-keep-mine"), "", Message::KeepMine),
                        quiet(tr!("editor-take-theirs"), "", Message::TakeTheirs),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                )
                .padding([8, 12])
                .style(theme::tinted(theme::CORAL)),
            );
        }
        if let Some(status) = &self.status {
            notes = notes.push(text(status.as_str()).size(15).style(theme::accent_text));
        }
        if self.has_comments {
            notes = notes.push(
                text(tr!("editor-has-comments"))
                    .size(14)
                    .style(theme::muted_text),
            );
        }

        let body = row![self.move_list(), self.form()]
            .spacing(20)
            .height(Length::Fill);
        let page = column![
            header,
            text_input(&tr!("editor-description-hint"), &self.draft.description)
                .on_input(Message::Description)
                .size(15)
                .padding(8),
            notes,
            body
        ]
        .spacing(12)
        .padding(24);
        if self.adding.is_some() {
            stack![page, opaque(self.picker())].into()
        } else {
            page.into()
        }
    }

    fn where_saved(&self) -> String {
        let id = self.id.as_str();
        match &self.origin {
            Origin::Bundled => tr!("editor-origin-bundled", id = id),
            Origin::User {
                overrides_bundled: true,
            } => tr!("editor-origin-override", id = id),
            Origin::User { .. } => tr!("editor-origin-user", id = id),
            Origin::New => tr!("editor-origin-new", id = id),
        }
    }

    fn move_list(&self) -> Element<'_, Message> {
        let problems: Vec<usize> = self
            .checked
            .as_ref()
            .err()
            .map(|p| p.iter().filter_map(|p| p.index).collect())
            .unwrap_or_default();
        let mut list = Column::new().spacing(4);
        let mut i = 0;
        for section in &self.draft.sections {
            if !section.name.is_empty() {
                let heading = match &section.gate {
                    Some(g) => tr!(
                        "editor-section-asks",
                        section = section.name.as_str(),
                        question = g.question.as_str()
                    ),
                    None => section.name.clone(),
                };
                list = list.push(text(heading).size(14).style(theme::muted_text));
            }
            for m in &section.moves {
                let index = i;
                let selected = index == self.selected;
                let label = row![
                    text(format!("{}.", index + 1))
                        .size(16)
                        .width(28)
                        .style(theme::accent_text),
                    text(m.name.as_str()).size(16).width(Length::Fill),
                    text(dose(m)).size(14).style(theme::muted_text),
                    if problems.contains(&index) {
                        text(" !").size(16).style(theme::danger_text)
                    } else {
                        text("")
                    },
                ]
                .align_y(Alignment::Center);
                list = list.push(
                    button(container(label).padding([6, 10]).style(if selected {
                        theme::card_selected
                    } else {
                        theme::card
                    }))
                    .padding(0)
                    .style(theme::bare_button)
                    .on_press(Message::Select(index)),
                );
                i += 1;
            }
        }
        let tools = row![
            button(hint::labelled(tr!("editor-move-up"), "[", 14.0))
                .padding([6, 10])
                .style(theme::control_button)
                .on_press(Message::MoveUp),
            button(hint::labelled(tr!("editor-move-down"), "]", 14.0))
                .padding([6, 10])
                .style(theme::control_button)
                .on_press(Message::MoveDown),
            button(hint::labelled(tr!("editor-remove"), "Del", 14.0))
                .padding([6, 10])
                .style(theme::control_button)
                .on_press(Message::Remove),
            button(hint::labelled(tr!("editor-add"), "A", 14.0))
                .padding([6, 10])
                .style(theme::control_button)
                .on_press(Message::OpenAdd),
        ]
        .spacing(6);
        column![scrollable(list).height(Length::Fill), tools]
            .spacing(10)
            .width(400)
            .into()
    }

    fn form(&self) -> Element<'_, Message> {
        let Some(m) = self.draft.get(self.selected) else {
            return Space::new().into();
        };
        let errors = m.problems();
        let error_of = |f: Field| -> Option<String> {
            errors
                .iter()
                .find(|(e, _)| *e == f)
                .map(|(_, msg)| msg.clone())
                .or_else(|| {
                    // Problems found only when reading the whole routine back.
                    self.checked.as_ref().err().and_then(|ps| {
                        ps.iter()
                            .find(|p| p.index == Some(self.selected) && p.field == Some(f))
                            .map(|p| p.message.clone())
                    })
                })
        };
        let input = |label: String, hint_text: &str, field: Field, value: &str| {
            let error = error_of(field);
            column![
                text(label).size(14).style(theme::muted_text),
                text_input(hint_text, value)
                    .on_input(move |t| Message::Edit(FieldEdit::Text(field, t)))
                    .size(17)
                    .padding(7)
                    .width(150),
                text(error.unwrap_or_default())
                    .size(13)
                    .style(theme::danger_text),
            ]
            .spacing(3)
            .width(170)
        };
        let choice = |label: String, on: bool, m: Message| {
            button(text(label).size(15))
                .padding([6, 12])
                .style(if on {
                    theme::primary_button
                } else {
                    theme::control_button
                })
                .on_press(m)
        };
        let kind = |k: WorkKind| Message::Edit(FieldEdit::Kind(k));
        let mut how_long = row![].spacing(12);
        match m.kind {
            WorkKind::Hold => {
                how_long = how_long
                    .push(input(tr!("editor-hold"), "45s", Field::Hold, &m.hold))
                    .push(input(
                        tr!("editor-range"),
                        "30s-60s",
                        Field::Range,
                        &m.range,
                    ));
            }
            WorkKind::Reps => {
                how_long = how_long
                    .push(input(tr!("editor-reps"), "12", Field::Reps, &m.reps))
                    .push(input(
                        tr!("editor-tempo"),
                        &tr!("editor-tempo-hint"),
                        Field::Tempo,
                        &m.tempo,
                    ))
                    .push(input(tr!("editor-range"), "10-15", Field::Range, &m.range));
            }
            WorkKind::Open => {
                how_long = how_long.push(
                    text(tr!("editor-open-explained"))
                        .size(15)
                        .style(theme::muted_text),
                );
            }
        }
        let sides = |s: Sides, label: String| {
            choice(label, m.sides == s, Message::Edit(FieldEdit::Sides(s)))
        };
        let mut breath = column![
            toggler(m.breath)
                .label(tr!("editor-breathing-guide"))
                .on_toggle(|on| Message::Edit(FieldEdit::Breath(on)))
                .size(20),
        ]
        .spacing(8);
        if m.breath {
            breath = breath.push(
                row![
                    input(tr!("editor-inhale"), "4s", Field::Inhale, &m.inhale),
                    input(
                        tr!("editor-breath-hold"),
                        &tr!("editor-breath-hold-hint"),
                        Field::BreathHold,
                        &m.breath_hold
                    ),
                    input(tr!("editor-exhale"), "6s", Field::Exhale, &m.exhale),
                ]
                .spacing(12),
            );
        }
        let mut form = column![
            row![
                column![
                    text(tr!("editor-move")).size(14).style(theme::muted_text),
                    text_input(&tr!("editor-move-name"), &m.name)
                        .on_input(|t| Message::Edit(FieldEdit::Name(t)))
                        .size(20)
                        .padding(8),
                    text(error_of(Field::Name).unwrap_or_default())
                        .size(13)
                        .style(theme::danger_text),
                ]
                .spacing(3)
                .width(Length::Fill),
                column![
                    art::view(
                        self.draft.file.as_deref(),
                        Some(&m.base),
                        art::Pose::default(),
                        120,
                        90
                    ),
                    row![
                        button(hint::labelled(tr!("editor-picture"), "C", 13.0))
                            .padding([4, 8])
                            .style(theme::control_button)
                            .on_press(Message::ChoosePicture),
                        button(text(tr!("editor-no-picture")).size(13))
                            .padding([4, 8])
                            .style(theme::control_button)
                            .on_press_maybe(
                                m.base.image.is_some().then_some(Message::ClearPicture)
                            ),
                    ]
                    .spacing(4),
                ]
                .spacing(4)
                .align_x(Alignment::Center),
            ]
            .spacing(16),
            row![
                choice(
                    tr!("editor-kind-hold"),
                    m.kind == WorkKind::Hold,
                    kind(WorkKind::Hold)
                ),
                choice(
                    tr!("editor-kind-reps"),
                    m.kind == WorkKind::Reps,
                    kind(WorkKind::Reps)
                ),
                choice(
                    tr!("editor-kind-open"),
                    m.kind == WorkKind::Open,
                    kind(WorkKind::Open)
                ),
            ]
            .spacing(6),
            how_long,
        ]
        .spacing(10);
        if m.kind != WorkKind::Open {
            form = form.push(
                toggler(m.until_done)
                    .label(tr!("editor-until-done"))
                    .on_toggle(|on| Message::Edit(FieldEdit::UntilDone(on)))
                    .size(20),
            );
        }
        form = form
            .push(
                row![
                    input(tr!("editor-sets"), "1", Field::Sets, &m.sets),
                    input(
                        tr!("editor-rest"),
                        &tr!("editor-rest-hint"),
                        Field::Rest,
                        &m.rest
                    ),
                ]
                .spacing(12),
            )
            .push(text(tr!("editor-sides")).size(14).style(theme::muted_text))
            .push(
                row![
                    sides(Sides::None, tr!("editor-sides-none")),
                    sides(Sides::Both, tr!("editor-sides-both")),
                    sides(Sides::Left, tr!("editor-sides-left")),
                    sides(Sides::Right, tr!("editor-sides-right")),
                    sides(Sides::Affected, tr!("editor-sides-affected")),
                ]
                .spacing(6),
            )
            .push(breath);
        if m.base.image.as_ref().is_some_and(|p| !p.files().is_empty()) {
            form = form.push(
                toggler(m.base.mirror)
                    .label(tr!("editor-mirror"))
                    .on_toggle(|on| Message::Edit(FieldEdit::Mirror(on)))
                    .size(20),
            );
        }
        container(scrollable(form.padding(iced::Padding {
            right: 14.0,
            ..iced::Padding::ZERO
        })))
        .padding(18)
        .width(Length::Fill)
        .height(Length::Fill)
        .style(theme::card)
        .into()
    }

    fn picker(&self) -> Element<'_, Message> {
        let pick = self.adding.unwrap_or(0);
        let rows = Column::with_children(self.known.iter().enumerate().map(|(i, k)| {
            let (m, file) = (&k.m, k.file.as_deref());
            let draft = DraftMove::from_move(m);
            button(
                container(
                    row![
                        art::view(file, Some(m), art::Pose::default(), 48, 36),
                        text(m.name.as_str()).size(16).width(Length::Fill),
                        text(dose(&draft)).size(14).style(theme::muted_text),
                    ]
                    .spacing(10)
                    .align_y(Alignment::Center),
                )
                .padding([4, 10])
                .style(if i == pick {
                    theme::card_selected
                } else {
                    theme::card
                }),
            )
            .padding(0)
            .style(theme::bare_button)
            .on_press(Message::Add(Some(i)))
            .into()
        }))
        .spacing(4);
        let dialog = container(
            column![
                text(tr!("editor-add-title")).size(26).font(theme::BOLD),
                text(tr!("editor-add-keys"))
                    .size(14)
                    .style(theme::muted_text),
                scrollable(container(rows).padding(iced::Padding {
                    right: 14.0,
                    ..iced::Padding::ZERO
                }))
                .height(420),
            ]
            .spacing(10),
        )
        .padding(24)
        .width(560)
        .style(theme::card);
        center(dialog)
            .style(|_: &Theme| container::Style {
                background: Some(iced::Color::from_rgba(0.0, 0.0, 0.0, 0.45).into()),
                ..container::Style::default()
            })
            .into()
    }
}

fn apply(m: &mut DraftMove, edit: FieldEdit) {
    match edit {
        FieldEdit::Name(t) => m.name = t,
        FieldEdit::Kind(k) => m.kind = k,
        FieldEdit::Text(field, t) => {
            let slot = match field {
                Field::Name => &mut m.name,
                Field::Hold => &mut m.hold,
                Field::Reps => &mut m.reps,
                Field::Tempo => &mut m.tempo,
                Field::Range => &mut m.range,
                Field::Sets => &mut m.sets,
                Field::Rest => &mut m.rest,
                Field::Inhale => &mut m.inhale,
                Field::BreathHold => &mut m.breath_hold,
                Field::Exhale => &mut m.exhale,
            };
            *slot = t;
        }
        FieldEdit::Sides(s) => m.sides = s,
        FieldEdit::UntilDone(on) => m.until_done = on,
        FieldEdit::Breath(on) => m.breath = on,
        FieldEdit::Mirror(on) => m.base.mirror = on,
    }
}

/// "45s × 3 · both sides", as typed.
fn dose(m: &DraftMove) -> String {
    let work = match m.kind {
        WorkKind::Hold => m.hold.clone(),
        WorkKind::Reps => tr!("editor-dose-reps", reps = m.reps.as_str()),
        WorkKind::Open => tr!("editor-dose-until-done"),
    };
    let work = if m.sets.trim() == "1" {
        work
    } else {
        tr!("editor-dose-sets", work = work, sets = m.sets.as_str())
    };
    match m.sides {
        Sides::None => work,
        Sides::Both => tr!("editor-dose-both-sides", work = work),
        Sides::Left => tr!("editor-dose-left", work = work),
        Sides::Right => tr!("editor-dose-right", work = work),
        Sides::Affected => tr!("editor-dose-affected", work = work),
    }
}

/// A move "Add a move" offers, and the file of the routine it is from
/// (where its own pictures are).
#[derive(Clone, Debug, PartialEq)]
pub struct Known {
    pub m: Move,
    pub file: Option<std::path::PathBuf>,
}

/// The moves the app knows, for "Add a move": every move of the usable
/// routines, once per id and name, by name.
pub fn known_moves(entries: &[crate::routine::Entry]) -> Vec<Known> {
    let mut out: Vec<Known> = Vec::new();
    for r in entries.iter().filter_map(|e| e.usable()) {
        for m in r.moves() {
            if !out.iter().any(|o| o.m.id == m.id && o.m.name == m.name) {
                out.push(Known {
                    m: m.clone(),
                    file: r.file.clone(),
                });
            }
        }
    }
    out.sort_by(|a, b| a.m.name.cmp(&b.m.name));
    out
}

/// Editor keys outside a text field (`adding`: the add-a-move picker is up).
pub fn key(key: Key, adding: bool) -> Option<Message> {
    use Message as M;
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
        Key::Char('x') => Some(M::Export),
        Key::Char('p') => Some(M::Print),
        Key::Char('c') => Some(M::ChoosePicture),
        Key::Char('r') => Some(M::Reset),
        Key::Save => Some(M::Save),
        Key::Escape => Some(M::Close),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::bundled;

    fn editor() -> Editor {
        let entries = bundled();
        let r = entries[0].routine.clone().unwrap();
        Editor::new(
            "sciatica-relief".into(),
            Origin::Bundled,
            &r,
            known_moves(&entries),
            false,
        )
    }

    #[test]
    fn typing_checks_and_saving_returns_the_routine() {
        let mut e = editor();
        assert!(!e.is_dirty());
        e.update(Message::Edit(FieldEdit::Text(Field::Hold, "0s".into())));
        assert!(e.is_dirty());
        assert_eq!(
            e.update(Message::Save),
            Action::None,
            "a problem blocks saving"
        );
        assert!(e.status.as_deref().unwrap().starts_with("Not saved"));
        e.update(Message::Edit(FieldEdit::Text(Field::Hold, "45s".into())));
        let Action::Save { id, routine } = e.update(Message::Save) else {
            panic!("should save")
        };
        assert_eq!(id, "sciatica-relief");
        assert_eq!(
            routine.find_move("figure-4").unwrap().hold(),
            Some(crate::routine::Dur::from_secs(45))
        );
        e.saved();
        assert!(!e.is_dirty());
        assert_eq!(
            e.origin,
            Origin::User {
                overrides_bundled: true
            }
        );
    }

    #[test]
    fn closing_with_unsaved_changes_asks_once() {
        let mut e = editor();
        e.update(Message::RoutineName("Mine".into()));
        assert_eq!(e.update(Message::Close), Action::None);
        assert_eq!(e.update(Message::Close), Action::Close);
    }

    #[test]
    fn adding_a_known_move_after_the_selection() {
        let mut e = editor();
        let known = known_moves(&bundled());
        assert!(known.windows(2).all(|w| w[0].m.name <= w[1].m.name));
        e.update(Message::OpenAdd);
        assert!(e.adding());
        e.update(Message::PickBy(1));
        e.update(Message::Add(None));
        assert!(!e.adding());
        assert_eq!(e.selected, 1);
        assert_eq!(e.draft.get(1).unwrap().name, known[1].m.name);
    }

    #[test]
    fn an_outside_change_loads_quietly_or_asks() {
        let mut e = editor();
        let mut other = e.saved_routine().unwrap();
        other.name = "Changed outside".into();
        e.file_changed(Ok(&other));
        assert_eq!(
            e.draft.name, "Changed outside",
            "no unsaved changes: just load"
        );
        e.update(Message::Edit(FieldEdit::Text(Field::Sets, "2".into())));
        let mut again = other.clone();
        again.name = "Changed again".into();
        e.file_changed(Ok(&again));
        assert_eq!(e.conflict.as_ref().unwrap().name, "Changed again");
        assert_eq!(e.draft.name, "Changed outside", "unsaved changes are kept");
        e.update(Message::TakeTheirs);
        assert_eq!(e.draft.name, "Changed again");
        assert!(e.conflict.is_none());
    }

    #[test]
    fn reset_needs_a_users_version_and_asks_first() {
        let mut e = editor();
        assert_eq!(
            e.update(Message::Reset),
            Action::None,
            "bundled: nothing to reset"
        );
        e.origin = Origin::User {
            overrides_bundled: true,
        };
        assert_eq!(e.update(Message::Reset), Action::None);
        assert_eq!(
            e.update(Message::Reset),
            Action::Reset {
                id: "sciatica-relief".into()
            }
        );
    }

    #[test]
    fn a_chosen_picture_and_its_mirror_switch_are_saved() {
        let mut e = editor();
        e.set_pictures(vec!["down.jpg".into(), "up.jpg".into()]);
        e.update(Message::Edit(FieldEdit::Mirror(false)));
        let Action::Save { routine, .. } = e.update(Message::Save) else {
            panic!("should save")
        };
        let m = routine.find_move("figure-4").unwrap();
        assert_eq!(
            m.image,
            Some(crate::routine::Picture::Files(vec![
                "down.jpg".into(),
                "up.jpg".into()
            ]))
        );
        assert!(!m.mirror);
        let text = crate::routine::to_ron(&routine);
        assert!(text.contains("mirror: false"), "{text}");
        e.update(Message::ClearPicture);
        let Action::Save { routine, .. } = e.update(Message::Save) else {
            panic!("should save")
        };
        assert_eq!(routine.find_move("figure-4").unwrap().image, None);
    }

    #[test]
    fn export_asks_to_save_first_and_print_takes_the_routine_as_shown() {
        let mut e = editor();
        assert_eq!(
            e.update(Message::Export),
            Action::Export {
                id: "sciatica-relief".into()
            }
        );
        e.update(Message::RoutineName("Changed".into()));
        assert_eq!(e.update(Message::Export), Action::None);
        assert!(e.status.as_deref().unwrap().starts_with("Save first"));
        let Action::Print(r) = e.update(Message::Print) else {
            panic!("prints")
        };
        assert_eq!(r.name, "Changed");
        assert_eq!(key(Key::Char('x'), false), Some(Message::Export));
        assert_eq!(key(Key::Char('p'), false), Some(Message::Print));
        assert_eq!(key(Key::Char('c'), false), Some(Message::ChoosePicture));
    }

    #[test]
    fn editor_keys_outside_fields_and_in_the_picker() {
        use Message as M;
        assert_eq!(key(Key::Down, false), Some(M::SelectBy(1)));
        assert_eq!(key(Key::Char(']'), false), Some(M::MoveDown));
        assert_eq!(key(Key::Delete, false), Some(M::Remove));
        assert_eq!(key(Key::Save, false), Some(M::Save));
        assert_eq!(key(Key::Escape, false), Some(M::Close));
        assert_eq!(key(Key::Down, true), Some(M::PickBy(1)));
        assert_eq!(key(Key::Enter, true), Some(M::Add(None)));
        assert_eq!(key(Key::Escape, true), Some(M::CancelAdd));
    }
}
