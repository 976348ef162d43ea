//! The window (iced). Each screen lives in `screens/` with its own
//! `Message`; `app` ties them together.

pub mod app;
pub mod art;
mod backstop;
pub mod dialog;
mod executor;
pub mod keys;
pub mod screens;
pub mod system_theme;
pub mod theme;
pub mod widgets;
pub mod work;

use std::process::ExitCode;

use app::{App, Launch};
use iced::Task;

/// Whether a desktop session is reachable; iced panics without one.
pub fn display_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens the window on importing `file` (a `.limber` pack or a routine).
pub fn open_file(file: std::path::PathBuf) -> ExitCode {
    launch(None, Some(file))
}

/// Opens the window; `play` = (routine id or path, start at once).
pub fn run(play: Option<(String, bool)>) -> ExitCode {
    launch(play, None)
}

fn launch(play: Option<(String, bool)>, import: Option<std::path::PathBuf>) -> ExitCode {
    if !display_available() {
        eprintln!(
            "limber: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
             The window needs a desktop session. In a terminal, try `limber list`,\n\
             `limber plan sciatica-relief` or `limber --help`."
        );
        return ExitCode::from(1);
    }
    let paths = match crate::paths::Paths::find() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("limber: {e}");
            return ExitCode::from(1);
        }
    };
    let (settings, notices) = crate::settings::Settings::load(&paths.settings());
    if std::env::var_os("ICED_BACKEND").is_none() {
        // SAFETY: still at start-up on the main thread; no other thread
        // exists yet to read the environment at the same time.
        unsafe { std::env::set_var("ICED_BACKEND", settings.renderer.backend()) };
    }
    let first_run = !crate::state::State::load(&paths.state()).safety_read;
    let system_mode = match settings.theme {
        crate::settings::ThemeChoice::System => system_theme::initial(),
        _ => None,
    };
    let launch = std::cell::Cell::new(Some(Launch {
        paths,
        settings,
        notices,
        play,
        first_run,
        live: true,
        system_mode,
    }));
    let boot = move || {
        let (mut app, task) = App::new(launch.take().expect("the window boots once"));
        match import.clone() {
            Some(file) => {
                let import = app.import_file(file);
                (app, Task::batch([task, import]))
            }
            None => (app, task),
        }
    };
    let mut application = iced::application(boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .executor::<executor::SingleWorker>()
        .scale_factor(App::scale_factor)
        .window(iced::window::Settings {
            size: app::BASE,
            min_size: Some(iced::Size::new(360.0, 240.0)),
            icon: icon(),
            ..iced::window::Settings::default()
        })
        .default_font(theme::FONT);
    for font in theme::FONT_FILES {
        application = application.font(font);
    }
    match application.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("limber: cannot open the window: {e}");
            ExitCode::from(1)
        }
    }
}

/// The window icon: the bundled 64 px drawing.
fn icon() -> Option<iced::window::Icon> {
    let (pixels, width, height) = crate::desktop::app_icon()?;
    iced::window::icon::from_rgba(pixels, width, height).ok()
}
