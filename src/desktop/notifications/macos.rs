//! Notices with buttons through `UNUserNotificationCenter`. macOS serves
//! it only to an app bundle: run from Limber.app (see scripts/package) it
//! works; a bare `limber` binary has no bundle id, so `connect` says so
//! and the service opens the window at the time instead. Each set of
//! buttons is a notification category; the delegate hands back which
//! button was pressed.
//!
//! Focus (do-not-disturb) cannot be read without an entitlement; macOS
//! itself holds notices back during Focus and shows them after.
//!
//! Not run here: this compiles for macOS in CI; no Mac is at hand.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

use block2::RcBlock;
use futures_util::Stream;
use objc2::rc::Retained;
use objc2::runtime::{Bool, NSObject, NSObjectProtocol, ProtocolObject};
use objc2::{AnyThread, DefinedClass, define_class, msg_send};
use objc2_foundation::{NSArray, NSBundle, NSError, NSSet, NSString};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNMutableNotificationContent, UNNotification, UNNotificationAction,
    UNNotificationActionOptions, UNNotificationCategory, UNNotificationCategoryOptions,
    UNNotificationDefaultActionIdentifier, UNNotificationDismissActionIdentifier,
    UNNotificationPresentationOptions, UNNotificationRequest, UNNotificationResponse,
    UNUserNotificationCenter, UNUserNotificationCenterDelegate,
};
use tokio::sync::mpsc::UnboundedSender;

use super::{Event, Inbox, Notice, unavailable as missing};
use crate::desktop::Missing;

/// How long the service waits for permission before going on.
const ASKING: std::time::Duration = std::time::Duration::from_secs(2);

/// Request identifiers are this plus the notice's id.
const PREFIX: &str = "limber-";

struct Ivars {
    events: UnboundedSender<Event>,
}

define_class!(
    // SAFETY: NSObject has no subclassing requirements; no Drop here.
    #[unsafe(super(NSObject))]
    #[ivars = Ivars]
    struct Delegate;

    unsafe impl NSObjectProtocol for Delegate {}

    unsafe impl UNUserNotificationCenterDelegate for Delegate {
        #[unsafe(method(userNotificationCenter:didReceiveNotificationResponse:withCompletionHandler:))]
        fn did_receive(
            &self,
            _center: &UNUserNotificationCenter,
            response: &UNNotificationResponse,
            done: &block2::DynBlock<dyn Fn()>,
        ) {
            let request = response.notification().request().identifier().to_string();
            if let Some(id) = request.strip_prefix(PREFIX).and_then(|n| n.parse().ok()) {
                let action = response.actionIdentifier();
                // SAFETY: constant strings the framework defines.
                let (default, dismiss) = unsafe {
                    (
                        UNNotificationDefaultActionIdentifier,
                        UNNotificationDismissActionIdentifier,
                    )
                };
                let event = if &*action == dismiss {
                    Event::Closed { id }
                } else if &*action == default {
                    Event::Action {
                        id,
                        key: "default".into(),
                    }
                } else {
                    Event::Action {
                        id,
                        key: action.to_string(),
                    }
                };
                let _ = self.ivars().events.send(event);
            }
            done.call(());
        }

        #[unsafe(method(userNotificationCenter:willPresentNotification:withCompletionHandler:))]
        fn will_present(
            &self,
            _center: &UNUserNotificationCenter,
            _notification: &UNNotification,
            done: &block2::DynBlock<dyn Fn(UNNotificationPresentationOptions)>,
        ) {
            // Shown even while Limber's window is in front.
            done.call((UNNotificationPresentationOptions::Banner
                | UNNotificationPresentationOptions::List
                | UNNotificationPresentationOptions::Sound,));
        }
    }
);

impl Delegate {
    fn new(events: UnboundedSender<Event>) -> Retained<Delegate> {
        let this = Delegate::alloc().set_ivars(Ivars { events });
        // SAFETY: NSObject's plain init.
        unsafe { msg_send![super(this), init] }
    }
}

pub struct Notifier {
    center: Retained<UNUserNotificationCenter>,
    // The center holds its delegate weakly: kept alive here.
    _delegate: Retained<Delegate>,
    /// Categories used so far, by their buttons (keys and labels).
    categories: Mutex<BTreeMap<String, Retained<UNNotificationCategory>>>,
    next: AtomicU32,
    inbox: Inbox,
    /// Every notice has buttons.
    pub buttons: bool,
}

impl Notifier {
    /// Asks permission (once: macOS remembers the answer) and listens for
    /// the buttons.
    pub async fn connect() -> Result<Notifier, Missing> {
        if NSBundle::mainBundle().bundleIdentifier().is_none() {
            return Err(missing(crate::tr!("notice-notifications-need-app")));
        }
        let center = UNUserNotificationCenter::currentNotificationCenter();
        let (answer, granted) = tokio::sync::oneshot::channel::<bool>();
        let answer = Mutex::new(Some(answer));
        let block = RcBlock::new(move |ok: Bool, _error: *mut NSError| {
            if let Some(a) = answer.lock().ok().and_then(|mut a| a.take()) {
                let _ = a.send(ok.as_bool());
            }
        });
        center.requestAuthorizationWithOptions_completionHandler(
            UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
            &block,
        );
        // A decided answer comes at once; the first time, macOS asks the
        // person, who may take their time: the service goes on, and a
        // notice refused later fails to show (the window opens instead).
        if let Ok(Ok(false)) = tokio::time::timeout(ASKING, granted).await {
            return Err(missing(crate::tr!("notice-notifications-turned-off")));
        }
        let (sender, inbox) = Inbox::new();
        let delegate = Delegate::new(sender);
        center.setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
        Ok(Notifier {
            center,
            _delegate: delegate,
            categories: Mutex::new(BTreeMap::new()),
            next: AtomicU32::new(1),
            inbox,
            buttons: true,
        })
    }

    /// The category with these buttons, registered with the center.
    fn category(&self, notice: &Notice) -> Retained<NSString> {
        let name: String = notice
            .actions
            .iter()
            .map(|(k, l)| format!("{k}={l};"))
            .collect();
        let id = NSString::from_str(&format!("limber.{:x}", fnv(&name)));
        let Ok(mut all) = self.categories.lock() else {
            return id;
        };
        if let std::collections::btree_map::Entry::Vacant(slot) = all.entry(name) {
            let actions: Vec<Retained<UNNotificationAction>> = notice
                .actions
                .iter()
                .map(|(key, label)| {
                    UNNotificationAction::actionWithIdentifier_title_options(
                        &NSString::from_str(key),
                        &NSString::from_str(label),
                        UNNotificationActionOptions::Foreground,
                    )
                })
                .collect();
            let category =
                UNNotificationCategory::categoryWithIdentifier_actions_intentIdentifiers_options(
                    &id,
                    &NSArray::from_retained_slice(&actions),
                    &NSArray::new(),
                    // Dismissing is reported too (as closed).
                    UNNotificationCategoryOptions::CustomDismissAction,
                );
            slot.insert(category);
            let set: Vec<Retained<UNNotificationCategory>> = all.values().cloned().collect();
            self.center
                .setNotificationCategories(&NSSet::from_retained_slice(&set));
        }
        id
    }

    /// Shows a notice (replacing `replaces`, if given); its id.
    pub async fn show(&self, notice: &Notice, replaces: Option<u32>) -> Result<u32, Missing> {
        if let Some(old) = replaces {
            self.close(old).await;
        }
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let content = UNMutableNotificationContent::new();
        content.setTitle(&NSString::from_str(&notice.summary));
        content.setBody(&NSString::from_str(&notice.body));
        content.setCategoryIdentifier(&self.category(notice));
        let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
            &NSString::from_str(&format!("{PREFIX}{id}")),
            &content,
            None,
        );
        let (answer, added) = tokio::sync::oneshot::channel::<Option<String>>();
        let answer = Mutex::new(Some(answer));
        let block = RcBlock::new(move |error: *mut NSError| {
            // SAFETY: the framework passes nil or a valid NSError.
            let why = unsafe { error.as_ref() }.map(|e| e.localizedDescription().to_string());
            if let Some(a) = answer.lock().ok().and_then(|mut a| a.take()) {
                let _ = a.send(why);
            }
        });
        self.center
            .addNotificationRequest_withCompletionHandler(&request, Some(&block));
        match added.await {
            Ok(None) => Ok(id),
            Ok(Some(why)) => Err(missing(why)),
            Err(_) => Err(missing(crate::tr!("notice-server-silent"))),
        }
    }

    pub async fn close(&self, id: u32) {
        let ids = NSArray::from_retained_slice(&[NSString::from_str(&format!("{PREFIX}{id}"))]);
        self.center
            .removeDeliveredNotificationsWithIdentifiers(&ids);
    }

    /// Focus cannot be read here (see the module's note): never.
    pub async fn do_not_disturb(&self) -> bool {
        false
    }

    /// Buttons pressed and notices dismissed, from now on (once).
    pub async fn events(&self) -> Result<impl Stream<Item = Event> + use<>, Missing> {
        self.inbox.events()
    }
}

/// A short stable hash for category names (FNV-1a).
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
