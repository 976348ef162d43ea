//! logind's `PrepareForSleep` signal: `true` as the machine goes to sleep,
//! `false` as it wakes. The window pauses a routine on the first; the
//! reminder service looks again on the second.

use futures_util::Stream;

/// Each `PrepareForSleep` from logind, as "going to sleep"; silent without
/// logind (or off Linux), where the wall clock is the only witness.
pub fn prepare_for_sleep() -> impl Stream<Item = bool> + Send + 'static {
    #[cfg(target_os = "linux")]
    {
        use futures_util::StreamExt;
        futures_util::stream::once(async {
            let bus = zbus::Connection::system().await.ok()?;
            let manager = zbus::Proxy::new(
                &bus,
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
            )
            .await
            .ok()?;
            let signals = manager.receive_signal("PrepareForSleep").await.ok()?;
            Some(signals.filter_map(|m| async move {
                let (going,): (bool,) = m.body().deserialize().ok()?;
                Some(going)
            }))
        })
        .filter_map(|s| async move { s })
        .flatten()
    }
    #[cfg(not(target_os = "linux"))]
    futures_util::stream::pending()
}
