//! The window (iced).

use std::process::ExitCode;

/// Whether a desktop session is reachable; iced panics without one.
pub fn display_available() -> bool {
    if cfg!(any(target_os = "windows", target_os = "macos")) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

/// Opens the window; `play` = (routine id or path, start at once).
pub fn run(play: Option<(String, bool)>) -> ExitCode {
    if !display_available() {
        eprintln!(
            "limber: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n\
             The window needs a desktop session. In a terminal, try `limber list`,\n\
             `limber plan sciatica-relief` or `limber --help`."
        );
        return ExitCode::from(1);
    }
    let _ = play;
    fn view(_: &()) -> iced::Element<'_, ()> {
        iced::widget::text("Limber").into()
    }
    match iced::application(|| (), |_: &mut (), _: ()| {}, view)
        .title("Limber")
        .run()
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("limber: cannot open the window: {e}");
            ExitCode::from(1)
        }
    }
}
