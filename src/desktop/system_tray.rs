//! The reminder service's tray icon on Windows and macOS (tray-icon:
//! Shell_NotifyIcon, NSStatusItem), with the same menu as on Linux.
//!
//! Both systems tie the icon to one thread that runs an event loop: on
//! Windows a thread of its own pumping messages, on macOS the main thread
//! running the application (see `service::run`). The service, on tokio,
//! hands work to that thread and hears the menu's choices on a channel.
//!
//! Not run here: this compiles for both targets in CI; no Windows or Mac
//! desktop is at hand to click it.

use std::cell::RefCell;

use tokio::sync::mpsc::UnboundedSender;
use tray_icon::menu::{self as muda, IsMenuItem, MenuEvent};

use super::Missing;
use super::tray_menu::Entry;
pub use super::tray_menu::{Choice, Menu};

thread_local! {
    // Lives on the tray's thread only.
    static ICON: RefCell<Option<tray_icon::TrayIcon>> = const { RefCell::new(None) };
}

/// A tray icon shown; dropping it does not remove it (call [`TrayIcon::remove`]).
pub struct TrayIcon(());

impl TrayIcon {
    /// Shows the icon.
    pub async fn show(menu: Menu, choices: UnboundedSender<Choice>) -> Result<TrayIcon, Missing> {
        let missing = |why: String| Missing::new(super::Service::Tray, why);
        let chosen = choices.clone();
        MenuEvent::set_event_handler(Some(move |e: MenuEvent| {
            if let Some(choice) = Choice::from_key(&e.id.0) {
                let _ = chosen.send(choice);
            }
        }));
        // Windows' habit: a left click opens the app, a right click the
        // menu. (On macOS both show the menu.)
        #[cfg(windows)]
        tray_icon::TrayIconEvent::set_event_handler(Some(move |e: tray_icon::TrayIconEvent| {
            if let tray_icon::TrayIconEvent::Click {
                button: tray_icon::MouseButton::Left,
                button_state: tray_icon::MouseButtonState::Up,
                ..
            } = e
            {
                let _ = choices.send(Choice::OpenLimber);
            }
        }));
        #[cfg(not(windows))]
        drop(choices);
        let (done, answer) = tokio::sync::oneshot::channel();
        on_tray_thread(move || {
            let _ = done.send(build(&menu));
        })
        .map_err(missing)?;
        match answer.await {
            Ok(Ok(())) => Ok(TrayIcon(())),
            Ok(Err(why)) => Err(missing(why)),
            Err(_) => Err(missing(crate::tr!("notice-tray-thread-gone"))),
        }
    }

    pub async fn update(&self, menu: Menu) {
        let _ = on_tray_thread(move || {
            ICON.with_borrow(|icon| {
                if let Some(icon) = icon {
                    icon.set_menu(Some(Box::new(context_menu(&menu))));
                    let _ = icon.set_tooltip(Some(menu.tooltip()));
                }
            });
        });
    }

    pub async fn remove(&self) {
        let (done, gone) = tokio::sync::oneshot::channel();
        if on_tray_thread(move || {
            ICON.with_borrow_mut(|icon| icon.take());
            let _ = done.send(());
        })
        .is_ok()
        {
            let _ = gone.await;
        }
    }
}

/// Makes the icon (on the tray's thread).
fn build(menu: &Menu) -> Result<(), String> {
    let mut builder = tray_icon::TrayIconBuilder::new()
        .with_id("limber")
        .with_tooltip(menu.tooltip())
        .with_menu(Box::new(context_menu(menu)));
    #[cfg(windows)]
    {
        builder = builder.with_menu_on_left_click(false);
    }
    if let Some((pixels, w, h)) = super::app_icon() {
        let icon = tray_icon::Icon::from_rgba(pixels, w, h).map_err(|e| e.to_string())?;
        builder = builder.with_icon(icon);
    }
    let icon = builder.build().map_err(|e| e.to_string())?;
    ICON.with_borrow_mut(|slot| *slot = Some(icon));
    Ok(())
}

fn context_menu(menu: &Menu) -> muda::Menu {
    let out = muda::Menu::new();
    for entry in menu.entries() {
        let item = item(&entry);
        // Appending fails only for a kind of item a menu cannot hold.
        let _ = out.append(item.as_ref());
    }
    out
}

fn item(entry: &Entry) -> Box<dyn IsMenuItem> {
    match entry {
        Entry::Note(label) => Box::new(muda::MenuItem::new(label, false, None)),
        Entry::Item(label, choice) => {
            Box::new(muda::MenuItem::with_id(choice.key(), label, true, None))
        }
        Entry::Sub(label, entries) => {
            let sub = muda::Submenu::new(label, true);
            for e in entries {
                let _ = sub.append(item(e).as_ref());
            }
            Box::new(sub)
        }
        Entry::Separator => Box::new(muda::PredefinedMenuItem::separator()),
    }
}

/// Runs the application's event loop on this (the main) thread, for the
/// tray and the notices, and `service` on a thread beside it; the process
/// ends with the service's exit status.
#[cfg(target_os = "macos")]
pub fn run_app_beside(service: impl FnOnce() -> u8 + Send + 'static) -> std::process::ExitCode {
    use objc2::MainThreadMarker;
    use objc2_app_kit::{NSApplication, NSApplicationActivationPolicy};

    let Some(main) = MainThreadMarker::new() else {
        // Not the main thread (not reached from `limber background`).
        return std::process::ExitCode::from(service());
    };
    let app = NSApplication::sharedApplication(main);
    // In the menu bar only: no Dock icon, no menu of its own.
    app.setActivationPolicy(NSApplicationActivationPolicy::Accessory);
    let spawned = std::thread::Builder::new()
        .name("service".into())
        .spawn(move || std::process::exit(i32::from(service())));
    if let Err(e) = spawned {
        eprintln!("limber: {e}");
        return std::process::ExitCode::from(1);
    }
    // Returns only if the application is stopped; the service thread ends
    // the process.
    app.run();
    std::process::ExitCode::SUCCESS
}

/// Runs `job` on the thread the tray lives on; why not, if it cannot.
#[cfg(target_os = "macos")]
fn on_tray_thread(job: impl FnOnce() + Send + 'static) -> Result<(), String> {
    // The main thread, which runs the application (service::run).
    dispatch2::DispatchQueue::main().exec_async(job);
    Ok(())
}

/// Runs `job` on the thread the tray lives on; why not, if it cannot.
#[cfg(windows)]
fn on_tray_thread(job: impl FnOnce() + Send + 'static) -> Result<(), String> {
    windows_thread::run(Box::new(job))
}

#[cfg(windows)]
mod windows_thread {
    //! A thread that pumps window messages for the tray icon and runs the
    //! jobs it is handed (a job wakes it with a thread message).

    use std::sync::OnceLock;
    use std::sync::mpsc::{Receiver, Sender, channel};

    use windows_sys::Win32::System::Threading::GetCurrentThreadId;
    use windows_sys::Win32::UI::WindowsAndMessaging::{
        DispatchMessageW, GetMessageW, MSG, PM_NOREMOVE, PeekMessageW, PostThreadMessageW,
        TranslateMessage, WM_APP, WM_USER,
    };

    type Job = Box<dyn FnOnce() + Send>;

    struct Thread {
        jobs: Sender<Job>,
        id: u32,
    }

    static THREAD: OnceLock<Result<Thread, String>> = OnceLock::new();

    pub fn run(job: Job) -> Result<(), String> {
        let thread = THREAD.get_or_init(start).as_ref().map_err(Clone::clone)?;
        thread.jobs.send(job).map_err(|e| e.to_string())?;
        // SAFETY: posts a message with no pointers to a thread of ours.
        if unsafe { PostThreadMessageW(thread.id, WM_APP, 0, 0) } == 0 {
            return Err(std::io::Error::last_os_error().to_string());
        }
        Ok(())
    }

    fn start() -> Result<Thread, String> {
        let (jobs, inbox) = channel::<Job>();
        let (ready, id) = channel();
        std::thread::Builder::new()
            .name("tray".into())
            .spawn(move || pump(inbox, ready))
            .map_err(|e| e.to_string())?;
        let id = id.recv().map_err(|e| e.to_string())?;
        Ok(Thread { jobs, id })
    }

    fn pump(inbox: Receiver<Job>, ready: Sender<u32>) {
        // SAFETY: plain Win32 calls on this thread's own message queue,
        // with a MSG that lives on this stack.
        unsafe {
            let mut msg: MSG = std::mem::zeroed();
            // Makes the thread's message queue before anyone posts to it.
            PeekMessageW(
                &mut msg,
                std::ptr::null_mut(),
                WM_USER,
                WM_USER,
                PM_NOREMOVE,
            );
            if ready.send(GetCurrentThreadId()).is_err() {
                return;
            }
            while GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) > 0 {
                if msg.hwnd.is_null() && msg.message == WM_APP {
                    while let Ok(job) = inbox.try_recv() {
                        job();
                    }
                    continue;
                }
                TranslateMessage(&msg);
                DispatchMessageW(&msg);
            }
        }
    }
}
