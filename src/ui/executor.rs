//! The runtime behind the window's timers and background tasks.
//!
//! iced's default is tokio with a worker per core. Limber wakes once a
//! second in a hold, and with two workers every wake-up also woke the other
//! worker to look for work: ten thread wake-ups a tick for one message
//! (measured per thread from `/proc/PID/task/*/schedstat`). The window has
//! one timer and the odd file task, so a single worker serves it; blocking
//! file work still goes to tokio's blocking pool.

use iced::futures::io;

pub struct SingleWorker(tokio::runtime::Runtime);

impl iced::Executor for SingleWorker {
    fn new() -> Result<Self, io::Error> {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("limber-async")
            .enable_time()
            // For the D-Bus connection that watches the light/dark setting.
            .enable_io()
            .build()
            .map(Self)
    }

    fn spawn(&self, future: impl Future<Output = ()> + Send + 'static) {
        drop(self.0.spawn(future));
    }

    fn block_on<T>(&self, future: impl Future<Output = T>) -> T {
        self.0.block_on(future)
    }

    fn enter<R>(&self, f: impl FnOnce() -> R) -> R {
        let _guard = self.0.enter();
        f()
    }
}
