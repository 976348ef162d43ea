//! Hearing from logind that the machine is about to sleep, so a running
//! routine pauses at that moment (the sleep watch catches it afterwards
//! where logind is not there).

use futures_util::Stream;

/// Yields each time the machine is about to sleep; silent without logind.
pub fn before_sleep() -> impl Stream<Item = ()> + Send + 'static {
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
            // The connection lives as long as the stream of signals.
            Some(signals.filter_map(move |m| {
                let _keep = &bus;
                async move {
                    let (going,): (bool,) = m.body().deserialize().ok()?;
                    going.then_some(())
                }
            }))
        })
        .filter_map(|s| async move { s })
        .flatten()
    }
    #[cfg(not(target_os = "linux"))]
    futures_util::stream::pending()
}
